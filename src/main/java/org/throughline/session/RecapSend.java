package org.throughline.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.throughline.identity.Account;

/** That a recap of a session was sent: when, to whom, by whom. The body is never kept. */
@Entity
@Table(name = "recap_send")
public class RecapSend {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private CoachingSession session;

    @Column(name = "engagement_id", nullable = false)
    private long engagementId;

    @Column(nullable = false, length = 254)
    private String recipient;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sent_by")
    private Account sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected RecapSend() {}

    RecapSend(CoachingSession session, String recipient, Account sentBy, Instant now) {
        this.session = session;
        this.engagementId = session.getEngagement().getId();
        this.recipient = recipient;
        this.sentBy = sentBy;
        this.sentAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Account getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
