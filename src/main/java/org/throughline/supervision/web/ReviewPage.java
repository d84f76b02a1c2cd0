package org.throughline.supervision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import org.throughline.reflection.ReflectionContent;
import org.throughline.reflection.ReflectionForm;
import org.throughline.reflection.ReflectionService;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.Navigation;
import org.throughline.supervision.DevelopmentNote;
import org.throughline.supervision.DevelopmentTheme;
import org.throughline.supervision.NoteView;
import org.throughline.supervision.ReviewService;

/** Reviewing one shared reflection ({@code ?id=ID}) with a development note. */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReflectionService reflections;

    @Inject
    private ReviewService reviews;

    private Long id;
    private ReflectionForm reflection;
    private NoteView note;
    private transient List<DevelopmentTheme> themes;
    private DevelopmentNote.Status status = DevelopmentNote.Status.REVIEWED;
    private Long[] themeIds = new Long[0];
    private String text;

    public void load() throws IOException {
        if (id == null) {
            Navigation.redirectKeepingMessages("/supervisor/queue.xhtml");
            return;
        }
        try {
            reflection = reflections.sharedWithMe(id);
            note = reviews.myNote(id);
            if (note != null) {
                status = note.getStatus();
                themeIds = note.getThemeIds().toArray(Long[]::new);
                text = note.getText();
            }
        } catch (RuleViolation e) {
            Navigation.notFound();
        }
    }

    public void save() {
        try {
            note = reviews.writeNote(id, status, new HashSet<>(List.of(themeIds)), text);
            Messages.info("review.saved");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public List<ReflectionContent.Section> getSections() {
        return ReflectionContent.SECTIONS;
    }

    public DevelopmentNote.Status[] getStatuses() {
        return DevelopmentNote.Status.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReflectionForm getReflection() {
        return reflection;
    }

    public NoteView getNote() {
        return note;
    }

    public List<DevelopmentTheme> getThemes() {
        if (themes == null) {
            themes = reviews.themes();
        }
        return themes;
    }

    public DevelopmentNote.Status getStatus() {
        return status;
    }

    public void setStatus(DevelopmentNote.Status status) {
        this.status = status;
    }

    public Long[] getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(Long[] themeIds) {
        this.themeIds = themeIds == null ? new Long[0] : themeIds;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
