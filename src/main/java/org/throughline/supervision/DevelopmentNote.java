package org.throughline.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.throughline.identity.Account;
import org.throughline.reflection.Reflection;

/** A supervisor's development note on a shared reflection: status, themes and the sealed text. */
@Entity
@Table(name = "development_note")
public class DevelopmentNote {

    /** What the supervisor concluded. */
    public enum Status {
        REVIEWED,
        FOLLOW_UP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reflection_id")
    private Reflection reflection;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervisor_id")
    private Account supervisor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "note_sealed")
    private String noteSealed;

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany
    @JoinTable(
            name = "development_note_theme",
            joinColumns = @JoinColumn(name = "note_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<DevelopmentTheme> themes = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Version
    private long version;

    protected DevelopmentNote() {}

    DevelopmentNote(Reflection reflection, Account supervisor, Status status, Instant now) {
        this.reflection = reflection;
        this.supervisor = supervisor;
        this.status = status;
        this.createdAt = now;
    }

    void write(Status newStatus, Set<DevelopmentTheme> newThemes, String sealed) {
        this.status = newStatus;
        this.themes = new HashSet<>(newThemes);
        this.noteSealed = sealed;
    }

    void acknowledge(Instant now) {
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Reflection getReflection() {
        return reflection;
    }

    public Account getSupervisor() {
        return supervisor;
    }

    public Status getStatus() {
        return status;
    }

    String getNoteSealed() {
        return noteSealed;
    }

    public Set<DevelopmentTheme> getThemes() {
        return Set.copyOf(themes);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
