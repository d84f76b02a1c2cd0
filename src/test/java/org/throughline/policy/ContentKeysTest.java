package org.throughline.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentKeysTest {

    @TempDir
    Path dir;

    @Test
    void keyIdsThatDifferOnlyByCaseAreRefused() {
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        IllegalStateException refusal =
                assertThrows(IllegalStateException.class, () -> ContentKeys.of("k_2:" + key + ",K_2:" + key));
        assertTrue(refusal.getMessage().contains("Two content keys have the id K_2"), refusal.getMessage());
        assertDoesNotThrow(() -> ContentKeys.of("k_2:" + key + ",kx2:" + key));
    }

    @Test
    void aKeyFileOthersMayReadIsRefusedWithTheFix() throws Exception {
        Path file = keyFile("rw-r--r--");
        IllegalStateException refusal =
                assertThrows(IllegalStateException.class, () -> ContentKeys.requireOwnerOnly(file));
        assertTrue(refusal.getMessage().contains("chmod 600"), refusal.getMessage());
    }

    @Test
    void aKeyFileTheGroupMayReadIsRefused() throws Exception {
        Path file = keyFile("rw-r-----");
        assertThrows(IllegalStateException.class, () -> ContentKeys.requireOwnerOnly(file));
    }

    @Test
    void aKeyFileOnlyItsOwnerMayReadIsAccepted() throws Exception {
        Path file = keyFile("rw-------");
        assertDoesNotThrow(() -> ContentKeys.requireOwnerOnly(file));
    }

    private Path keyFile(String permissions) throws Exception {
        Path file = dir.resolve("content.key");
        Files.writeString(file, "k1:AAAA\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
