package org.throughline.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A person who signs in: e-mail (the sign-in name), display name, roles, active or not. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byEmail", query = "select a from Account a where a.email = :email")
@NamedQuery(name = "Account.count", query = "select count(a) from Account a")
@NamedQuery(
        name = "Account.activeWithRole",
        query =
                "select a from Account a join a.roles r where r = :role and a.active = true order by a.displayName, a.id")
public class Account {

    public static final int MAX_EMAIL = 254;
    public static final int MAX_NAME = 120;
    static final int LOCK_AFTER_FAILURES = 5;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_EMAIL)
    private String email;

    @Column(name = "display_name", nullable = false, length = MAX_NAME)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean active = true;

    // read only where roles are used (sign-in, changing them, the accounts list), and then in one IN
    // query for a whole list; a page's own access check takes the roles the container was given at
    // sign-in (AreaAccessFilter)
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "first_failure_at")
    private Instant firstFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Changes whenever open sessions of this account must end (deactivation, roles, password reset). */
    @Column(name = "session_stamp", nullable = false)
    private int sessionStamp;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the account was last deactivated: the start of its retention period. */
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    /** Set by the retention rule on deactivated accounts: name, e-mail and password are gone for good. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Version
    private long version;

    protected Account() {}

    public Account(String email, String displayName, Set<Role> roles, String passwordHash, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void recordSuccess() {
        failedAttempts = 0;
        firstFailureAt = null;
        lockedUntil = null;
    }

    void setPassword(String newHash, boolean mustChange) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChange;
    }

    void endOpenSessions() {
        sessionStamp++;
    }

    void setRoles(Set<Role> newRoles) {
        this.roles = EnumSet.copyOf(newRoles);
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        this.deactivatedAt = active ? null : now;
        if (active) {
            recordSuccess();
        }
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Active and holding {@code role}: can be given work in that role. */
    public boolean actsAs(Role role) {
        return active && roles.contains(role);
    }

    public int getSessionStamp() {
        return sessionStamp;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
