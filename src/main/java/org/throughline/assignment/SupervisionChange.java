package org.throughline.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a coach's supervisor: who, when, from whom, to whom. */
@Entity
@Table(name = "supervision_change")
public class SupervisionChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coach_id", nullable = false)
    private Long coachId;

    @Column(name = "from_supervisor_id")
    private Long fromSupervisorId;

    @Column(name = "to_supervisor_id", nullable = false)
    private Long toSupervisorId;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected SupervisionChange() {}

    SupervisionChange(long coachId, Long fromSupervisorId, long toSupervisorId, String changedBy, Instant changedAt) {
        this.coachId = coachId;
        this.fromSupervisorId = fromSupervisorId;
        this.toSupervisorId = toSupervisorId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getFromSupervisorId() {
        return fromSupervisorId;
    }

    public Long getToSupervisorId() {
        return toSupervisorId;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
