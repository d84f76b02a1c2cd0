package org.throughline.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.throughline.engagement.EngagementService;
import org.throughline.program.Program;
import org.throughline.program.ProgramService;
import org.throughline.program.TemplateSummary;
import org.throughline.program.TemplateVersion;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.Navigation;

/** The templates of one program ({@code ?program=ID}): create, clone, archive, open. */
@Named
@ViewScoped
public class TemplatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgramService programs;

    @Inject
    private EngagementService engagements;

    private transient Map<Long, Long> engagementCounts = Map.of();

    private Long programId;
    // Read when first asked for in a request (again after the view moved to another instance)
    private transient Program program;
    private transient List<TemplateSummary> rows;
    private String newName;
    private Long cloneFromId;

    /** Loads the program named in the address; an unknown one answers "not found". */
    public void load() throws IOException {
        if (programId == null) {
            Navigation.redirectKeepingMessages("/admin/programs.xhtml");
            return;
        }
        try {
            program = programs.program(programId);
        } catch (RuleViolation e) {
            Navigation.notFound();
        }
    }

    public Program getProgram() {
        if (program == null && programId != null) {
            program = programs.program(programId);
        }
        return program;
    }

    public List<TemplateSummary> getRows() {
        if (rows == null && programId != null) {
            rows = programs.templates(programId);
            engagementCounts = engagements.countsByTemplate(programId);
        }
        return rows;
    }

    public long engagementsOf(TemplateSummary row) {
        getRows();
        return engagementCounts.getOrDefault(row.getTemplate().getId(), 0L);
    }

    /** IN_USE (a published version), DRAFT_ONLY (never published) or ARCHIVED. */
    public String state(TemplateSummary row) {
        if (row.getTemplate().isArchived()) {
            return "ARCHIVED";
        }
        return row.getPublished() == null ? "DRAFT_ONLY" : "IN_USE";
    }

    public void startCreate() {
        cloneFromId = null;
        newName = null;
    }

    public void startClone(TemplateSummary row) {
        cloneFromId = row.getTemplate().getId();
        newName = Messages.text("templates.cloneSuffix", row.getTemplate().getName());
    }

    public void create() throws IOException {
        try {
            TemplateVersion draft = cloneFromId == null
                    ? programs.createTemplate(programId, newName)
                    : programs.cloneTemplate(cloneFromId, newName);
            Messages.info(cloneFromId == null ? "templates.created" : "templates.cloned", newName.strip());
            Navigation.redirectKeepingMessages("/admin/template.xhtml?version=" + draft.getId());
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
        }
    }

    public void archive(TemplateSummary row) {
        programs.archiveTemplate(row.getTemplate().getId());
        Messages.info("templates.archivedDone", row.getTemplate().getName());
        rows = null;
    }

    public boolean isCloning() {
        return cloneFromId != null;
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
