package dev.hera.testing;

import java.time.Duration;

import dev.hera.config.HeraConfig;

/** The application's {@link HeraConfig} with one setting changed, for a store or queue a test builds itself. */
public final class TestConfigs {

    private TestConfigs() {
    }

    /** Sessions that live {@code ttl}. */
    public static HeraConfig withSessionTtl(HeraConfig base, Duration ttl) {
        return withSession(base, ttl, base.session().maxTurns(), base.session().maxInterviewMessages(),
                base.session().maxFamilyMessages());
    }

    /** Sessions that hold at most {@code maxTurns} turns. */
    public static HeraConfig withMaxTurns(HeraConfig base, int maxTurns) {
        return withSession(base, base.session().ttl(), maxTurns, base.session().maxInterviewMessages(),
                base.session().maxFamilyMessages());
    }

    /** Sessions that take at most {@code interview} messages to Hera and {@code family} to the family. */
    public static HeraConfig withMaxMessages(HeraConfig base, int interview, int family) {
        return withSession(base, base.session().ttl(), base.session().maxTurns(), interview, family);
    }

    private static HeraConfig withSession(HeraConfig base, Duration ttl, int maxTurns, int maxInterview, int maxFamily) {
        HeraConfig.Session session = new HeraConfig.Session() {
            @Override
            public Duration ttl() {
                return ttl;
            }

            @Override
            public Duration sweepEvery() {
                return base.session().sweepEvery();
            }

            @Override
            public int maxTurns() {
                return maxTurns;
            }

            @Override
            public int maxInterviewMessages() {
                return maxInterview;
            }

            @Override
            public int maxFamilyMessages() {
                return maxFamily;
            }

            @Override
            public int maxUpdateAttempts() {
                return base.session().maxUpdateAttempts();
            }
        };
        return with(base, session, base.work());
    }

    /**
     * A work stream, consumer group and events channel of their own, named after {@code name}: no
     * wake-up of another test reaches the workers reading them, and none of theirs reaches another test.
     */
    public static HeraConfig withOwnWorkQueue(HeraConfig base, String name) {
        HeraConfig.Work own = new HeraConfig.Work() {
            @Override
            public String stream() {
                return base.work().stream() + ":" + name;
            }

            @Override
            public String group() {
                return base.work().group() + ":" + name;
            }

            @Override
            public String eventsChannel() {
                return base.work().eventsChannel() + ":" + name;
            }

            @Override
            public Duration lease() {
                return base.work().lease();
            }

            @Override
            public Duration reclaimAfter() {
                return base.work().reclaimAfter();
            }

            @Override
            public Duration pollInterval() {
                return base.work().pollInterval();
            }
        };
        return with(base, base.session(), own);
    }

    private static HeraConfig with(HeraConfig base, HeraConfig.Session session, HeraConfig.Work work) {
        return new HeraConfig() {
            @Override
            public Session session() {
                return session;
            }

            @Override
            public Redis redis() {
                return base.redis();
            }

            @Override
            public Images images() {
                return base.images();
            }

            @Override
            public Work work() {
                return work;
            }
        };
    }
}
