package org.throughline.retention;

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
