package dev.hera.e2e;


import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisTls;
import dev.hera.testing.RedisUsers;

/**
 * The same journeys with Redis locked down as deployed: the services reach it only over TLS
 * ({@code rediss://}, trusting Redis' certificate through Quarkus' TLS registry), each as its own
 * ACL user with its password; Redis' ACL log stays empty.
 */
class TlsJourneyTest extends JourneyTest {

    @Override
    HeraSystem newSystem() {
        return new HeraSystem(RedisServer.startWithTlsOnFreePort(RedisTls.generate(), RedisUsers.serverArgs()), JOURNEYS);
    }
}
