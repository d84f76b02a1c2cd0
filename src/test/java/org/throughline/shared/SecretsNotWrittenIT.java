package org.throughline.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.throughline.testsupport.WebClient;

/**
 * The database password reaches Payara without being written down: after the black-box server has
 * started and served a signed-in page (so the pool has connected with it), the password is in neither
 * the server's log nor any file of its runtime folder.
 */
class SecretsNotWrittenIT {

    @Test
    void theDatabasePasswordIsInNeitherTheLogNorTheRuntimeFolder() throws IOException {
        WebClient admin = new WebClient().signIn("admin@demo.test", "throughline-demo");
        assertEquals(200, admin.get("admin/engagements.xhtml").statusCode(), "the pool works");

        String password = System.getProperty("test.db.password");
        assertTrue(password != null && password.length() >= 8, "a distinctive password to look for");
        byte[] marker = password.getBytes(StandardCharsets.UTF_8);

        Path log = Path.of("target/payara-blackbox.log");
        assertTrue(Files.size(log) > 0);
        assertFalse(contains(Files.readAllBytes(log), marker), "the password is in " + log);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("target/payara-blackbox"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(f -> f.endsWith("domain.xml")), "the runtime folder has its configuration");
        for (Path file : files) {
            assertFalse(contains(Files.readAllBytes(file), marker), "the password is in " + file);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
