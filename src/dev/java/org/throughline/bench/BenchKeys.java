package org.throughline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The benchmark's content and audit keys: made once in target/bench-org/, readable by their owner only. */
final class BenchKeys {

    private BenchKeys() {}

    /** The content key file, {@code bench1:base64key}. */
    static Path contentKeyFile() throws IOException {
        return keyFile("content.key", "bench1:");
    }

    static String content() throws IOException {
        return Files.readString(contentKeyFile()).strip();
    }

    /** The audit key, Base64. */
    static String audit() throws IOException {
        return Files.readString(keyFile("audit.key", "")).strip();
    }

    private static Path keyFile(String name, String prefix) throws IOException {
        Path file = Generator.benchDir().resolve(name);
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, prefix + Base64.getEncoder().encodeToString(key) + "\n");
        }
        return file;
    }
}
