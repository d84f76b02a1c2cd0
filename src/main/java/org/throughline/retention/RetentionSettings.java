package org.throughline.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.throughline.shared.RuleViolation;

/** The one row of retention settings: how early administrators are warned, and the erasure grace period. */
@Entity
@Table(name = "retention_settings")
public class RetentionSettings {

    public static final int ID = 1;
    public static final int MAX_DAYS = 365;

    @Id
    private int id;

    @Column(name = "warning_days", nullable = false)
    private int warningDays;

    @Column(name = "erasure_grace_days", nullable = false)
    private int erasureGraceDays;

    @Version
    private long version;

    protected RetentionSettings() {}

    void change(int warningDays, int erasureGraceDays) {
        if (warningDays < 0 || warningDays > MAX_DAYS || erasureGraceDays < 0 || erasureGraceDays > MAX_DAYS) {
            throw new RuleViolation("retention.daysRange", MAX_DAYS);
        }
        this.warningDays = warningDays;
        this.erasureGraceDays = erasureGraceDays;
    }

    public int getWarningDays() {
        return warningDays;
    }

    public int getErasureGraceDays() {
        return erasureGraceDays;
    }

    public long getVersion() {
        return version;
    }
}
