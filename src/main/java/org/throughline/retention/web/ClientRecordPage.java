package org.throughline.retention.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.throughline.engagement.Client;
import org.throughline.engagement.ClientService;
import org.throughline.engagement.Engagement;
import org.throughline.engagement.EngagementService;
import org.throughline.retention.ErasureRow;
import org.throughline.retention.ErasureService;
import org.throughline.retention.RetentionService;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.Navigation;

/**
 * One client for administrators ({@code ?id=ID}): the record, its engagements with their holds, the
 * subject access requests ({@link SubjectAccessPanel}) and erasure requests.
 */
@Named
@ViewScoped
public class ClientRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientService clients;

    @Inject
    private EngagementService engagements;

    @Inject
    private RetentionService retention;

    @Inject
    private ErasureService erasures;

    private Long id;
    // Read from the database when first asked for in a request (again after the view moved to another instance)
    private transient Client client;
    private transient List<Engagement> engagementList;
    private transient List<ErasureRow> requests;
    private String erasureReason;

    public void load() throws IOException {
        if (id == null) {
            Navigation.redirectKeepingMessages("/admin/clients.xhtml");
            return;
        }
        try {
            client = clients.find(id);
        } catch (RuleViolation e) {
            Navigation.notFound();
        }
    }

    public boolean held(Engagement engagement) {
        return retention.holdOn(engagement.getId()).isPresent();
    }

    public boolean isHeld() {
        return erasures.clientHeld(id);
    }

    public boolean isRequestOpen() {
        return getRequests().stream().anyMatch(row -> row.getRequest().isOpen());
    }

    public void requestErasure() {
        try {
            erasures.request(id, erasureReason);
            erasureReason = null;
            requests = null;
            Messages.info("erasure.requested", getClient().getPseudonym());
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Client getClient() {
        if (client == null && id != null) {
            client = clients.find(id);
        }
        return client;
    }

    public List<Engagement> getEngagements() {
        if (engagementList == null) {
            engagementList = id == null ? List.of() : engagements.ofClient(id);
        }
        return engagementList;
    }

    public List<ErasureRow> getRequests() {
        if (requests == null) {
            requests = id == null ? List.of() : erasures.requestsOf(id);
        }
        return requests;
    }

    public String getErasureReason() {
        return erasureReason;
    }

    public void setErasureReason(String erasureReason) {
        this.erasureReason = erasureReason;
    }
}
