package org.throughline.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.throughline.policy.ConfidentialityPolicy;

/** What engagements of a program look like; its content lives in numbered {@link TemplateVersion}s. */
@Entity
@Table(name = "engagement_template")
public class EngagementTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    @Column(nullable = false, length = Program.MAX_NAME)
    private String name;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_id")
    private ConfidentialityPolicy policy;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected EngagementTemplate() {}

    EngagementTemplate(Program program, String name, ConfidentialityPolicy policy, Instant now) {
        this.program = program;
        this.name = name;
        this.policy = policy;
        this.createdAt = now;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void usePolicy(ConfidentialityPolicy newPolicy) {
        this.policy = newPolicy;
    }

    /** The confidentiality policy of every engagement made from this template. */
    public ConfidentialityPolicy getPolicy() {
        return policy;
    }

    void archive() {
        this.archived = true;
    }

    public Long getId() {
        return id;
    }

    public Program getProgram() {
        return program;
    }

    public String getName() {
        return name;
    }

    public boolean isArchived() {
        return archived;
    }
}
