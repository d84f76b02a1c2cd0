package org.throughline.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.throughline.identity.Role;

/**
 * Who sees what in the engagements of the templates that name this policy: client identities for
 * supervisors, the longest note field, who may export, break-glass, the handover rule on
 * reassignment, and which action fields a recap may carry.
 */
@Entity
@Table(name = "confidentiality_policy")
public class ConfidentialityPolicy {

    /** The policy every template starts with; made by the migration that introduced policies. */
    public static final long STANDARD_ID = 1L;

    public static final int MAX_NAME = 120;
    public static final int MIN_NOTE_LENGTH = 100;
    public static final int MAX_NOTE_LENGTH = 5000;
    public static final int MAX_BREAK_GLASS_HOURS = 72;

    /** What a coach who takes over an engagement sees of the time before them. */
    public enum HandoverRule {
        FULL_HISTORY,
        GOAL_AND_ACTIONS
    }

    /** The action fields a recap e-mail may carry besides the action itself. */
    public enum RecapField {
        WHEN,
        NOTICE,
        SUPPORT,
        NORM
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "supervisors_see_identity", nullable = false)
    private boolean supervisorsSeeIdentity;

    @Column(name = "max_note_length", nullable = false)
    private int maxNoteLength = 500;

    @Column(name = "export_roles", nullable = false, length = 100)
    private String exportRoles = Role.ADMIN.name();

    @Column(name = "break_glass_allowed", nullable = false)
    private boolean breakGlassAllowed = true;

    @Column(name = "break_glass_hours", nullable = false)
    private int breakGlassHours = 8;

    @Enumerated(EnumType.STRING)
    @Column(name = "handover_rule", nullable = false, length = 20)
    private HandoverRule handoverRule = HandoverRule.GOAL_AND_ACTIONS;

    @Column(name = "recap_fields", nullable = false, length = 200)
    private String recapFields = "WHEN,NOTICE,NORM";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ConfidentialityPolicy() {}

    ConfidentialityPolicy(String name, Instant now) {
        this.name = name;
        this.createdAt = now;
    }

    /** Takes over every setting of {@code edited} (already checked by {@link PolicyRules}). */
    void apply(PolicySettings edited) {
        this.name = edited.getName();
        this.supervisorsSeeIdentity = edited.isSupervisorsSeeIdentity();
        this.maxNoteLength = edited.getMaxNoteLength();
        this.exportRoles = join(edited.getExportRoles());
        this.breakGlassAllowed = edited.isBreakGlassAllowed();
        this.breakGlassHours = edited.getBreakGlassHours();
        this.handoverRule = edited.getHandoverRule();
        this.recapFields = join(edited.getRecapFields());
    }

    /** The settings as an editable copy. */
    public PolicySettings settings() {
        PolicySettings settings = new PolicySettings();
        settings.setName(name);
        settings.setSupervisorsSeeIdentity(supervisorsSeeIdentity);
        settings.setMaxNoteLength(maxNoteLength);
        settings.setExportRoles(getExportRoles());
        settings.setBreakGlassAllowed(breakGlassAllowed);
        settings.setBreakGlassHours(breakGlassHours);
        settings.setHandoverRule(handoverRule);
        settings.setRecapFields(getRecapFields());
        settings.setVersion(version);
        return settings;
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).forEach(s -> values.add(Enum.valueOf(type, s.trim())));
        return values;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isSupervisorsSeeIdentity() {
        return supervisorsSeeIdentity;
    }

    public int getMaxNoteLength() {
        return maxNoteLength;
    }

    public Set<Role> getExportRoles() {
        return split(exportRoles, Role.class);
    }

    public boolean isBreakGlassAllowed() {
        return breakGlassAllowed;
    }

    public int getBreakGlassHours() {
        return breakGlassHours;
    }

    public HandoverRule getHandoverRule() {
        return handoverRule;
    }

    public Set<RecapField> getRecapFields() {
        return split(recapFields, RecapField.class);
    }

    public long getVersion() {
        return version;
    }
}
