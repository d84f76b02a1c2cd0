package org.throughline.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.throughline.audit.AuditEntry;
import org.throughline.audit.AuditTrail;
import org.throughline.engagement.Engagement;
import org.throughline.identity.Role;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/**
 * Break-glass: an administrator opens one engagement's content for the policy's duration after
 * giving a reason. The opening is audited, and the engagement's coach sees that it happened.
 */
@Stateless
public class BreakGlassService {

    @Inject
    private ContentCipher cipher;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    @Inject
    private AccessGuard guard;

    @Inject
    private AuditTrail audit;

    @RolesAllowed(Role.ADMIN_NAME)
    public BreakGlass open(long engagementId, String reason) {
        Engagement engagement = Optional.ofNullable(em.find(Engagement.class, engagementId))
                .orElseThrow(() -> new RuleViolation("engagement.notFound"));
        ConfidentialityPolicy policy = guard.policyOf(engagement);
        if (!policy.isBreakGlassAllowed()) {
            throw new RuleViolation("breakGlass.notAllowed");
        }
        String given = reason == null ? "" : reason.strip();
        if (given.length() < BreakGlass.MIN_REASON) {
            throw new RuleViolation("breakGlass.reasonTooShort", BreakGlass.MIN_REASON);
        }
        if (given.length() > BreakGlass.MAX_REASON) {
            throw new RuleViolation("breakGlass.reasonTooLong", BreakGlass.MAX_REASON);
        }
        BreakGlass opening = new BreakGlass(
                engagement, guard.signedIn(), given, time.now(), Duration.ofHours(policy.getBreakGlassHours()));
        em.persist(opening);
        em.flush();
        opening.sealReason(cipher.seal(SealedColumn.BREAK_GLASS_REASON, opening.getId(), given));
        audit.record(
                Role.ADMIN,
                AuditEntry.Action.BREAK_GLASS,
                AuditEntry.RecordType.ENGAGEMENT,
                engagementId,
                engagementId,
                "Reason kept sealed with break-glass " + opening.getId());
        return opening;
    }

    /** The signed-in administrator's open break-glass on the engagement, if any. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<BreakGlass> current(long engagementId) {
        return guard.openBreakGlass(engagementId);
    }

    /**
     * Every break-glass opening of one of the signed-in coach's engagements, newest first; none for an
     * engagement that is not theirs (scoped in the query).
     */
    @RolesAllowed(Role.COACH_NAME)
    public List<BreakGlass> openingsOfMyEngagement(long engagementId) {
        List<BreakGlass> openings = em.createQuery(
                        "select b from BreakGlass b where b.engagement.id = :e and b.engagement.coach.id = :me"
                                + " order by b.openedAt desc",
                        BreakGlass.class)
                .setParameter("e", engagementId)
                .setParameter("me", guard.signedInId())
                .getResultList();
        openings.forEach(b -> b.show(cipher.open(SealedColumn.BREAK_GLASS_REASON, b.getId(), b.getSealedReason())));
        return openings;
    }
}
