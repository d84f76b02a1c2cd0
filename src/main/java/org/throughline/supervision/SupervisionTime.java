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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.throughline.identity.Account;

/** Supervision time a supervisor spent with a coach: when, how long, alone or in a group. */
@Entity
@Table(name = "supervision_time")
public class SupervisionTime {

    /** Individual or group supervision. */
    public enum Kind {
        INDIVIDUAL,
        GROUP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coach_id")
    private Account coach;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervisor_id")
    private Account supervisor;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SupervisionTime() {}

    SupervisionTime(Account coach, Account supervisor, LocalDate heldOn, int minutes, Kind kind, Instant now) {
        this.coach = coach;
        this.supervisor = supervisor;
        this.heldOn = heldOn;
        this.minutes = minutes;
        this.kind = kind;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Account getCoach() {
        return coach;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public int getMinutes() {
        return minutes;
    }

    public Kind getKind() {
        return kind;
    }
}
