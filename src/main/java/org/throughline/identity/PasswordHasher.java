package org.throughline.identity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes, stored as {@code PBKDF2WithHmacSHA256:iterations:salt:hash}
 * (Base64), with a random 16-byte salt per password. Hashes made with fewer than {@link #ITERATIONS}
 * iterations still verify, and {@link #needsUpgrade} says they should be replaced.
 */
public final class PasswordHasher {

    public static final int ITERATIONS = 600_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A hash of a password nobody has, verified against when the e-mail is unknown (same cost). */
    private static final String DECOY = new PasswordHasher().hash("decoy-password-nobody-has".toCharArray());

    public String hash(char[] password) {
        return hash(password, ITERATIONS);
    }

    String hash(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }

    /** True when {@code password} matches {@code stored}; false for a wrong password or an unreadable hash. */
    public boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            verify(password, DECOY); // spend the same time
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time of one verification, for refusals that must not be told apart by timing. */
    public void verifyDecoy(char[] password) {
        verify(password, DECOY);
    }

    public boolean needsUpgrade(String stored) {
        return iterations(stored) < ITERATIONS;
    }

    /** The iteration count of a stored hash, or 0 when it cannot be read. */
    public static int iterations(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        try {
            return parts.length == 4 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
