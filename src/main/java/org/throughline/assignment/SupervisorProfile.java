package org.throughline.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How many coaches a supervisor takes at most. */
@Entity
@Table(name = "supervisor_profile")
public class SupervisorProfile {

    public static final int DEFAULT_MAX_COACHES = 6;
    public static final int MAX_COACHES = 100;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "max_coaches", nullable = false)
    private int maxCoaches = DEFAULT_MAX_COACHES;

    @Version
    private long version;

    protected SupervisorProfile() {}

    SupervisorProfile(long accountId) {
        this.accountId = accountId;
    }

    void setMaxCoaches(int maxCoaches) {
        this.maxCoaches = maxCoaches;
    }

    public int getMaxCoaches() {
        return maxCoaches;
    }
}
