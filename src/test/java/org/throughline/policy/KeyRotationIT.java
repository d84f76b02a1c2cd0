package org.throughline.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.throughline.testsupport.Deployments;

/** Which stored values the key rotation counts and re-encrypts, decided by the database itself. */
@ExtendWith(ArquillianExtension.class)
class KeyRotationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(KeyRotationIT.class);
    }

    @PersistenceContext
    private EntityManager em;

    @Test
    void theKeyIdIsComparedExactlyNotAsAPattern() {
        // current key k_2: "_" would match any character in LIKE, and the columns' collation ignores case
        String values = "select 'k_2:AAAA' as v union all select 'kx2:BBBB' union all select 'K_2:CCCC'"
                + " union all select 'k_22:DDDD' union all select null";
        @SuppressWarnings("unchecked")
        List<String> older = em.createNativeQuery(
                        "select v from (" + values + ") t where " + KeyRotationService.underOlderKey("v"))
                .setParameter(1, "k_2")
                .getResultList();
        assertEquals(
                List.of("K_2:CCCC", "k_22:DDDD", "kx2:BBBB"),
                older.stream().sorted().toList());
    }
}
