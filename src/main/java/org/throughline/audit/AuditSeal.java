package org.throughline.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that seals the audit trail's blocks and checkpoints (HMAC-SHA256): {@code THROUGHLINE_AUDIT_KEY},
 * at least 32 random bytes in Base64, from configuration only — never in the database, so that someone
 * who can write to the database cannot seal a block they made up. Without it the application does not start.
 */
@ApplicationScoped
public class AuditSeal {

    private static final Logger LOG = Logger.getLogger(AuditSeal.class.getName());

    @Inject
    @ConfigProperty(name = "throughline.audit-key")
    Optional<String> configured;

    private SecretKeySpec key;

    @PostConstruct
    void load() {
        String value = configured.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (value == null) {
            LOG.severe("No audit key configured: set THROUGHLINE_AUDIT_KEY to 32 random bytes in Base64"
                    + " (see README, 'Content encryption')");
            throw new IllegalStateException("No audit key configured");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("THROUGHLINE_AUDIT_KEY is not valid Base64");
        }
        if (bytes.length < 32) {
            throw new IllegalStateException("THROUGHLINE_AUDIT_KEY must hold at least 32 bytes");
        }
        key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** Loads the key at start-up, so that a missing key stops the deployment with its reason. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        seal("start");
    }

    /** The seal of a hash: HMAC-SHA256 under the audit key, in hex. */
    String seal(String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(hash.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A key for another purpose (such as the known-device cookie), derived from the audit key by
     * HMAC-SHA256 of the purpose's name: the audit key itself is never used for anything else.
     */
    public byte[] derivedKey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(("throughline derived key: " + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code seal} is this key's seal of {@code hash}. */
    boolean holds(String hash, String seal) {
        return seal != null
                && MessageDigest.isEqual(
                        seal(hash).getBytes(StandardCharsets.US_ASCII), seal.getBytes(StandardCharsets.US_ASCII));
    }
}
