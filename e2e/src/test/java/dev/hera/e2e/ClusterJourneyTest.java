package dev.hera.e2e;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same journeys on a Redis Cluster of three masters: the services in cluster mode, every
 * session's keys in one hash slot ({@code session:{<id>}:<key>}), the work stream and the
 * announcements on whichever node holds them.
 */
class ClusterJourneyTest extends JourneyTest {

    // Same names as JourneyTest's: these hide them, so only the cluster system is started.
    @BeforeAll
    static void start() {
        system = HeraSystem.onCluster(Map.of()).start();
    }

    @AfterAll
    static void stop() {
        system.close();
    }
}
