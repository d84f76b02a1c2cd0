package org.throughline.engagement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.throughline.engagement.CaseloadService;
import org.throughline.engagement.Engagement;
import org.throughline.engagement.PlannedSession;
import org.throughline.session.FeedbackCheck;
import org.throughline.session.FeedbackService;

/** The signed-in coach's caseload: planned and active engagements with their next session. */
@Named
@RequestScoped
public class CaseloadPage {

    @Inject
    private CaseloadService caseload;

    @Inject
    private FeedbackService feedback;

    private List<Engagement> rows;
    private Map<Long, Map<FeedbackCheck.Kind, FeedbackCheck.State>> states;

    public List<Engagement> getRows() {
        if (rows == null) {
            rows = caseload.myEngagements();
            states = feedback.states(rows);
        }
        return rows;
    }

    /** The feedback checks due now or overdue in the engagement. */
    public List<Map.Entry<FeedbackCheck.Kind, FeedbackCheck.State>> due(Engagement engagement) {
        getRows();
        return states.get(engagement.getId()).entrySet().stream()
                .filter(e -> e.getValue() == FeedbackCheck.State.DUE || e.getValue() == FeedbackCheck.State.OVERDUE)
                .toList();
    }

    public PlannedSession next(Engagement engagement) {
        return engagement.nextSession(LocalDate.now());
    }
}
