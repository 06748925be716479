package dev.hera.e2e;


/**
 * The same journeys on a Redis Cluster of three masters: the services in cluster mode, every
 * session's keys in one hash slot ({@code session:{<id>}:<key>}), the work stream and the
 * announcements on whichever node holds them.
 */
class ClusterJourneyTest extends JourneyTest {

    @Override
    HeraSystem newSystem() {
        return HeraSystem.onCluster(JOURNEYS);
    }
}
