package dev.hera.api.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<ClientAddress.Network> PROXIES = List.of(ClientAddress.Network.parse("10.0.0.0/8"),
            ClientAddress.Network.parse("fd00::/8"), ClientAddress.Network.parse("192.0.2.7"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("198.51.100.4", ClientAddress.resolve("198.51.100.4", "203.0.113.9", List.of()));
    }

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItsHeaderSays() {
        assertEquals("198.51.100.4", ClientAddress.resolve("198.51.100.4", "203.0.113.9", PROXIES));
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightmostUntrustedHop() {
        assertEquals("203.0.113.9", ClientAddress.resolve("10.0.0.2", "203.0.113.9", PROXIES));
        // The client wrote 1.2.3.4 itself; the proxy appended the address it really saw.
        assertEquals("203.0.113.9", ClientAddress.resolve("10.0.0.2", "1.2.3.4, 203.0.113.9", PROXIES));
        assertEquals("203.0.113.9", ClientAddress.resolve("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.1.1.1, 192.0.2.7", PROXIES));
    }

    @Test
    void aClientCannotEscapeItsBucketWithAHeaderOfItsOwn() {
        for (String spoofed : List.of("1.1.1.1", "2.2.2.2, 3.3.3.3", "evil}{key", "", "10.9.9.9")) {
            assertEquals("203.0.113.9", ClientAddress.resolve("10.0.0.2", spoofed + ", 203.0.113.9", PROXIES), spoofed);
        }
    }

    @Test
    void garbageStopsTheWalkAtTheLastTrustedHop() {
        assertEquals("10.1.1.1", ClientAddress.resolve("10.0.0.2", "203.0.113.9, not-an-address, 10.1.1.1", PROXIES));
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", "1".repeat(100), PROXIES));
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", "999.1.1.1", PROXIES), "out of range, and never looked up");
    }

    @Test
    void ipv6ClientsAreCountedPer64() {
        assertEquals("2001:db8:1:2::/64", ClientAddress.resolve("2001:db8:1:2:aaaa::1", null, List.of()));
        assertEquals(ClientAddress.resolve("2001:db8:1:2::99", null, List.of()),
                ClientAddress.resolve("[2001:db8:1:2:ffff:ffff:ffff:fffe]", null, List.of()));
        assertEquals("2001:db8:1:2::/64", ClientAddress.resolve("fd00::5", "2001:db8:1:2::7", PROXIES));
        assertEquals("192.0.2.44", ClientAddress.resolve("::ffff:192.0.2.44", null, List.of()), "an IPv4-mapped peer");
    }

    @Test
    void anUnknownPeerIsCountedTogether() {
        assertEquals("unknown", ClientAddress.resolve(null, null, List.of()));
    }

    @Test
    void aTrustedProxyThatIsNoNetworkIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.Network.parse("proxy.internal"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.Network.parse("10.0.0.0/33"));
    }
}
