package org.throughline.supervision;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A development note in clear text, for its supervisor or the coach it was written for. */
public class NoteView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long reflectionId;
    private final DevelopmentNote.Status status;
    private final List<String> themes;
    private final List<Long> themeIds;
    private final String text;
    private final String supervisorName;
    private final Instant writtenAt;
    private final Instant acknowledgedAt;

    NoteView(DevelopmentNote note, String text) {
        this.reflectionId = note.getReflection().getId();
        this.status = note.getStatus();
        this.themes = note.getThemes().stream()
                .map(DevelopmentTheme::getName)
                .sorted()
                .toList();
        this.themeIds =
                note.getThemes().stream().map(DevelopmentTheme::getId).sorted().toList();
        this.text = text;
        this.supervisorName = note.getSupervisor().getDisplayName();
        this.writtenAt = note.getCreatedAt();
        this.acknowledgedAt = note.getAcknowledgedAt();
    }

    public long getReflectionId() {
        return reflectionId;
    }

    public DevelopmentNote.Status getStatus() {
        return status;
    }

    public List<String> getThemes() {
        return themes;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public String getText() {
        return text;
    }

    public String getSupervisorName() {
        return supervisorName;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
