package org.throughline.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The person coached: a record, not a login. Minimal data and a pseudonym code that never changes. */
@Entity
@Table(name = "client")
public class Client {

    public static final int MAX_NAME = 120;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_ORGANIZATION = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "display_name", nullable = false, length = MAX_NAME)
    private String displayName;

    @Column(length = MAX_EMAIL)
    private String email;

    @Column(length = MAX_ORGANIZATION)
    private String organization;

    @Column(nullable = false, updatable = false, length = 12)
    private String pseudonym;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set by the purge when the client record is anonymised: then it is never identified again. */
    @Column(name = "anonymised_at", insertable = false, updatable = false)
    private Instant anonymisedAt;

    @Version
    private long version;

    protected Client() {}

    Client(ClientDetails details, String pseudonym, Instant now) {
        apply(details);
        this.pseudonym = pseudonym;
        this.createdAt = now;
    }

    void apply(ClientDetails details) {
        this.displayName = details.name();
        this.email = details.email();
        this.organization = details.organization();
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganization() {
        return organization;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
