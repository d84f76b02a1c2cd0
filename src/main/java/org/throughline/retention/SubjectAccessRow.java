package org.throughline.retention;

import java.time.LocalDate;

/** A subject access request with the names of who recorded and who approved it, for the lists. */
public class SubjectAccessRow {

    private final SubjectAccessRequest request;
    private final String requestedBy;
    private final String approvedBy;

    public SubjectAccessRow(SubjectAccessRequest request, String requestedBy, String approvedBy) {
        this.request = request;
        this.requestedBy = requestedBy;
        this.approvedBy = approvedBy;
    }

    public SubjectAccessRequest getRequest() {
        return request;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    /** Days until the deadline (negative when overdue), or null once approved. */
    public Long daysLeft(LocalDate today) {
        return request.daysLeft(today);
    }
}
