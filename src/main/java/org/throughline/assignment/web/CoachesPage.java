package org.throughline.assignment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;
import org.throughline.assignment.AssignmentService;
import org.throughline.assignment.CoachOption;
import org.throughline.assignment.SupervisorAssignmentService;
import org.throughline.assignment.SupervisorOption;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.PagedRows;

/** Administrators' overview of coaches' capacity, and editing a coach's profile. */
@Named
@ViewScoped
public class CoachesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssignmentService assignments;

    @Inject
    private SupervisorAssignmentService supervision;

    private transient List<SupervisorOption> supervisors;
    private Long supervisorId;

    /** The rows of the table, a page at a time; made again after this view moved to another instance. */
    private transient LazyDataModel<CoachOption> rows;

    private transient java.util.Map<Long, String> supervisorNames;
    private Long editedId;
    private String editedName;
    private String specialties;
    private String languages;
    private Integer capacity;
    private boolean accepting;

    public LazyDataModel<CoachOption> getRows() {
        if (rows == null) {
            rows = new PagedRows<>(assignments::coachCount, assignments::coaches, option -> option.getAccount()
                    .getId());
        }
        return rows;
    }

    public List<SupervisorOption> getSupervisors() {
        if (supervisors == null) {
            supervisors = supervision.supervisors();
        }
        return supervisors;
    }

    /** The coach's supervisor's name, or an empty text (all coaches' names read in one query). */
    public String supervisorName(CoachOption option) {
        if (supervisorNames == null) {
            supervisorNames = supervision.supervisorNames();
        }
        return supervisorNames.getOrDefault(option.getAccount().getId(), "");
    }

    public void saveMaxCoaches(SupervisorOption option) {
        try {
            supervision.saveMaxCoaches(option.getAccount().getId(), option.getMaxCoachesInput());
            Messages.info("supervisors.saved", option.getAccount().getDisplayName());
            supervisors = null;
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void startEdit(CoachOption option) {
        supervisorId = supervision
                .supervisorOf(option.getAccount().getId())
                .map(a -> a.getId())
                .orElse(null);
        editedId = option.getAccount().getId();
        editedName = option.getAccount().getDisplayName();
        specialties = option.getProfile().getSpecialties();
        languages = option.getProfile().getLanguages();
        capacity = option.getProfile().getCapacity();
        accepting = option.getProfile().isAccepting();
    }

    public void save() {
        try {
            assignments.saveProfile(editedId, specialties, languages, capacity, accepting);
            if (supervisorId != null) {
                supervision.assignSupervisor(editedId, supervisorId);
            }
            Messages.info("coaches.saved", editedName);
            rows = null;
            supervisorNames = null;
            supervisors = null;
            PrimeFaces.current().executeScript("PF('profileDialog').hide()");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
    }

    public String getEditedName() {
        return editedName;
    }

    public String getSpecialties() {
        return specialties;
    }

    public void setSpecialties(String specialties) {
        this.specialties = specialties;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isAccepting() {
        return accepting;
    }

    public void setAccepting(boolean accepting) {
        this.accepting = accepting;
    }
}
