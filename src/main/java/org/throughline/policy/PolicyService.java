package org.throughline.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.throughline.identity.Role;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/** Confidentiality policies, for administrators: listed, created and edited. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class PolicyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    public List<ConfidentialityPolicy> policies() {
        return em.createQuery("select p from ConfidentialityPolicy p order by p.name", ConfidentialityPolicy.class)
                .getResultList();
    }

    public ConfidentialityPolicy find(long id) {
        return Optional.ofNullable(em.find(ConfidentialityPolicy.class, id))
                .orElseThrow(() -> new RuleViolation("policy.notFound"));
    }

    public ConfidentialityPolicy create(PolicySettings settings) {
        PolicyRules.check(settings);
        refuseTakenName(settings.getName(), null);
        ConfidentialityPolicy policy = new ConfidentialityPolicy(settings.getName(), time.now());
        policy.apply(settings);
        em.persist(policy);
        em.flush();
        return policy;
    }

    /** Saves edited settings; refused when someone else saved the policy since it was opened. */
    public ConfidentialityPolicy save(long id, PolicySettings settings) {
        ConfidentialityPolicy policy = find(id);
        if (policy.getVersion() != settings.getVersion()) {
            throw new RuleViolation("policy.changedElsewhere");
        }
        PolicyRules.check(settings);
        refuseTakenName(settings.getName(), id);
        policy.apply(settings);
        em.flush();
        return policy;
    }

    /** How many templates name each policy, by policy id. */
    public long templateCount(long policyId) {
        return em.createQuery("select count(t) from EngagementTemplate t where t.policy.id = :id", Long.class)
                .setParameter("id", policyId)
                .getSingleResult();
    }

    private void refuseTakenName(String name, Long except) {
        boolean taken = em.createQuery(
                                "select count(p) from ConfidentialityPolicy p where lower(p.name) = lower(:name)"
                                        + " and (:except is null or p.id <> :except)",
                                Long.class)
                        .setParameter("name", name)
                        .setParameter("except", except)
                        .getSingleResult()
                > 0;
        if (taken) {
            throw new RuleViolation("policy.nameTaken");
        }
    }
}
