package org.throughline.engagement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;
import org.throughline.engagement.Client;
import org.throughline.engagement.ClientDetails;
import org.throughline.engagement.ClientService;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.PagedRows;

/** Administrators' client list: search, create (with a warning on likely duplicates), correct. */
@Named
@ViewScoped
public class ClientsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientService clients;

    private String search;
    private Long editedId;
    private String name;
    private String email;
    private String organization;
    /** The likely duplicates the warning names; the clients themselves are read again after a move. */
    private List<Long> duplicateIds = List.of();

    private transient List<Client> duplicates;

    /** The rows of the table, made again after this view moved to another instance. */
    private transient LazyDataModel<Client> model;

    public LazyDataModel<Client> getModel() {
        if (model == null) {
            model = new PagedRows<>(
                    () -> clients.count(search), (first, size) -> clients.list(search, first, size), Client::getId);
        }
        return model;
    }

    public void startCreate() {
        editedId = null;
        name = null;
        email = null;
        organization = null;
        duplicateIds = List.of();
        duplicates = null;
    }

    public void startEdit(Client client) {
        editedId = client.getId();
        name = client.getDisplayName();
        email = client.getEmail();
        organization = client.getOrganization();
        duplicateIds = List.of();
        duplicates = null;
    }

    /** Saves; a new client that looks like an existing one is held back until confirmed. */
    public void save() {
        try {
            ClientDetails details = ClientDetails.of(name, email, organization);
            if (editedId != null) {
                Client saved = clients.update(editedId, details);
                Messages.info("clients.saved", saved.getPseudonym());
            } else {
                List<Client> found = clients.likelyDuplicates(details);
                if (!found.isEmpty() && !ids(found).equals(duplicateIds)) {
                    duplicateIds = ids(found); // show the warning (again, when the details now match others)
                    duplicates = found;
                    return;
                }
                Client created = clients.create(details, !found.isEmpty());
                Messages.info("clients.created", created.getDisplayName(), created.getPseudonym());
            }
            PrimeFaces.current().executeScript("PF('clientDialog').hide()");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    private static List<Long> ids(List<Client> list) {
        return list.stream().map(Client::getId).toList();
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public List<Client> getDuplicates() {
        if (duplicates == null) {
            duplicates = duplicateIds.stream().map(clients::find).toList();
        }
        return duplicates;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }
}
