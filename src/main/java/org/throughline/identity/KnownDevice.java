package org.throughline.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.throughline.audit.AuditSeal;
import org.throughline.shared.TimeSource;

/**
 * The known-device cookie: a browser in which someone signed in successfully gets a signed, random
 * token (no name, no account) for {@link #VALID}. Such a browser is not slowed down or refused by the
 * per-address sign-in throttle, so that an office behind one address is not locked out by an attacker
 * on the same address; the per-account lock-out still applies to it.
 */
@ApplicationScoped
public class KnownDevice {

    public static final String COOKIE = "tl_device";
    static final Duration VALID = Duration.ofDays(180);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private AuditSeal seal;

    @Inject
    private TimeSource time;

    private volatile byte[] key;

    /** A new cookie for the browser of this request, after a successful sign-in. */
    public Cookie issue(HttpServletRequest request) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        Cookie cookie = new Cookie(
                COOKIE,
                token(
                        key(),
                        Base64.getUrlEncoder().withoutPadding().encodeToString(nonce),
                        time.now().getEpochSecond()));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) VALID.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** Whether the request carries a cookie this application issued and that has not expired. */
    public boolean recognises(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && valid(key(), cookie.getValue(), time.now())) {
                return true;
            }
        }
        return false;
    }

    /** nonce.issuedAt.signature */
    static String token(byte[] key, String nonce, long issuedAt) {
        String signed = nonce + "." + issuedAt;
        return signed + "." + signature(key, signed);
    }

    static boolean valid(byte[] key, String token, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3 || !parts[1].matches("\\d{1,12}")) {
            return false;
        }
        String expected = signature(key, parts[0] + "." + parts[1]);
        boolean signedHere = MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII));
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        return signedHere && !issued.isAfter(now) && now.isBefore(issued.plus(VALID));
    }

    private static String signature(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        if (key == null) {
            key = seal.derivedKey("known-device cookie");
        }
        return key;
    }
}
