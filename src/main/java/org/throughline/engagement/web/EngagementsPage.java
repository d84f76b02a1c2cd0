package org.throughline.engagement.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.throughline.assignment.AssignmentService;
import org.throughline.engagement.ClientService;
import org.throughline.engagement.Engagement;
import org.throughline.engagement.EngagementFilter;
import org.throughline.engagement.EngagementService;
import org.throughline.program.ProgramService;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.Navigation;
import org.throughline.shared.web.PagedRows;

/** Administrators' engagement list, filtered in the database, and the start of a new engagement. */
@Named
@ViewScoped
public class EngagementsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CLIENT_CHOICES = 500;

    @Inject
    private EngagementService engagements;

    @Inject
    private ClientService clients;

    @Inject
    private ProgramService programs;

    @Inject
    private AssignmentService assignments;

    private Engagement.Status status;
    private Long programId;
    private Long coachId;
    private boolean overdueOnly;
    private Long clientId;
    private Long templateId;
    private LocalDate startDate;

    /** The rows of the table, made again after this view moved to another instance. */
    private transient LazyDataModel<Engagement> model;

    public LazyDataModel<Engagement> getModel() {
        if (model == null) {
            model = new PagedRows<>(
                    () -> engagements.count(filter()),
                    (first, size) -> engagements.list(filter(), first, size),
                    Engagement::getId);
        }
        return model;
    }

    public List<SelectItem> getProgramChoices() {
        return programs.programs(false).stream()
                .map(p -> new SelectItem(p.getId(), p.getName()))
                .toList();
    }

    public List<SelectItem> getCoachChoices() {
        return assignments.coaches().stream()
                .map(o -> new SelectItem(o.getAccount().getId(), o.getAccount().getDisplayName()))
                .toList();
    }

    public List<SelectItem> getClientChoices() {
        return clients.newest(CLIENT_CHOICES).stream()
                .map(c -> new SelectItem(
                        c.getId(),
                        c.getPseudonym() + " — " + c.getDisplayName()
                                + (c.getOrganization() == null ? "" : " (" + c.getOrganization() + ")")))
                .toList();
    }

    public List<SelectItem> getTemplateChoices() {
        return programs.publishedTemplates().stream()
                .map(v -> new SelectItem(
                        v.getTemplate().getId(),
                        v.getTemplate().getProgram().getName() + " — "
                                + v.getTemplate().getName() + " (v"
                                + v.getNumber() + ")"))
                .toList();
    }

    public Engagement.Status[] getStatuses() {
        return Engagement.Status.values();
    }

    public void startCreate() {
        clientId = null;
        templateId = null;
        startDate = LocalDate.now().plusDays(7);
    }

    public void create() throws IOException {
        try {
            if (clientId == null || templateId == null) {
                throw new RuleViolation("engagement.clientAndTemplateRequired");
            }
            Engagement created = engagements.create(clientId, templateId, startDate);
            Messages.info("engagements.created", created.getClient().getPseudonym());
            Navigation.redirectKeepingMessages("/admin/engagement.xhtml?id=" + created.getId());
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public Engagement.Status getStatus() {
        return status;
    }

    public void setStatus(Engagement.Status status) {
        this.status = status;
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public Long getCoachId() {
        return coachId;
    }

    public void setCoachId(Long coachId) {
        this.coachId = coachId;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    private EngagementFilter filter() {
        return new EngagementFilter(status, programId, coachId, overdueOnly);
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }
}
