package org.throughline.policy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The AES-256 keys for content, from configuration only: {@code THROUGHLINE_CONTENT_KEYS}
 * ({@code id:base64key} entries separated by commas) or {@code THROUGHLINE_CONTENT_KEY_FILE} (a file
 * with the same entries, one per line). The first entry is the current key, used for every new value;
 * the others are kept to read older values until they are re-encrypted. Without a key the
 * application does not start.
 */
@ApplicationScoped
public class ContentKeys {

    private static final Logger LOG = Logger.getLogger(ContentKeys.class.getName());

    @Inject
    @ConfigProperty(name = "throughline.content-keys")
    Optional<String> inline;

    @Inject
    @ConfigProperty(name = "throughline.content-key-file")
    Optional<String> file;

    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private String currentId;

    @PostConstruct
    void load() {
        String entries = inline.filter(s -> !s.isBlank()).orElseGet(this::readFile);
        if (entries == null) {
            LOG.severe("No content key configured: set THROUGHLINE_CONTENT_KEYS or THROUGHLINE_CONTENT_KEY_FILE"
                    + " (see README, 'Content encryption'). The application cannot store confidential content.");
            throw new IllegalStateException("No content key configured");
        }
        parse(entries, keys);
        currentId = keys.keySet().iterator().next();
        LOG.info("Content keys loaded; current key id " + currentId + ", " + keys.size() + " key(s) in all");
    }

    /** Loads the keys at start-up, so that a missing key stops the deployment with its reason. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        currentId();
    }

    /** Parses {@code id:base64key} entries (commas or new lines between them) into {@code into}. */
    private static void parse(String entries, Map<String, SecretKey> into) {
        for (String entry : entries.split("[,\\r\\n]+")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            String id = colon > 0 ? trimmed.substring(0, colon) : "";
            if (!id.matches("[A-Za-z0-9_-]{1,16}")) {
                throw new IllegalStateException("A content key entry needs an id of 1-16 letters or digits, then ':'");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(trimmed.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Content key " + id + " is not valid Base64");
            }
            if (key.length != 32) {
                throw new IllegalStateException("Content key " + id + " must be 32 bytes (AES-256)");
            }
            for (String other : into.keySet()) {
                if (other.equalsIgnoreCase(id)) {
                    throw new IllegalStateException("Two content keys have the id " + id
                            + " (key ids that differ only by case count as the same): give each key its own id");
                }
            }
            into.put(id, new SecretKeySpec(key, "AES"));
        }
        if (into.isEmpty()) {
            throw new IllegalStateException("The content key setting holds no key");
        }
    }

    private String readFile() {
        if (file.isEmpty() || file.get().isBlank()) {
            return null;
        }
        Path path = Path.of(file.get());
        try {
            requireOwnerOnly(path);
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the content key file " + file.get() + ": " + e.getMessage());
        }
    }

    /** Refuses a key file that its group or others may read or write (on file systems that say so). */
    static void requireOwnerOnly(Path path) throws IOException {
        if (!Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> open = Files.getPosixFilePermissions(path);
        open.retainAll(EnumSet.of(
                PosixFilePermission.GROUP_READ,
                PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.OTHERS_READ,
                PosixFilePermission.OTHERS_WRITE));
        if (!open.isEmpty()) {
            LOG.severe("The content key file " + path + " may be read or changed by other users of this machine;"
                    + " make it readable by its owner only: chmod 600 " + path);
            throw new IllegalStateException("The content key file is open to other users: chmod 600 " + path);
        }
    }

    /**
     * Keys from {@code id:base64key} entries, the first one current: for tools that write sealed records
     * outside the server (the benchmark's data generator).
     */
    public static ContentKeys of(String entries) {
        ContentKeys given = new ContentKeys();
        parse(entries, given.keys);
        given.currentId = given.keys.keySet().iterator().next();
        return given;
    }

    public String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    /** The key with this id, or null when it is not configured. */
    SecretKey byId(String id) {
        return keys.get(id);
    }
}
