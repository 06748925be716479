package dev.hera.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.config.HeraConfig;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.TestConfigs;
import dev.hera.work.TurnRequest;
import dev.hera.work.WorkQueue;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** One TTL for the whole session, refreshed for every key by every write (reference D2). */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
class SessionTtlTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration TTL = Duration.ofSeconds(3);

    @Inject
    ReactiveRedisDataSource redis;

    @Inject
    ObjectMapper json;

    @Inject
    HeraConfig config;

    @Test
    void everyKeyCarriesTheTtlAndAnyWriteRefreshesAllOfThemUntilTheSessionExpiresWhole() throws Exception {
        HeraConfig shortLived = TestConfigs.withSessionTtl(config, TTL);
        SessionStore store = new SessionStore(redis, new SessionKeys(shortLived), json, Clock.systemUTC(), shortLived);
        WorkQueue queue = new WorkQueue(redis, new SessionKeys(shortLived), json, Clock.systemUTC(), shortLived);
        String id = store.create("ja").await().atMost(WAIT).sessionId();
        writeEveryKey(store, queue, id);

        Map<SessionKey, Long> fresh = store.ttls(id).await().atMost(WAIT);
        assertEquals(SessionKey.values().length, fresh.size());
        fresh.forEach((key, ttl) -> assertTrue(ttl > 2_000 && ttl <= TTL.toMillis(), key + " ttl " + ttl));
        // The work stream, to which queueing a turn adds a wake-up in the same script, is no key of the
        // session: it keeps no TTL (it holds the agents' consumer group), also when it existed already.
        queue.submit(id, new TurnRequest.InterviewMessage("もう一つ"), null).await().atMost(WAIT);
        assertEquals(-1L, redis.key().pttl(shortLived.work().stream()).await().atMost(WAIT), "the work stream's TTL");

        // Until the session has aged by half its TTL, and no key has been refreshed meanwhile.
        Map<SessionKey, Long> aged = store.ttls(id).await().atMost(WAIT);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (aged.values().stream().anyMatch(ttl -> ttl >= 1_500) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            aged = store.ttls(id).await().atMost(WAIT);
        }
        aged.forEach((key, ttl) -> assertTrue(ttl > 0 && ttl < 1_500, key + " aged ttl " + ttl));

        // One small write to one key...
        store.append(id, SessionKey.CONVERSATION_HISTORY, List.of(Map.of("speaker", "user", "message", "まだいます"))).await().atMost(WAIT);
        // ...gives every key of the session, the image metadata included, the whole TTL again.
        Map<SessionKey, Long> refreshed = store.ttls(id).await().atMost(WAIT);
        refreshed.forEach((key, ttl) -> assertTrue(ttl > 2_500, key + " refreshed ttl " + ttl));

        deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        while (store.exists(id).await().atMost(WAIT) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(store.exists(id).await().atMost(WAIT), "the session expired");
        store.ttls(id).await().atMost(WAIT).forEach((key, ttl) -> assertEquals(-2L, ttl, key + " is gone"));
    }

    @Test
    void theConfiguredTtlIsTheDefaultDay() {
        assertEquals(Duration.ofHours(24), config.session().ttl());
    }

    private void writeEveryKey(SessionStore store, WorkQueue queue, String id) {
        for (SessionKey key : SessionKey.values()) {
            switch (key.kind()) {
                case DOCUMENT -> store.writeDocument(id, key, Map.of("k", key.keyName())).await().atMost(WAIT);
                case LOG -> store.append(id, key, List.of(Map.of("speaker", "user", "message", "こんにちは"))).await().atMost(WAIT);
                case HASH -> store.putFields(id, key, Map.of("field", "値")).await().atMost(WAIT);
                // The inbox, the turns and the idempotency keys are written by queueing a turn.
                case QUEUE -> queue.submit(id, new TurnRequest.InterviewMessage("やあ"),
                        "retry-key").await().atMost(WAIT);
            }
        }
    }
}
