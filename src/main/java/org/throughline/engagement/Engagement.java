package org.throughline.engagement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.throughline.identity.Account;
import org.throughline.program.TemplateVersion;
import org.throughline.shared.RuleViolation;

/**
 * One client's engagement, made from one published template version that it keeps for good. Its
 * session dates start from the start date and follow the template's cadence; each can be moved.
 */
@Entity
@Table(name = "engagement")
public class Engagement {

    /** Where an engagement is: planned, then active, then closed; or cancelled. */
    public enum Status {
        PLANNED,
        ACTIVE,
        CLOSED,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_version_id")
    private TemplateVersion templateVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.PLANNED;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coach_id")
    private Account coach;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "engagement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<PlannedSession> plannedSessions = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "goal_sealed")
    private String goalSealed;

    @Column(name = "baseline_sealed")
    private String baselineSealed;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "content_author_id")
    private Account contentAuthor;

    /** The template's norm (an administrator's text), kept in clear. */
    @Embedded
    private CommunicationNorm norm = new CommunicationNorm();

    /** The coach's adjusted norm, sealed; null while unadjusted. */
    @Column(name = "norm_sealed")
    private String normSealed;

    @Column(name = "close_reason_sealed")
    private String closeReasonSealed;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Engagement() {}

    Engagement(Client client, TemplateVersion templateVersion, LocalDate startDate, Instant now) {
        this.client = client;
        this.templateVersion = templateVersion;
        this.startDate = startDate;
        this.createdAt = now;
        this.norm = CommunicationNorm.of(templateVersion.content());
        int cadence = templateVersion.content().getCadenceDays();
        int sessions = templateVersion.content().getSessionCount();
        for (int number = 1; number <= sessions; number++) {
            plannedSessions.add(new PlannedSession(this, number, startDate.plusDays((long) cadence * (number - 1))));
        }
    }

    /** Moves one planned session; dates stay in session order. */
    void movePlannedSession(int number, LocalDate date) {
        if (status == Status.CLOSED || status == Status.CANCELLED) {
            throw new RuleViolation("engagement.ended");
        }
        if (number < 1 || number > plannedSessions.size() || date == null) {
            throw new RuleViolation("engagement.sessionNotFound");
        }
        LocalDate before = number > 1 ? plannedSessions.get(number - 2).getPlannedDate() : null;
        LocalDate after =
                number < plannedSessions.size() ? plannedSessions.get(number).getPlannedDate() : null;
        if ((before != null && !date.isAfter(before)) || (after != null && !date.isBefore(after))) {
            throw new RuleViolation("engagement.sessionOutOfOrder");
        }
        plannedSessions.get(number - 1).moveTo(date);
    }

    /** Gives the engagement to a coach; only AssignmentService calls this, after its checks. */
    public void assignCoach(Account newCoach) {
        if (status == Status.CLOSED || status == Status.CANCELLED) {
            throw new RuleViolation("engagement.ended");
        }
        this.coach = newCoach;
    }

    /** The next planned session on or after {@code today}, or null when none is left. */
    public PlannedSession nextSession(LocalDate today) {
        return plannedSessions.stream()
                .filter(s -> !s.getPlannedDate().isBefore(today))
                .findFirst()
                .orElse(null);
    }

    /** Stores the sealed goal and baseline; only the session service calls this, after the guard. */
    public void writeGoalAndBaseline(String sealedGoal, String sealedBaseline, Account author) {
        refuseIfEnded();
        this.goalSealed = sealedGoal;
        this.baselineSealed = sealedBaseline;
        this.contentAuthor = author;
    }

    /** Stores the coach's adjusted norm, sealed; the session service refuses it once a session is recorded. */
    public void adjustNorm(String sealedNorm) {
        refuseIfEnded();
        this.normSealed = sealedNorm;
    }

    /** The first recorded session makes a planned engagement active. */
    public void sessionRecorded() {
        refuseIfEnded();
        if (status == Status.PLANNED) {
            status = Status.ACTIVE;
        }
    }

    /** Closes the engagement; the sealed reason is there when the closing reflection is not. */
    public void close(String sealedReason, Instant now) {
        refuseIfEnded();
        this.status = Status.CLOSED;
        this.closeReasonSealed = sealedReason;
        this.closedAt = now;
    }

    public boolean isEnded() {
        return status == Status.CLOSED || status == Status.CANCELLED;
    }

    private void refuseIfEnded() {
        if (isEnded()) {
            throw new RuleViolation("engagement.ended");
        }
    }

    /** Cancelled; like a close, the end from which retention periods count. */
    void cancel(Instant now) {
        if (status == Status.CLOSED) {
            throw new RuleViolation("engagement.ended");
        }
        status = Status.CANCELLED;
        closedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Client getClient() {
        return client;
    }

    public TemplateVersion getTemplateVersion() {
        return templateVersion;
    }

    /** The coach, or null while none is assigned. */
    public Account getCoach() {
        return coach;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public List<PlannedSession> getPlannedSessions() {
        return List.copyOf(plannedSessions);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getGoalSealed() {
        return goalSealed;
    }

    public String getBaselineSealed() {
        return baselineSealed;
    }

    /** Who last wrote the goal and baseline, or null when nobody has yet. */
    public Account getContentAuthor() {
        return contentAuthor;
    }

    /** A copy of the norm; JPA leaves the field null when every part of the norm is empty. */
    public long getVersion() {
        return version;
    }

    /** The coach's adjusted norm, sealed; null while the engagement keeps the template's. */
    public String getNormSealed() {
        return normSealed;
    }

    /** The template's norm, as the engagement took it over; the coach's adjustment is {@link #getNormSealed}. */
    public CommunicationNorm getTemplateNorm() {
        return norm == null ? new CommunicationNorm() : norm.copy();
    }

    public String getCloseReasonSealed() {
        return closeReasonSealed;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
