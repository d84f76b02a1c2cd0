package org.throughline.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.throughline.identity.Account;

/** Who supervises a coach (at most one supervisor per coach). */
@Entity
@Table(name = "coach_supervision")
public class CoachSupervision {

    @Id
    @Column(name = "coach_id")
    private Long coachId;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervisor_id")
    private Account supervisor;

    @Version
    private long version;

    protected CoachSupervision() {}

    CoachSupervision(long coachId, Account supervisor) {
        this.coachId = coachId;
        this.supervisor = supervisor;
    }

    void changeTo(Account newSupervisor) {
        this.supervisor = newSupervisor;
    }

    public Long getCoachId() {
        return coachId;
    }

    public Account getSupervisor() {
        return supervisor;
    }
}
