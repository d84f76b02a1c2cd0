package org.throughline.policy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Objects;
import org.throughline.audit.AuditEntry;
import org.throughline.audit.AuditTrail;
import org.throughline.engagement.Engagement;
import org.throughline.identity.Account;
import org.throughline.identity.Role;
import org.throughline.identity.SignedInAccounts;
import org.throughline.reflection.Reflection;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/**
 * The one place that decides who may see an engagement's confidential content, and that records it.
 * A coach reaches only the engagements assigned to them now; an administrator only an engagement
 * they opened by break-glass, while it lasts, and only to read. Anything else is answered as "not
 * found", so guessed ids tell nothing. Services ask here before they open any content.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COACH_NAME, Role.SUPERVISOR_NAME})
public class AccessGuard {

    private static final String EXPORTING = AccessGuard.class.getName() + ".exporting";
    private static final String RECORDED = AccessGuard.class.getName() + ".recorded";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private TimeSource time;

    @Inject
    private AuditTrail audit;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private SignedInAccounts signedInAccounts;

    /** The engagement, when the signed-in person is its coach now. */
    @RolesAllowed(Role.COACH_NAME)
    public Engagement coachEngagement(long engagementId) {
        // with what every coach's page of it reads (coach, client, template version, template, policy): one query
        return em.createQuery("select e from Engagement e where e.id = :id and e.coach.id = :me", Engagement.class)
                .setHint("eclipselink.join-fetch", "e.coach")
                .setHint("eclipselink.join-fetch", "e.client")
                .setHint("eclipselink.join-fetch", "e.templateVersion")
                .setHint("eclipselink.join-fetch", "e.templateVersion.template")
                .setHint("eclipselink.join-fetch", "e.templateVersion.template.policy")
                .setParameter("id", engagementId)
                .setParameter("me", signedInId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolation("engagement.notFound"));
    }

    /** The engagement, when the signed-in administrator holds an open break-glass on it. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Engagement breakGlassEngagement(long engagementId) {
        return openBreakGlass(engagementId)
                .orElseThrow(() -> new RuleViolation("breakGlass.required"))
                .getEngagement();
    }

    /**
     * Starts a subject access export in this transaction, for an approved request: every content read
     * that follows is recorded as an EXPORT entry with this reason (which names the request).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void exportUnder(String requestReason) {
        transaction.putResource(EXPORTING, requestReason);
    }

    /**
     * The engagement, for a subject access export by an administrator: only within an export started
     * by {@link #exportUnder}, and when the engagement's policy lets administrators export.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Engagement exportEngagement(long engagementId) {
        if (!(transaction.getResource(EXPORTING) instanceof String)) {
            throw new RuleViolation("subjectAccess.requestRequired");
        }
        Engagement engagement = java.util.Optional.ofNullable(em.find(Engagement.class, engagementId))
                .orElseThrow(() -> new RuleViolation("engagement.notFound"));
        ConfidentialityPolicy policy = policyOf(engagement);
        if (!policy.getExportRoles().contains(Role.ADMIN)) {
            throw new RuleViolation("subjectAccess.policyForbids", policy.getName());
        }
        return engagement;
    }

    /** The signed-in person's open break-glass on the engagement, if any. */
    @RolesAllowed(Role.ADMIN_NAME)
    public java.util.Optional<BreakGlass> openBreakGlass(long engagementId) {
        return em.createQuery(
                        "select b from BreakGlass b where b.engagement.id = :id and b.account.email = :me"
                                + " and b.expiresAt > :now order by b.expiresAt desc",
                        BreakGlass.class)
                .setParameter("id", engagementId)
                .setParameter("me", me())
                .setParameter("now", time.now())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** One of the signed-in coach's own reflections; any other is "not found". */
    @RolesAllowed(Role.COACH_NAME)
    public Reflection coachReflection(long reflectionId) {
        return em.createQuery("select r from Reflection r where r.id = :id and r.coach.email = :me", Reflection.class)
                .setParameter("id", reflectionId)
                .setParameter("me", me())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolation("reflection.notFound"));
    }

    /**
     * A reflection shared with the signed-in supervisor by a coach they supervise now (shared or
     * reviewed); a draft, or another supervisor's coach's reflection, is "not found".
     */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public Reflection supervisedReflection(long reflectionId) {
        return em.createQuery(
                        "select r from Reflection r where r.id = :id and r.status in :shown"
                                + " and r.sharedWith.email = :me and exists (select cs from CoachSupervision cs"
                                + " where cs.coachId = r.coach.id and cs.supervisor.email = :me)",
                        Reflection.class)
                // with its coach and supervisor in the same query; the session's facts come lazily (nested
                // outer join fetches through the session left the engagement without its client on
                // generated data: HTTP 500 in the page benchmark)
                .setHint("eclipselink.join-fetch", "r.coach")
                .setHint("eclipselink.join-fetch", "r.sharedWith")
                .setParameter("id", reflectionId)
                .setParameter("me", me())
                .setParameter("shown", java.util.List.of(Reflection.Status.SHARED, Reflection.Status.REVIEWED))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolation("reflection.notFound"));
    }

    /** The policy that governs the engagement's content. */
    public ConfidentialityPolicy policyOf(Engagement engagement) {
        return engagement.getTemplateVersion().getTemplate().getPolicy();
    }

    /** Whether the signed-in coach may see records written by {@code author} in this engagement. */
    @RolesAllowed(Role.COACH_NAME)
    public boolean seesFullHistory(Engagement engagement) {
        return policyOf(engagement).getHandoverRule() == ConfidentialityPolicy.HandoverRule.FULL_HISTORY;
    }

    /** Records a read of content, unless the reader wrote it themselves; during an export, an export. */
    public void recordRead(Role role, AuditEntry.RecordType type, long recordId, Long engagementId, Account author) {
        String exportReason = (String) transaction.getResource(EXPORTING);
        boolean exporting = exportReason != null;
        if (!exporting && author != null && Objects.equals(author.getEmail(), me())) {
            return;
        }
        @SuppressWarnings("unchecked")
        java.util.Set<String> recorded = (java.util.Set<String>) transaction.getResource(RECORDED);
        if (recorded == null) {
            recorded = new java.util.HashSet<>();
            transaction.putResource(RECORDED, recorded);
        }
        if (!recorded.add(type + "/" + recordId)) {
            return; // one entry per record per transaction, however often a page shows it
        }
        if (exporting) {
            audit.record(role, AuditEntry.Action.EXPORT, type, recordId, engagementId, exportReason);
        } else {
            audit.record(role, AuditEntry.Action.READ, type, recordId, engagementId, null);
        }
    }

    /**
     * Records reads of several records of one type at once (one entry each, written in one
     * statement), with the same rules as {@link #recordRead}: none for their own author, one per
     * record per transaction.
     */
    public void recordReads(Role role, AuditEntry.RecordType type, Map<Long, Account> authorsByRecord) {
        @SuppressWarnings("unchecked")
        java.util.Set<String> recorded = (java.util.Set<String>) transaction.getResource(RECORDED);
        if (recorded == null) {
            recorded = new java.util.HashSet<>();
            transaction.putResource(RECORDED, recorded);
        }
        Map<Long, Long> reads = new java.util.LinkedHashMap<>();
        for (Map.Entry<Long, Account> record : authorsByRecord.entrySet()) {
            Account author = record.getValue();
            boolean own = author != null && Objects.equals(author.getEmail(), me());
            if (!own && recorded.add(type + "/" + record.getKey())) {
                reads.put(record.getKey(), null);
            }
        }
        if (!reads.isEmpty()) {
            audit.recordAll(role, AuditEntry.Action.READ, type, reads, null);
        }
    }

    /** Records a write (create, update or delete) of content. */
    public void recordWrite(
            Role role, AuditEntry.Action action, AuditEntry.RecordType type, long recordId, Long engagementId) {
        audit.record(role, action, type, recordId, engagementId, null);
    }

    /**
     * The signed-in person's account, managed in this transaction: for a record that refers to it. To
     * know who is signed in, {@link #signedInEmail} and {@link #signedInId} read nothing more.
     */
    public Account signedIn() {
        return em.find(Account.class, signedInId());
    }

    /** The signed-in person's e-mail (their principal); reads nothing. */
    public String signedInEmail() {
        return me();
    }

    /** The signed-in person's account id, read once per request. */
    public long signedInId() {
        return signedInAccounts
                .account(me())
                .orElseThrow(() -> new RuleViolation("account.notFound"))
                .getId();
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
