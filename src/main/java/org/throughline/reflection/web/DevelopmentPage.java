package org.throughline.reflection.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.throughline.reflection.Reflection;
import org.throughline.reflection.ReflectionService;
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
    private List<NoteView> notes;

    public List<Reflection> getReflections() {
        if (mine == null) {
            mine = reflections.mine();
        }
        return mine;
    }

    /** The development notes on my reflections, newest first: a timeline, each note once with all its themes. */
    public List<NoteView> getNotes() {
        if (notes == null) {
            notes = new ArrayList<>(reviews.notesOnMyReflections());
            notes.sort(Comparator.comparing(NoteView::getWrittenAt).reversed());
        }
        return notes;
    }

    /** How many notes name each theme, by theme name. */
    public Map<String, Long> getThemeCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (NoteView note : getNotes()) {
            note.getThemes().forEach(theme -> counts.merge(theme, 1L, Long::sum));
        }
        return counts;
    }

    public List<String> getThemes() {
        return new ArrayList<>(getThemeCounts().keySet());
    }

    public long count(Reflection.Status status) {
        return getReflections().stream().filter(r -> r.getStatus() == status).count();
    }
}
