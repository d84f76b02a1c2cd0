package org.throughline.engagement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.throughline.engagement.CaseloadService;
import org.throughline.engagement.Engagement;
import org.throughline.engagement.PlannedSession;

/** The signed-in coach's caseload: planned and active engagements with their next session. */
@Named
@RequestScoped
public class CaseloadPage {

    @Inject
    private CaseloadService caseload;

    private List<Engagement> rows;

    public List<Engagement> getRows() {
        if (rows == null) {
            rows = caseload.myEngagements();
        }
        return rows;
    }

    public PlannedSession next(Engagement engagement) {
        return engagement.nextSession(LocalDate.now());
    }
}
