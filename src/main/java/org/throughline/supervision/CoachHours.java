package org.throughline.supervision;

import java.io.Serializable;

/** One coach's coaching and supervision hours in the last twelve months against the requirement. */
public class CoachHours implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long coachId;
    private final String coachName;
    private final double coachingHours;
    private final double supervisionHours;
    private final double requiredHours;
    private final double shortfall;

    CoachHours(
            long coachId,
            String coachName,
            double coachingHours,
            double supervisionHours,
            SupervisionRequirement rule) {
        this.coachId = coachId;
        this.coachName = coachName;
        this.coachingHours = coachingHours;
        this.supervisionHours = supervisionHours;
        this.requiredHours = rule.requiredHours(coachingHours);
        this.shortfall = rule.shortfall(coachingHours, supervisionHours);
    }

    public long getCoachId() {
        return coachId;
    }

    public String getCoachName() {
        return coachName;
    }

    public double getCoachingHours() {
        return coachingHours;
    }

    public double getSupervisionHours() {
        return supervisionHours;
    }

    public double getRequiredHours() {
        return requiredHours;
    }

    public double getShortfall() {
        return shortfall;
    }

    public boolean isShort() {
        return shortfall > 0;
    }
}
