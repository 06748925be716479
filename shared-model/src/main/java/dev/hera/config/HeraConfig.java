package dev.hera.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings shared by both services, under the {@code hera.} prefix.
 * Quarkus' own properties ({@code quarkus.redis.hosts}, {@code quarkus.http.port},
 * {@code quarkus.s3.*}) are used where Quarkus has one and are not repeated here.
 */
@ConfigMapping(prefix = "hera")
public interface HeraConfig {

    Session session();

    Redis redis();

    Images images();

    Work work();

    /** The work queue between the API and the agent. */
    interface Work {
        /** Redis stream that wakes the agents for sessions with pending turns. */
        @WithDefault("hera:turns")
        String stream();

        /** Consumer group of the agents on the stream. */
        @WithDefault("hera-agents")
        String group();

        /** Pub/sub channel on which the agents announce answered turns. */
        @WithDefault("hera:turn-events")
        String eventsChannel();

        /** How long an agent holds a session's turns before another may take over (renewed while working). */
        @WithDefault("30S")
        Duration lease();

        /** How long a wake-up may stay unacknowledged with a consumer before another agent reclaims it. */
        @WithDefault("30S")
        Duration reclaimAfter();

        /** How often a waiting request re-reads its turn, in case an announcement was missed. */
        @WithDefault("1S")
        Duration pollInterval();
    }

    interface Session {
        /** Time to live of every key of a session; refreshed on every write. */
        @WithDefault("24H")
        Duration ttl();

        /**
         * How often a replica looks for sessions that ended with images still stored (they are
         * deleted then); {@code 0} turns the sweeping off in this process.
         */
        @WithDefault("20S")
        Duration sweepEvery();

        /**
         * The most turns one session may hold (messages to Hera and to the family, portraits, the
         * family's preparation): a bound on what one session stores; past it a request is refused.
         */
        @WithDefault("500")
        int maxTurns();

        /** The most messages a person may send Hera in one session (the interview). */
        @WithDefault("200")
        int maxInterviewMessages();

        /** The most messages a person may send the family in one session. */
        @WithDefault("200")
        int maxFamilyMessages();

        /** How many times a guarded read-modify-write is retried when another writer won the race. */
        @WithDefault("50")
        int maxUpdateAttempts();
    }

    interface Redis {
        /**
         * Form of the session keys: {@code plain} writes {@code session:<id>:<key>},
         * {@code cluster} writes {@code session:{<id>}:<key>} so that all keys of a session
         * share one hash slot in a Redis Cluster.
         */
        @WithDefault("plain")
        KeyForm keyForm();
    }

    /** Which key form the session keys take. */
    enum KeyForm {
        PLAIN, CLUSTER
    }

    interface Images {
        /** Where images are kept: {@code local} (a directory, the embedded default) or {@code s3}. */
        @WithDefault("local")
        StoreKind store();

        /** Directory of the local image store. */
        @WithDefault("data/images")
        Path localDirectory();

        /** Bucket of the S3 image store. */
        @WithDefault("hera-images")
        String bucket();

        /** Create the S3 bucket at start-up when it does not exist (handy for S3-compatible test servers). */
        @WithDefault("false")
        boolean createBucket();

        /** Largest image accepted, in bytes. */
        @WithDefault("10485760")
        long maxBytes();

        /** Optional public base URL prefix for image links; relative API paths otherwise. */
        Optional<String> publicBaseUrl();
    }

    /** Which image store implementation is active. */
    enum StoreKind {
        LOCAL, S3
    }
}
