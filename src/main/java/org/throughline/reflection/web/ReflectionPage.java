package org.throughline.reflection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.throughline.reflection.ReflectionContent;
import org.throughline.reflection.ReflectionForm;
import org.throughline.reflection.ReflectionService;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.Navigation;
import org.throughline.supervision.NoteView;
import org.throughline.supervision.ReviewService;

/**
 * One self-reflection ({@code ?id=ID}, or a new one, {@code ?session=ID} to link it to a session):
 * write, save, share, withdraw; read and acknowledge the supervisor's note.
 */
@Named
@ViewScoped
public class ReflectionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReflectionService reflections;

    @Inject
    private ReviewService reviews;

    private Long id;
    private Long session;
    private ReflectionForm form;
    private NoteView note;

    public void load() throws IOException {
        try {
            show(id == null ? reflections.start(session) : reflections.reflection(id));
        } catch (RuleViolation e) {
            Navigation.notFound();
        }
    }

    private void show(ReflectionForm shown) {
        form = shown;
        note = form.getId() == null ? null : reviews.noteOnMyReflection(form.getId());
    }

    public void save() {
        act(() -> reflections.save(form), "reflection.saved");
    }

    public void share() {
        if (form.getId() == null || form.isEditable()) {
            try {
                form = reflections.save(form);
            } catch (RuleViolation e) {
                Messages.error(e.getMessageKey(), e.getArguments());
                return;
            }
        }
        act(() -> reflections.share(form.getId()), "reflection.sharedDone");
    }

    public void withdraw() {
        act(() -> reflections.withdraw(form.getId()), "reflection.withdrawn");
    }

    public void acknowledge() {
        try {
            note = reviews.acknowledge(form.getId());
            Messages.info("reflection.acknowledged");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    private void act(java.util.function.Supplier<ReflectionForm> action, String done) {
        try {
            show(action.get());
            Messages.info(done);
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public List<ReflectionContent.Section> getSections() {
        return ReflectionContent.SECTIONS;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public ReflectionForm getForm() {
        return form;
    }

    public NoteView getNote() {
        return note;
    }
}
