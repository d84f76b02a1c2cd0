package org.throughline.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.throughline.engagement.Engagement;
import org.throughline.identity.Account;

/** An administrator's time-limited opening of one engagement's content, with the reason given. */
@Entity
@Table(name = "break_glass")
public class BreakGlass {

    public static final int MIN_REASON = 20;
    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "engagement_id")
    private Engagement engagement;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    /** Sealed like content: a reason may name or describe the client. */
    @Column
    private String reason;

    @jakarta.persistence.Transient
    private String shownReason;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected BreakGlass() {}

    BreakGlass(Engagement engagement, Account account, String reason, Instant now, Duration lasts) {
        this.engagement = engagement;
        this.account = account;
        this.shownReason = reason; // sealed into the column by the service once the record has its id
        this.openedAt = now;
        this.expiresAt = now.plus(lasts);
    }

    public boolean isOpen(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public Engagement getEngagement() {
        return engagement;
    }

    public Account getAccount() {
        return account;
    }

    /** Stores the sealed reason (the service seals it once the record has its id). */
    void sealReason(String sealed) {
        this.reason = sealed;
    }

    /** The sealed reason as stored; null once removed with the client's records. */
    String getSealedReason() {
        return reason;
    }

    /** Gives the reason in clear for showing, as the service opened it. */
    void show(String openedReason) {
        this.shownReason = openedReason;
    }

    /** The reason in clear, where the service opened it for the screen; null otherwise. */
    public String getReason() {
        return shownReason;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
