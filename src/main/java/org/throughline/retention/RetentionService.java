package org.throughline.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.throughline.audit.AuditEntry;
import org.throughline.audit.AuditTrail;
import org.throughline.engagement.Engagement;
import org.throughline.identity.Role;
import org.throughline.policy.AccessGuard;
import org.throughline.policy.ContentCipher;
import org.throughline.policy.SealedColumn;
import org.throughline.retention.RetentionRule.Disposal;
import org.throughline.retention.RetentionRule.StartEvent;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/** Retention for administrators: the rules, the settings, what a purge would do, receipts, legal holds. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RetentionService {

    @Inject
    private ContentCipher cipher;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccessGuard guard;

    @Inject
    private AuditTrail audit;

    @Inject
    private TimeSource time;

    /** Every rule, in the order of the categories. */
    public List<RetentionRule> rules() {
        List<RetentionRule> rules = new ArrayList<>(em.createQuery("select r from RetentionRule r", RetentionRule.class)
                .getResultList());
        rules.sort(Comparator.comparing(RetentionRule::getCategory));
        return rules;
    }

    /**
     * Changes one rule; refused when someone else changed it since it was read. A change that keeps
     * records for longer applies at once; one that keeps them for less time waits for a second
     * administrator ({@link #approveRuleChange}), and until then the purge keeps to the rule as it was.
     * Either way it is an entry in the audit trail. Returns true when the change waits.
     */
    public boolean saveRule(Category category, long version, int months, StartEvent start, Disposal disposal) {
        RetentionRule rule = ruleAt(category, version);
        String what = category + ": " + months + " months from " + start + ", then " + disposal;
        boolean waits = rule.shortens(months, start, disposal);
        if (waits) {
            rule.propose(months, start, disposal, guard.signedInId(), time.now());
        } else {
            rule.change(months, start, disposal);
            rule.discardPending();
        }
        em.flush();
        recordRuleChange(category, (waits ? "Proposed, waits for a second administrator: " : "Changed: ") + what);
        return waits;
    }

    /** Approval of the waiting change by an administrator other than the one who proposed it. */
    public RetentionRule approveRuleChange(Category category, long version) {
        RetentionRule rule = ruleAt(category, version);
        rule.approvePending(guard.signedInId());
        em.flush();
        recordRuleChange(
                category,
                "Approved: " + category + ": " + rule.getMonths() + " months from " + rule.getStartEvent() + ", then "
                        + rule.getDisposal());
        return rule;
    }

    /** The waiting change is dropped; the rule stays as it is. */
    public RetentionRule discardRuleChange(Category category, long version) {
        RetentionRule rule = ruleAt(category, version);
        rule.discardPending();
        em.flush();
        recordRuleChange(category, "Proposed change discarded");
        return rule;
    }

    private RetentionRule ruleAt(Category category, long version) {
        RetentionRule rule = em.find(RetentionRule.class, category);
        if (rule.getVersion() != version) {
            throw new RuleViolation("retention.changedElsewhere");
        }
        return rule;
    }

    private void recordRuleChange(Category category, String what) {
        audit.record(
                Role.ADMIN,
                AuditEntry.Action.UPDATE,
                AuditEntry.RecordType.RETENTION_RULE,
                category.ordinal() + 1L,
                null,
                what);
    }

    public RetentionSettings settings() {
        return em.find(RetentionSettings.class, RetentionSettings.ID);
    }

    public RetentionSettings saveSettings(long version, int warningDays, int erasureGraceDays) {
        RetentionSettings settings = settings();
        if (settings.getVersion() != version) {
            throw new RuleViolation("retention.changedElsewhere");
        }
        settings.change(warningDays, erasureGraceDays);
        em.flush();
        return settings;
    }

    /** What a purge would do now, per category, in counts only; and what reaches its end within the warning days. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no transaction, no autocommit switching
    public List<CategoryPreview> preview() {
        Instant now = time.now();
        Instant soon = now.plus(Duration.ofDays(settings().getWarningDays()));
        List<RetentionRule> rules = rules();
        Map<Category, long[]> counts = DueRecords.counts(em, rules, now, soon);
        List<CategoryPreview> preview = new ArrayList<>();
        for (RetentionRule rule : rules) {
            long[] due = counts.get(rule.getCategory());
            preview.add(new CategoryPreview(rule, due[0], due[1] - due[0]));
        }
        return preview;
    }

    /** True while a purge run holds the lease (here or on another instance). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no transaction, no autocommit switching
    public boolean purgeRunning() {
        return ((Number) em.createNativeQuery(
                                        "select count(*) from purge_lease where holder is not null and expires_at > ?")
                                .setParameter(1, DueRecords.utc(time.now()))
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /** The latest runs, newest first, each with who started it and its receipts. */
    public List<RunRow> runs(int max) {
        List<Object[]> runs = em.createQuery(
                        "select r, a.displayName from PurgeRun r left join Account a on a.id = r.startedBy"
                                + " order by r.id desc",
                        Object[].class)
                .setMaxResults(max)
                .getResultList();
        if (runs.isEmpty()) {
            return List.of();
        }
        List<Long> ids = runs.stream().map(row -> ((PurgeRun) row[0]).getId()).toList();
        java.util.Map<Long, List<PurgeReceipt>> receipts = em.createQuery(
                        "select r from PurgeReceipt r where r.runId in :runs order by r.id", PurgeReceipt.class)
                .setParameter("runs", ids)
                .getResultStream()
                .collect(java.util.stream.Collectors.groupingBy(PurgeReceipt::getRunId));
        List<RunRow> rows = new ArrayList<>();
        for (Object[] row : runs) {
            PurgeRun run = (PurgeRun) row[0];
            rows.add(new RunRow(run, (String) row[1], receipts.getOrDefault(run.getId(), List.of())));
        }
        return rows;
    }

    /** The hold on an engagement, if one is in force. */
    public Optional<LegalHold> holdOn(long engagementId) {
        return em.createQuery(
                        "select h from LegalHold h where h.engagementId = :e and h.releasedAt is null", LegalHold.class)
                .setParameter("e", engagementId)
                .getResultStream()
                .findFirst()
                .map(this::shown);
    }

    /** The hold with its reason opened for the screen. */
    private LegalHold shown(LegalHold hold) {
        hold.show(cipher.open(SealedColumn.HOLD_REASON, hold.getId(), hold.getSealedReason()));
        return hold;
    }

    /** Holds in force, oldest first. */
    public List<HoldRow> holds() {
        return em.createQuery(
                        "select new org.throughline.retention.HoldRow(h, e.client.pseudonym, a.displayName)"
                                + " from LegalHold h join Engagement e on e.id = h.engagementId"
                                + " join Account a on a.id = h.placedBy where h.releasedAt is null order by h.placedAt",
                        HoldRow.class)
                .getResultStream()
                .peek(row -> shown(row.getHold()))
                .toList();
    }

    public LegalHold placeHold(long engagementId, String reason) {
        Engagement engagement = Optional.ofNullable(em.find(Engagement.class, engagementId))
                .orElseThrow(() -> new RuleViolation("engagement.notFound"));
        String text = reason == null ? "" : reason.strip();
        if (text.length() < LegalHold.MIN_REASON || text.length() > LegalHold.MAX_REASON) {
            throw new RuleViolation("hold.reasonLength", LegalHold.MIN_REASON, LegalHold.MAX_REASON);
        }
        if (holdOn(engagementId).isPresent()) {
            throw new RuleViolation("hold.alreadyHeld");
        }
        LegalHold hold = new LegalHold(engagement.getId(), text, guard.signedInId(), time.now());
        em.persist(hold);
        RuleViolation.flushOrRefuse(em, "hold.alreadyHeld");
        hold.sealReason(cipher.seal(SealedColumn.HOLD_REASON, hold.getId(), text));
        audit.record(
                Role.ADMIN,
                AuditEntry.Action.CREATE,
                AuditEntry.RecordType.LEGAL_HOLD,
                hold.getId(),
                engagementId,
                "Reason kept sealed with legal hold " + hold.getId());
        return hold;
    }

    public void releaseHold(long engagementId) {
        LegalHold hold = holdOn(engagementId).orElseThrow(() -> new RuleViolation("hold.notHeld"));
        hold.release(guard.signedInId(), time.now());
        audit.record(
                Role.ADMIN,
                AuditEntry.Action.UPDATE,
                AuditEntry.RecordType.LEGAL_HOLD,
                hold.getId(),
                engagementId,
                "Legal hold released");
    }
}
