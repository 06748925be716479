package dev.hera.api.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void forwardedForIsIgnoredUnlessTrusted() {
        assertEquals("192.0.2.1", ClientAddress.resolve("192.0.2.1", "203.0.113.9", false));
    }

    @Test
    void trustedForwardedForGivesItsFirstAddress() {
        assertEquals("203.0.113.9", ClientAddress.resolve("10.0.0.2", "203.0.113.9, 10.0.0.1", true));
        assertEquals("2001:db8::1", ClientAddress.resolve("10.0.0.2", " 2001:db8::1 ", true));
    }

    @Test
    void aForwardedForThatIsNoAddressFallsBackToThePeer() {
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", "evil}{key", true));
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", "", true));
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", "1".repeat(100), true));
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", null, true));
    }

    @Test
    void anUnknownPeerIsCountedTogether() {
        assertEquals("unknown", ClientAddress.resolve(null, null, false));
    }
}
