package org.throughline.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesWithSixHundredThousandIterationsAndVerifies() {
        String stored = hasher.hash("orchard lamp seventeen".toCharArray());
        assertEquals(600_000, PasswordHasher.iterations(stored));
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:600000:"));
        assertTrue(hasher.verify("orchard lamp seventeen".toCharArray(), stored));
        assertFalse(hasher.verify("orchard lamp seventeeN".toCharArray(), stored));
        assertFalse(hasher.needsUpgrade(stored));
    }

    @Test
    void saltsEveryHashDifferently() {
        assertNotEquals(
                hasher.hash("same password here".toCharArray()), hasher.hash("same password here".toCharArray()));
    }

    @Test
    void verifiesAnOlderWeakerHashAndAsksForItsUpgrade() {
        String weak = hasher.hash("orchard lamp seventeen".toCharArray(), 2_048);
        assertTrue(hasher.verify("orchard lamp seventeen".toCharArray(), weak));
        assertTrue(hasher.needsUpgrade(weak));
    }

    @Test
    void refusesUnreadableHashes() {
        assertFalse(hasher.verify("anything at all".toCharArray(), "not-a-hash"));
        assertFalse(hasher.verify("anything at all".toCharArray(), null));
        assertEquals(0, PasswordHasher.iterations("garbage"));
    }
}
