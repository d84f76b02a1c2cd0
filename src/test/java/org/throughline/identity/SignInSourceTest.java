package org.throughline.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SignInSourceTest {

    @Test
    void anIpv4AddressIsItsOwnSource() {
        assertEquals("198.51.100.7", SignInSource.of("198.51.100.7"));
        assertNotEquals(SignInSource.of("198.51.100.7"), SignInSource.of("198.51.100.8"));
        assertNull(SignInSource.of(null));
    }

    @Test
    void ipv6AddressesOfOneSlash64AreOneSourceHoweverWritten() {
        String one = SignInSource.of("2001:db8:1:2::10");
        assertEquals("2001:db8:1:2::/64", one);
        assertEquals(one, SignInSource.of("2001:0DB8:0001:0002:ffff:0:0:20"));
        assertNotEquals(one, SignInSource.of("2001:db8:1:3::10"));
    }
}
