package org.throughline.session.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.throughline.session.ClarityCheck;
import org.throughline.session.FollowUp;
import org.throughline.session.Recap;
import org.throughline.session.RecapSend;
import org.throughline.session.RecapService;
import org.throughline.session.SessionNote;
import org.throughline.session.SessionService;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.Navigation;

/**
 * Recording one session ({@code ?engagement=ID}, and {@code &id=ID} for a recorded one): check-in,
 * follow-up of the last action, five-line note and the primary action with its clarity check.
 */
@Named
@ViewScoped
public class SessionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionService sessions;

    @Inject
    private RecapService recaps;

    private Recap recap;
    private transient java.util.List<RecapSend> sends;

    private Long engagement;
    private Long id;
    private SessionNote note;
    private ClarityCheck.Verdict verdict;

    public void load() throws IOException {
        if (engagement == null) {
            Navigation.redirectKeepingMessages("/coach/caseload.xhtml");
            return;
        }
        try {
            note = id == null ? sessions.nextSession(engagement) : sessions.session(engagement, id);
            check();
        } catch (RuleViolation e) {
            if (e.getMessageKey().equals("session.allRecorded")
                    || e.getMessageKey().equals("engagement.ended")) {
                Messages.error(e.getMessageKey(), e.getArguments());
                Navigation.redirectKeepingMessages("/coach/engagement.xhtml?id=" + engagement);
            } else {
                Navigation.notFound();
            }
        }
    }

    public void previewRecap() {
        try {
            recap = recaps.preview(engagement, note.getId());
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void sendRecap() {
        try {
            RecapSend sent = recaps.send(engagement, note.getId());
            sends = null;
            recap = null;
            Messages.info("recap.sent", sent.getRecipient());
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public Recap getRecap() {
        return recap;
    }

    public java.util.List<RecapSend> getSends() {
        if (sends == null) {
            sends = note != null && note.isFinal() ? recaps.sends(engagement, note.getId()) : java.util.List.of();
        }
        return sends;
    }

    /** Runs the clarity check on the action as it stands in the form. */
    public void check() {
        verdict = ClarityCheck.check(note.getActionDescription(), note.getActionWhen(), note.getActionNotice());
    }

    public void saveDraft() {
        try {
            note = sessions.save(engagement, note, false);
            check();
            Messages.info("session.draftSaved");
        } catch (RuleViolation e) {
            check();
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void finalizeSession() throws IOException {
        try {
            note = sessions.save(engagement, note, true);
            Messages.info("session.finalized", note.getNumber());
            Navigation.redirectKeepingMessages("/coach/engagement.xhtml?id=" + engagement);
        } catch (RuleViolation e) {
            check();
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public boolean isVague() {
        return verdict != null && verdict.flags().contains(ClarityCheck.Flag.VAGUE);
    }

    /** The flags worth showing now: vagueness, and a missing when or notice once there is an action. */
    public java.util.List<ClarityCheck.Flag> getFlags() {
        if (verdict == null || verdict.flags().contains(ClarityCheck.Flag.NO_DESCRIPTION)) {
            return java.util.List.of();
        }
        return verdict.flags();
    }

    public String getVaguePhrase() {
        return verdict == null ? null : verdict.vaguePhrase();
    }

    public boolean isReasonNeeded() {
        return note.getPreviousResult() != null && note.getPreviousResult() != FollowUp.Result.DONE;
    }

    public FollowUp.Result[] getResults() {
        return FollowUp.Result.values();
    }

    public FollowUp.Reason[] getReasons() {
        return FollowUp.Reason.values();
    }

    public Long getEngagement() {
        return engagement;
    }

    public void setEngagement(Long engagement) {
        this.engagement = engagement;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SessionNote getNote() {
        return note;
    }
}
