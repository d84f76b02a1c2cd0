package org.throughline.session;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.throughline.engagement.CommunicationNorm;
import org.throughline.identity.Role;
import org.throughline.policy.ContentCipher;
import org.throughline.policy.SealedColumn;

/**
 * Seals communication norms that coaches adjusted before the adjusted norm was kept sealed: at start,
 * every engagement whose clear norm differs from its template version's gets that norm sealed into
 * {@code norm_sealed}, and its clear columns set back to the template's. Runs on every start and then
 * finds nothing; on several instances at once, the update of each row happens only while it is still
 * unsealed.
 */
@Singleton
@Startup
@RolesAllowed(Role.ADMIN_NAME)
@DependsOn("DatabaseMigration")
public class NormSealing {

    private static final Logger LOG = Logger.getLogger(NormSealing.class.getName());

    private static final String ADJUSTED_IN_CLEAR = " from engagement e join template_version v"
            + " on v.id = e.template_version_id where e.norm_sealed is null and not ("
            + "e.norm_channel <=> v.norm_channel and e.norm_response_time <=> v.norm_response_time"
            + " and e.norm_included <=> v.norm_included and e.norm_excluded <=> v.norm_excluded"
            + " and e.norm_escalation <=> v.norm_escalation)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContentCipher cipher;

    @PostConstruct
    void atStart() {
        sealClearNorms();
    }

    /** Seals what is adjusted in clear; returns for how many engagements. */
    public int sealClearNorms() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e.id, e.norm_channel, e.norm_response_time,"
                        + " e.norm_included, e.norm_excluded, e.norm_escalation" + ADJUSTED_IN_CLEAR)
                .getResultList();
        int sealed = 0;
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            CommunicationNorm norm = new CommunicationNorm();
            norm.setChannel((String) row[1]);
            norm.setResponseTime((String) row[2]);
            norm.setIncluded((String) row[3]);
            norm.setExcluded((String) row[4]);
            norm.setEscalation((String) row[5]);
            sealed += em.createNativeQuery("update engagement e join template_version v on v.id = e.template_version_id"
                            + " set e.norm_sealed = ?, e.norm_channel = v.norm_channel,"
                            + " e.norm_response_time = v.norm_response_time, e.norm_included = v.norm_included,"
                            + " e.norm_excluded = v.norm_excluded, e.norm_escalation = v.norm_escalation"
                            + " where e.id = ? and e.norm_sealed is null")
                    .setParameter(1, cipher.seal(SealedColumn.ENGAGEMENT_NORM, id, norm.toJson()))
                    .setParameter(2, id)
                    .executeUpdate();
        }
        if (sealed > 0) {
            int count = sealed;
            LOG.info(() -> "Sealed the adjusted communication norm of " + count + " engagement(s)");
        }
        return sealed;
    }
}
