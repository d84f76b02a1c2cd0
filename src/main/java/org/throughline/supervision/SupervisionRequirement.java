package org.throughline.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The organization's supervision requirement: at least {@code minHoursPerYear} hours of supervision
 * in twelve months, and one hour for every {@code coachingHoursPerHour} hours of coaching —
 * whichever is more.
 */
@Entity
@Table(name = "supervision_requirement")
public class SupervisionRequirement {

    public static final int ID = 1;

    @Id
    private int id = ID;

    @Column(name = "min_hours_per_year", nullable = false)
    private int minHoursPerYear = 4;

    @Column(name = "coaching_hours_per_hour", nullable = false)
    private int coachingHoursPerHour = 35;

    @Version
    private long version;

    protected SupervisionRequirement() {}

    public SupervisionRequirement(int minHoursPerYear, int coachingHoursPerHour) {
        this.minHoursPerYear = minHoursPerYear;
        this.coachingHoursPerHour = coachingHoursPerHour;
    }

    /** The hours of supervision required for {@code coachingHours} of coaching in twelve months. */
    public double requiredHours(double coachingHours) {
        return Math.max(minHoursPerYear, coachingHours / coachingHoursPerHour);
    }

    /** How many hours are missing; 0 when the requirement is met. */
    public double shortfall(double coachingHours, double supervisionHours) {
        return Math.max(0, requiredHours(coachingHours) - supervisionHours);
    }

    void change(int newMinHoursPerYear, int newCoachingHoursPerHour) {
        this.minHoursPerYear = newMinHoursPerYear;
        this.coachingHoursPerHour = newCoachingHoursPerHour;
    }

    public int getMinHoursPerYear() {
        return minHoursPerYear;
    }

    public int getCoachingHoursPerHour() {
        return coachingHoursPerHour;
    }
}
