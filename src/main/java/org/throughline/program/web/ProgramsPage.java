package org.throughline.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.throughline.program.Program;
import org.throughline.program.ProgramService;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;

/** Administrators' list of programs: create, describe, archive. */
@Named
@ViewScoped
public class ProgramsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgramService programs;

    private boolean showArchived;
    private transient List<Program> rows;
    private Long editedId;
    private String name;
    private String description;

    public List<Program> getRows() {
        if (rows == null) {
            rows = programs.programs(showArchived);
        }
        return rows;
    }

    public void startCreate() {
        editedId = null;
        name = null;
        description = null;
    }

    public void startEdit(Program program) {
        editedId = program.getId();
        name = program.getName();
        description = program.getDescription();
    }

    public void save() {
        try {
            Program saved = editedId == null
                    ? programs.createProgram(name, description)
                    : programs.describeProgram(editedId, name, description);
            Messages.info(editedId == null ? "programs.created" : "programs.saved", saved.getName());
            rows = null;
            PrimeFaces.current().executeScript("PF('programDialog').hide()");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void archive(Program program) {
        programs.archiveProgram(program.getId());
        Messages.info("programs.archivedDone", program.getName());
        rows = null;
    }

    public void refresh() {
        rows = null;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public boolean isShowArchived() {
        return showArchived;
    }

    public void setShowArchived(boolean showArchived) {
        this.showArchived = showArchived;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
