package org.throughline.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.throughline.identity.Role;

/**
 * Re-encrypts sealed content under the current key, in small batches (each call is one transaction),
 * so that an older key can be removed from the configuration afterwards. Values are opened and sealed
 * again for the same row and column; nothing is read out of this class.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class KeyRotationService {

    public static final int BATCH = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContentCipher cipher;

    @Inject
    private ContentKeys keys;

    public String currentKeyId() {
        return keys.currentId();
    }

    /** How many stored values are sealed with a key other than the current one. */
    public long valuesUnderOlderKeys() {
        long count = 0;
        for (SealedColumn sealed : SealedColumn.values()) {
            count += ((Number) em.createNativeQuery("select count(*) from " + sealed.table() + " where "
                                    + underOlderKey(sealed.column()))
                            .setParameter(1, keys.currentId())
                            .getSingleResult())
                    .longValue();
        }
        return count;
    }

    /**
     * True of a value in {@code column} sealed under another key than parameter 1: the key id before the
     * first ':' compared exactly (binary: key ids are case-sensitive, and '_' is no wildcard here).
     */
    static String underOlderKey(String column) {
        return column + " is not null and substring_index(" + column + ", ':', 1) collate utf8mb4_bin <> ?1";
    }

    /** Re-encrypts up to {@link #BATCH} values; returns how many. Call until it returns 0. */
    public int reencryptBatch() {
        int done = 0;
        for (SealedColumn sealed : SealedColumn.values()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, " + sealed.column() + " from " + sealed.table()
                            + " where " + underOlderKey(sealed.column()) + " order by id")
                    .setParameter(1, keys.currentId())
                    .setMaxResults(BATCH - done)
                    .getResultList();
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                String stored = (String) row[1];
                String text = cipher.open(sealed, id, stored);
                done += em.createNativeQuery("update " + sealed.table() + " set " + sealed.column()
                                + " = ? where id = ? and " + sealed.column() + " = ?")
                        .setParameter(1, cipher.seal(sealed, id, text))
                        .setParameter(2, id)
                        .setParameter(3, stored)
                        .executeUpdate();
            }
            if (done >= BATCH) {
                break;
            }
        }
        return done;
    }
}
