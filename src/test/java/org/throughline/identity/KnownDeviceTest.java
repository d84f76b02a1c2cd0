package org.throughline.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KnownDeviceTest {

    private static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII);
    private static final Instant ISSUED = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void aCookieThisApplicationSignedHoldsForHalfAYear() {
        String token = KnownDevice.token(KEY, "bm9uY2U", ISSUED.getEpochSecond());
        assertTrue(KnownDevice.valid(KEY, token, ISSUED.plus(Duration.ofDays(179))));
        assertFalse(KnownDevice.valid(KEY, token, ISSUED.plus(Duration.ofDays(181))), "expired");
        assertFalse(KnownDevice.valid(KEY, token, ISSUED.minusSeconds(60)), "issued in the future");
    }

    @Test
    void aCookieSignedElsewhereOrChangedIsNotKnown() {
        String token = KnownDevice.token(KEY, "bm9uY2U", ISSUED.getEpochSecond());
        byte[] other = "another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII);
        assertFalse(KnownDevice.valid(other, token, ISSUED), "another key");
        assertFalse(KnownDevice.valid(KEY, token.replace("bm9uY2U", "b3RoZXI"), ISSUED), "changed");
        assertFalse(KnownDevice.valid(KEY, "garbage", ISSUED));
        assertFalse(KnownDevice.valid(KEY, null, ISSUED));
    }
}
