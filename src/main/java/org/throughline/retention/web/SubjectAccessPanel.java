package org.throughline.retention.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.throughline.retention.SubjectAccessRequest;
import org.throughline.retention.SubjectAccessRequests;
import org.throughline.retention.SubjectAccessRow;
import org.throughline.retention.SubjectAccessService;
import org.throughline.shared.TimeSource;
import org.throughline.shared.web.Messages;

/**
 * The subject access card of a client's page: record a request as received, approve another
 * administrator's, extend the deadline once, and download the file of an approved one while its days last.
 */
@Named
@ViewScoped
public class SubjectAccessPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientRecordPage page;

    @Inject
    private SubjectAccessRequests requests;

    @Inject
    private SubjectAccessService files;

    @Inject
    private TimeSource time;

    private transient List<SubjectAccessRow> rows;
    private String reference;
    private LocalDate receivedOn;
    private String identityCheck;
    private LocalDate extendTo;
    private String extensionReason;

    public List<SubjectAccessRow> getRows() {
        if (rows == null) {
            rows = page.getId() == null ? List.of() : requests.requestsOf(page.getId());
        }
        return rows;
    }

    /** The request still waiting for approval, if any (a client has at most one). */
    public SubjectAccessRow getWaiting() {
        return getRows().stream()
                .filter(r -> r.getRequest().getStatus() == SubjectAccessRequest.Status.REQUESTED)
                .findFirst()
                .orElse(null);
    }

    public String deadline(SubjectAccessRow row) {
        return Deadline.label(row.daysLeft(requests.today()));
    }

    public boolean available(SubjectAccessRow row) {
        return row.getRequest().isAvailable(time.now());
    }

    /** A refused request shows its rule's message (PageExceptionHandlerFactory); what was typed stays. */
    public void record() {
        SubjectAccessRequest made = requests.request(page.getId(), reference, receivedOn, identityCheck);
        reference = null;
        receivedOn = null;
        identityCheck = null;
        rows = null;
        Messages.info("subjectAccess.recorded", made.getReference(), made.getDueOn());
    }

    public void approve(SubjectAccessRow row) {
        rows = null; // read again whatever happens: someone else may have changed it
        requests.approve(row.getRequest().getId(), row.getRequest().getVersion());
        Messages.info("subjectAccess.approved", row.getRequest().getReference());
    }

    public void extend() {
        SubjectAccessRow waiting = getWaiting();
        if (waiting == null) {
            return;
        }
        rows = null;
        requests.extend(waiting.getRequest().getId(), waiting.getRequest().getVersion(), extendTo, extensionReason);
        Messages.info("subjectAccess.extended", extendTo);
        extendTo = null;
        extensionReason = null;
    }

    public StreamedContent json(SubjectAccessRow row) {
        return download(row, "json", "application/json");
    }

    public StreamedContent pdf(SubjectAccessRow row) {
        return download(row, "pdf", "application/pdf");
    }

    private StreamedContent download(SubjectAccessRow row, String format, String type) {
        long id = row.getRequest().getId();
        byte[] content = format.equals("pdf") ? files.pdf(id) : files.json(id);
        return DefaultStreamedContent.builder()
                .name("subject-access-" + row.getRequest().getPseudonym() + "." + format)
                .contentType(type)
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getIdentityCheck() {
        return identityCheck;
    }

    public void setIdentityCheck(String identityCheck) {
        this.identityCheck = identityCheck;
    }

    public LocalDate getExtendTo() {
        return extendTo;
    }

    public void setExtendTo(LocalDate extendTo) {
        this.extendTo = extendTo;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }
}
