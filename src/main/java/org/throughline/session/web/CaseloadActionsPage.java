package org.throughline.session.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.throughline.session.ActionRow;
import org.throughline.session.SessionService;

/** The action tracker across the coach's caseload: open, due for follow-up this week, flagged. */
@Named
@RequestScoped
public class CaseloadActionsPage {

    /** How far ahead a follow-up counts as due. */
    public static final int DUE_WITHIN_DAYS = 7;

    @Inject
    private SessionService sessions;

    private List<ActionRow> rows;

    private List<ActionRow> rows() {
        if (rows == null) {
            rows = sessions.caseloadActions();
        }
        return rows;
    }

    public List<ActionRow> getDue() {
        LocalDate today = LocalDate.now();
        return rows().stream()
                .filter(a -> a.isDueForFollowUp(today, DUE_WITHIN_DAYS))
                .toList();
    }

    public List<ActionRow> getOpen() {
        return rows().stream().filter(a -> a.getResult() == null).toList();
    }

    public List<ActionRow> getFlagged() {
        return rows().stream().filter(ActionRow::isFlagged).toList();
    }
}
