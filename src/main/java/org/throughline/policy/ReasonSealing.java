package org.throughline.policy;

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
import org.throughline.identity.Role;

/**
 * Seals the reasons (break-glass, legal hold, erasure request; a subject access request's identity
 * check and extension reason) written in clear before they were kept
 * sealed: at start, every such value that is not in the sealed form ({@code keyId:base64}) is sealed
 * in place. Runs on every start and then finds nothing; the update of a value happens only while it is
 * still the clear text read, so instances starting together do not seal twice.
 */
@Singleton
@Startup
@RolesAllowed(Role.ADMIN_NAME)
@DependsOn("DatabaseMigration")
public class ReasonSealing {

    private static final Logger LOG = Logger.getLogger(ReasonSealing.class.getName());
    private static final String SEALED_FORM = "^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{20,}=*$";
    private static final List<SealedColumn> REASONS = List.of(
            SealedColumn.BREAK_GLASS_REASON,
            SealedColumn.HOLD_REASON,
            SealedColumn.ERASURE_REASON,
            SealedColumn.ACCESS_IDENTITY_CHECK,
            SealedColumn.ACCESS_EXTENSION_REASON);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContentCipher cipher;

    @PostConstruct
    void atStart() {
        sealClearReasons();
    }

    /** Seals what is in clear; returns how many values. */
    public int sealClearReasons() {
        int sealed = 0;
        for (SealedColumn column : REASONS) {
            String table = column.table();
            String name = column.column();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, " + name + " from " + table + " where " + name
                            + " is not null and " + name + " not regexp '" + SEALED_FORM + "'")
                    .getResultList();
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                String clear = (String) row[1];
                sealed += em.createNativeQuery(
                                "update " + table + " set " + name + " = ? where id = ? and " + name + " = ?")
                        .setParameter(1, cipher.seal(column, id, clear))
                        .setParameter(2, id)
                        .setParameter(3, clear)
                        .executeUpdate();
            }
        }
        if (sealed > 0) {
            int count = sealed;
            LOG.info(() -> "Sealed " + count + " reason(s) kept in clear before");
        }
        return sealed;
    }
}
