package org.throughline.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** When session number N of an engagement is planned; the date can be moved. */
@Entity
@Table(name = "planned_session")
public class PlannedSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "engagement_id")
    private Engagement engagement;

    @Column(nullable = false)
    private int number;

    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    protected PlannedSession() {}

    PlannedSession(Engagement engagement, int number, LocalDate plannedDate) {
        this.engagement = engagement;
        this.number = number;
        this.plannedDate = plannedDate;
    }

    void moveTo(LocalDate date) {
        this.plannedDate = date;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }
}
