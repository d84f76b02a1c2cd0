package org.throughline.retention;

/** An erasure request with the names of who asked and who approved, for the administrators' lists. */
public class ErasureRow {

    private final ErasureRequest request;
    private final String requestedBy;
    private final String approvedBy;

    public ErasureRow(ErasureRequest request, String requestedBy, String approvedBy) {
        this.request = request;
        this.requestedBy = requestedBy;
        this.approvedBy = approvedBy;
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
