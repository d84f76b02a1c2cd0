package org.throughline.program;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.throughline.shared.RuleViolation;

/**
 * One numbered version of a template. A draft can be edited; once published it is frozen for good, and
 * engagements created from it keep reading exactly these values.
 */
@Entity
@Table(name = "template_version")
public class TemplateVersion {

    /** Where a version is in its life. */
    public enum Status {
        DRAFT,
        PUBLISHED,
        ARCHIVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private EngagementTemplate template;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.DRAFT;

    @Column(name = "session_count", nullable = false)
    private int sessionCount;

    @Column(name = "session_minutes", nullable = false)
    private int sessionMinutes;

    @Column(name = "cadence_days", nullable = false)
    private int cadenceDays;

    @Column(name = "midpoint_session", nullable = false)
    private int midpointSession;

    @Column(name = "closing_session", nullable = false)
    private int closingSession;

    @Column(name = "norm_channel", length = TemplateRules.MAX_SHORT_TEXT)
    private String normChannel;

    @Column(name = "norm_response_time", length = TemplateRules.MAX_SHORT_TEXT)
    private String normResponseTime;

    @Column(name = "norm_included", length = TemplateRules.MAX_LONG_TEXT)
    private String normIncluded;

    @Column(name = "norm_excluded", length = TemplateRules.MAX_LONG_TEXT)
    private String normExcluded;

    @Column(name = "norm_escalation", length = TemplateRules.MAX_LONG_TEXT)
    private String normEscalation;

    @Column(name = "recap_offered", nullable = false)
    private boolean recapOffered;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "templateVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("questionSet, position")
    private List<TemplateQuestion> questions = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Version
    private long version;

    protected TemplateVersion() {}

    TemplateVersion(EngagementTemplate template, int number, TemplateContent content, Instant now) {
        this.template = template;
        this.number = number;
        this.createdAt = now;
        apply(content);
    }

    public boolean isFrozen() {
        return status != Status.DRAFT;
    }

    /** Replaces the draft's content; the caller has checked it with {@link TemplateRules}. */
    void apply(TemplateContent c) {
        if (isFrozen()) {
            throw new RuleViolation("template.frozen");
        }
        sessionCount = c.getSessionCount();
        sessionMinutes = c.getSessionMinutes();
        cadenceDays = c.getCadenceDays();
        midpointSession = c.getMidpointSession();
        closingSession = c.getClosingSession();
        normChannel = c.getNormChannel();
        normResponseTime = c.getNormResponseTime();
        normIncluded = c.getNormIncluded();
        normExcluded = c.getNormExcluded();
        normEscalation = c.getNormEscalation();
        recapOffered = c.isRecapOffered();
        questions.clear();
        for (QuestionSet set : QuestionSet.values()) {
            List<String> texts = c.questions(set);
            for (int i = 0; i < texts.size(); i++) {
                questions.add(
                        new TemplateQuestion(this, set, i + 1, texts.get(i).strip()));
            }
        }
    }

    /** A detached copy of what this version says, for an editor or a new draft. */
    /** The session after which the midpoint feedback check is due (without reading the questions). */
    public int getMidpointSession() {
        return midpointSession;
    }

    /** The session after which the closing feedback check is due. */
    public int getClosingSession() {
        return closingSession;
    }

    public TemplateContent content() {
        TemplateContent c = new TemplateContent();
        c.setSessionCount(sessionCount);
        c.setSessionMinutes(sessionMinutes);
        c.setCadenceDays(cadenceDays);
        c.setMidpointSession(midpointSession);
        c.setClosingSession(closingSession);
        c.setNormChannel(normChannel);
        c.setNormResponseTime(normResponseTime);
        c.setNormIncluded(normIncluded);
        c.setNormExcluded(normExcluded);
        c.setNormEscalation(normEscalation);
        c.setRecapOffered(recapOffered);
        for (TemplateQuestion question : questions) {
            c.questions(question.getQuestionSet()).add(question.getText());
        }
        return c;
    }

    void publish(Instant now) {
        if (isFrozen()) {
            throw new RuleViolation("template.frozen");
        }
        status = Status.PUBLISHED;
        publishedAt = now;
    }

    void archive(Instant now) {
        status = Status.ARCHIVED;
        archivedAt = now;
    }

    public Long getId() {
        return id;
    }

    public EngagementTemplate getTemplate() {
        return template;
    }

    public int getNumber() {
        return number;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public long getVersion() {
        return version;
    }
}
