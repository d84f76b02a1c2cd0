package org.throughline.session;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.throughline.audit.AuditEntry;
import org.throughline.engagement.CommunicationNorm;
import org.throughline.engagement.Engagement;
import org.throughline.engagement.PlannedSession;
import org.throughline.identity.Role;
import org.throughline.policy.AccessGuard;
import org.throughline.policy.ConfidentialityPolicy.RecapField;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;
import org.throughline.shared.web.Messages;

/**
 * The recap e-mail after a finalized session: the agreed action and, as the engagement's policy
 * allows, when, what to notice, the support and the communication norm — nothing else from the
 * note. The coach previews it and sends it; each send is recorded (when, to whom, which session),
 * never the text.
 */
@Stateless
@RolesAllowed(Role.COACH_NAME)
public class RecapService {

    private static final Logger LOG = Logger.getLogger(RecapService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccessGuard guard;

    @Inject
    private SessionService sessions;

    @Inject
    private TimeSource time;

    @Resource(lookup = "mail/throughline")
    private jakarta.mail.Session mail;

    public Recap preview(long engagementId, long sessionId) {
        Engagement engagement = guard.coachEngagement(engagementId);
        if (!engagement.getTemplateVersion().content().isRecapOffered()) {
            throw new RuleViolation("recap.notOffered");
        }
        SessionNote note = sessions.session(engagementId, sessionId);
        if (!note.isFinal()) {
            throw new RuleViolation("recap.notFinal");
        }
        String recipient = engagement.getClient().getEmail();
        if (recipient == null || recipient.isBlank()) {
            throw new RuleViolation("recap.noEmail");
        }
        Set<RecapField> fields = guard.policyOf(engagement).getRecapFields();
        StringBuilder body = new StringBuilder();
        line(body, "recap.greeting", engagement.getClient().getDisplayName());
        line(body, "recap.intro", note.getNumber());
        body.append('\n');
        line(body, "recap.action", note.getActionDescription());
        if (fields.contains(RecapField.WHEN)) {
            line(body, "recap.when", note.getActionWhen());
        }
        if (fields.contains(RecapField.NOTICE)) {
            line(body, "recap.notice", note.getActionNotice());
        }
        if (fields.contains(RecapField.SUPPORT) && note.getActionSupport() != null) {
            line(body, "recap.support", note.getActionSupport());
        }
        LocalDate today = LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
        engagement.getPlannedSessions().stream()
                .filter(p -> p.getNumber() == note.getNumber() + 1)
                .map(PlannedSession::getPlannedDate)
                .filter(date -> !date.isBefore(today))
                .findFirst()
                .ifPresent(date -> {
                    body.append('\n');
                    line(body, "recap.next", date);
                });
        if (fields.contains(RecapField.NORM)) {
            CommunicationNorm norm = sessions.norm(engagement.getId());
            body.append('\n');
            line(body, "recap.normTitle");
            optionalLine(body, "recap.normChannel", norm.getChannel());
            optionalLine(body, "recap.normResponseTime", norm.getResponseTime());
            optionalLine(body, "recap.normIncluded", norm.getIncluded());
            optionalLine(body, "recap.normExcluded", norm.getExcluded());
            optionalLine(body, "recap.normEscalation", norm.getEscalation());
        }
        body.append('\n');
        line(body, "recap.signature", engagement.getCoach().getDisplayName());
        return new Recap(recipient, text("recap.subject", note.getNumber()), body.toString());
    }

    /** Sends the recap; a failure leaves everything as it was and says so. */
    public RecapSend send(long engagementId, long sessionId) {
        Recap recap = preview(engagementId, sessionId);
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recap.getRecipient(), true));
            message.setSubject(recap.getSubject(), "UTF-8");
            message.setText(recap.getBody(), "UTF-8");
            message.setSentDate(Date.from(time.now()));
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.warning("Recap of session " + sessionId + " not sent: "
                    + e.getClass().getSimpleName());
            throw new RuleViolation("recap.failed");
        }
        CoachingSession session = em.find(CoachingSession.class, sessionId);
        RecapSend sent = new RecapSend(session, recap.getRecipient(), guard.signedIn(), time.now());
        em.persist(sent);
        guard.recordWrite(Role.COACH, AuditEntry.Action.EXPORT, AuditEntry.RecordType.SESSION, sessionId, engagementId);
        return sent;
    }

    /** The recaps sent for one session, newest first. */
    public List<RecapSend> sends(long engagementId, long sessionId) {
        guard.coachEngagement(engagementId);
        return em.createQuery(
                        "select r from RecapSend r where r.session.id = :s and r.engagementId = :e order by r.sentAt desc",
                        RecapSend.class)
                .setParameter("s", sessionId)
                .setParameter("e", engagementId)
                .getResultList();
    }

    private static void line(StringBuilder body, String key, Object... arguments) {
        body.append(text(key, arguments)).append('\n');
    }

    private static void optionalLine(StringBuilder body, String key, String value) {
        if (value != null && !value.isBlank()) {
            line(body, key, value);
        }
    }

    private static String text(String key, Object... arguments) {
        return Messages.text(Locale.ENGLISH, key, arguments);
    }
}
