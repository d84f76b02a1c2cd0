package org.throughline.engagement;

import java.io.Serializable;

/**
 * What the administrators' engagement list is narrowed to; null means "any". Overdue: an open
 * engagement with a planned session date in the past and fewer sessions finalized than were due.
 */
public record EngagementFilter(Engagement.Status status, Long programId, Long coachId, boolean overdueOnly)
        implements Serializable {

    public static EngagementFilter all() {
        return new EngagementFilter(null, null, null, false);
    }
}
