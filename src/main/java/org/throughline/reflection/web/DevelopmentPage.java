package org.throughline.reflection.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.throughline.reflection.Reflection;
import org.throughline.reflection.ReflectionService;
import org.throughline.shared.web.Messages;
import org.throughline.supervision.NoteView;
import org.throughline.supervision.ReviewService;

/** The coach's development over time: reflections written and the notes on them, by theme. */
@Named
@RequestScoped
public class DevelopmentPage {

    @Inject
    private ReflectionService reflections;

    @Inject
    private ReviewService reviews;

    private List<Reflection> mine;
    private Map<String, List<NoteView>> byTheme;

    public List<Reflection> getReflections() {
        if (mine == null) {
            mine = reflections.mine();
        }
        return mine;
    }

    /** Notes by theme name (a note with several themes appears under each), oldest first. */
    public Map<String, List<NoteView>> getByTheme() {
        if (byTheme == null) {
            byTheme = new TreeMap<>();
            for (NoteView note : reviews.notesOnMyReflections()) {
                List<String> themes =
                        note.getThemes().isEmpty() ? List.of(Messages.text("development.noTheme")) : note.getThemes();
                themes.forEach(theme ->
                        byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(note));
            }
        }
        return byTheme;
    }

    public List<String> getThemes() {
        return new ArrayList<>(getByTheme().keySet());
    }

    public long count(Reflection.Status status) {
        return getReflections().stream().filter(r -> r.getStatus() == status).count();
    }
}
