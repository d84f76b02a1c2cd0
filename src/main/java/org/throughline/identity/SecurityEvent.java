package org.throughline.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the security log: who (the account, or the e-mail that was typed), what, when and from
 * which address. Never a password.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    /** What happened. */
    public enum Type {
        SIGN_IN,
        SIGN_IN_FAILED,
        ACCOUNT_LOCKED,
        SIGN_OUT,
        PASSWORD_CHANGED,
        ONE_TIME_PASSWORD_SET,
        ACCOUNT_CREATED,
        ROLES_CHANGED,
        ACCOUNT_DEACTIVATED,
        ACCOUNT_REACTIVATED,
        /** An attempt from a source with many recent failures: slowed down, or refused. */
        SIGN_IN_THROTTLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(length = Account.MAX_EMAIL)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 32)
    private Type type;

    @Column(name = "actor_email", length = Account.MAX_EMAIL)
    private String actorEmail;

    @Column(name = "remote_address", length = 45)
    private String remoteAddress;

    /** The address, or the IPv6 /64 network, that the throttle counts ({@link SignInSource}). */
    @Column(length = 45)
    private String source;

    @Column(length = 200)
    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected SecurityEvent() {}

    /**
     * @param account the account concerned, or null when the typed e-mail matches none
     * @param email the e-mail concerned (as typed, cut to the column's length)
     * @param actorEmail who did it, when that is someone else (an administrator), or null
     * @param detail a short non-secret detail (such as the new roles), or null
     */
    public SecurityEvent(
            Type type,
            Account account,
            String email,
            String actorEmail,
            String remoteAddress,
            String detail,
            Instant now) {
        this.type = type;
        this.accountId = account == null ? null : account.getId();
        this.email = cut(email, Account.MAX_EMAIL);
        this.actorEmail = cut(actorEmail, Account.MAX_EMAIL);
        this.remoteAddress = cut(remoteAddress, 45);
        this.source = SignInSource.of(remoteAddress);
        this.detail = cut(detail, 200);
        this.occurredAt = now;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public Type getType() {
        return type;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
