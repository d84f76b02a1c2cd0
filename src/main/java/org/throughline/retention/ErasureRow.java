package org.throughline.retention;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * An erasure request with the names of who asked and who approved, and whether an engagement of the
 * client is on legal hold (so that the erasure waits), for the administrators' lists.
 */
public class ErasureRow {

    private final ErasureRequest request;
    private final String requestedBy;
    private final String approvedBy;
    private final boolean clientHeld;

    public ErasureRow(ErasureRequest request, String requestedBy, String approvedBy, long holdsOnClient) {
        this.request = request;
        this.requestedBy = requestedBy;
        this.approvedBy = approvedBy;
        this.clientHeld = holdsOnClient > 0;
    }

    /**
     * Days until the answer to the client is due, one month after the request (negative when overdue);
     * null once approved, withdrawn or carried out.
     */
    public Long daysLeft(LocalDate today) {
        if (request.getStatus() != ErasureRequest.Status.REQUESTED) {
            return null;
        }
        LocalDate due =
                LocalDate.ofInstant(request.getRequestedAt(), ZoneOffset.UTC).plusMonths(1);
        return ChronoUnit.DAYS.between(today, due);
    }

    public boolean isClientHeld() {
        return clientHeld;
    }

    public ErasureRequest getRequest() {
        return request;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }
}
