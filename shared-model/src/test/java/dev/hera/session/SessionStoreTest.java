package dev.hera.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.model.ConversationEntry;
import dev.hera.testing.RedisMonitor;
import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;

@QuarkusTest
@WithTestResource(RedisServerResource.class)
class SessionStoreTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** A log entry as the services write them. */
    record Entry(String speaker, String message) {
    }

    @Inject
    SessionStore store;

    @Inject
    SessionKeys keys;

    RedisServer redis;

    @Test
    void roundTripsEveryKindOfKeyWithJapaneseTextIntact() {
        String id = store.create("ja").await().atMost(WAIT).sessionId();
        assertTrue(store.exists(id).await().atMost(WAIT));

        Map<String, Object> profile = Map.of("location", "大阪府大阪市", "income_range", "450万円", "age", 32);
        store.writeDocument(id, SessionKey.USER_PROFILE, profile).await().atMost(WAIT);
        store.append(id, SessionKey.CONVERSATION_HISTORY, List.of(new Entry("user", "こんにちは。32歳の女性です 🌸"))).await().atMost(WAIT);
        long length = store.append(id, SessionKey.CONVERSATION_HISTORY, List.of(new Entry("hera", "ようこそ、愛しい子よ。"))).await().atMost(WAIT);
        store.putFields(id, SessionKey.PHOTOS, Map.of("user.png", "{\"size\":3}")).await().atMost(WAIT);

        assertEquals(2, length);
        assertEquals(Optional.of(profile), store.readDocument(id, SessionKey.USER_PROFILE, Map.class).await().atMost(WAIT));
        assertEquals(List.of(new Entry("user", "こんにちは。32歳の女性です 🌸"), new Entry("hera", "ようこそ、愛しい子よ。")),
                store.readLog(id, SessionKey.CONVERSATION_HISTORY, Entry.class).await().atMost(WAIT));
        assertEquals(Map.of("user.png", "{\"size\":3}"), store.readHash(id, SessionKey.PHOTOS).await().atMost(WAIT));
        assertEquals("ja", store.meta(id).await().atMost(WAIT).locale());

        assertTrue(store.delete(id).await().atMost(WAIT));
        assertFalse(store.exists(id).await().atMost(WAIT));
        assertEquals(Optional.empty(), store.readDocument(id, SessionKey.USER_PROFILE, Map.class).await().atMost(WAIT));
        assertFalse(store.delete(id).await().atMost(WAIT), "a second delete reports there was nothing");
    }

    @Test
    void snapshotReadsTheAskedKeysAndTreatsAbsentOnesAsEmpty() {
        String id = store.create("en").await().atMost(WAIT).sessionId();
        ConversationEntry said = new ConversationEntry(ConversationEntry.USER, "Hi, I'm 29", Instant.parse("2026-05-01T10:00:00Z"));
        store.append(id, SessionKey.CONVERSATION_HISTORY, List.of(said)).await().atMost(WAIT);

        SessionSnapshot snapshot = store.snapshot(id, SessionKey.USER_PROFILE, SessionKey.CONVERSATION_HISTORY, SessionKey.PHOTOS)
                .await().atMost(WAIT);

        assertEquals("en", snapshot.meta().locale());
        assertEquals(Phase.INTERVIEW, snapshot.meta().phase());
        assertNotNull(snapshot.meta().createdAt());
        assertEquals(Optional.empty(), snapshot.document(SessionKey.USER_PROFILE, Map.class));
        assertEquals(List.of(said), snapshot.log(SessionKey.CONVERSATION_HISTORY));
        assertEquals(Map.of(), snapshot.hash(SessionKey.PHOTOS));
    }

    @Test
    void unknownSessionsAreNotFoundAndWritesNeverCreateThem() {
        String id = SessionIds.newId();
        assertFalse(store.exists(id).await().atMost(WAIT));
        assertNotFound(store.snapshot(id, SessionKey.USER_PROFILE));
        assertNotFound(store.meta(id));
        assertNotFound(store.writeDocument(id, SessionKey.USER_PROFILE, Map.of("age", 30)));
        assertNotFound(store.append(id, SessionKey.CONVERSATION_HISTORY, List.of(new Entry("user", "hello"))));
        assertNotFound(store.update(id, SessionKey.USER_PROFILE, Map.class, Map::of, m -> m));

        Map<SessionKey, Long> ttls = store.ttls(id).await().atMost(WAIT);
        ttls.forEach((key, ttl) -> assertEquals(-2L, ttl, key + " must not exist"));
    }

    @Test
    void hundredConcurrentAppendsLeaveExactlyHundredEntries() {
        String id = store.create("ja").await().atMost(WAIT).sessionId();

        List<Uni<Long>> appends = IntStream.range(0, 100)
                .mapToObj(i -> store.append(id, SessionKey.CONVERSATION_HISTORY, List.of(new Entry("user", "メッセージ " + i))))
                .toList();
        List<Long> lengths = Uni.join().all(appends).andFailFast().await().atMost(WAIT);

        List<Entry> history = store.readLog(id, SessionKey.CONVERSATION_HISTORY, Entry.class).await().atMost(WAIT);
        assertEquals(100, history.size());
        Set<String> messages = new HashSet<>();
        history.forEach(e -> messages.add(e.message()));
        assertEquals(100, messages.size(), "every message is there once");
        assertEquals(100, new HashSet<>(lengths).size(), "each append saw its own position");
    }

    @Test
    @SuppressWarnings("unchecked")
    void fiftyConcurrentUpdatesOfDifferentFieldsKeepAllFifty() {
        String id = store.create("ja").await().atMost(WAIT).sessionId();
        store.writeDocument(id, SessionKey.USER_PROFILE, Map.of("location", "東京")).await().atMost(WAIT);

        List<Uni<Map>> updates = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String field = "field_" + i;
            int value = i;
            updates.add(store.update(id, SessionKey.USER_PROFILE, Map.class, TreeMap::new, current -> {
                Map<String, Object> next = new TreeMap<>(current);
                next.put(field, value);
                return next;
            }));
        }
        Uni.join().all(updates).andFailFast().await().atMost(WAIT);

        Map<String, Object> stored = store.readDocument(id, SessionKey.USER_PROFILE, Map.class).await().atMost(WAIT).orElseThrow();
        assertEquals(51, stored.size(), "50 new fields and the one written before");
        assertEquals("東京", stored.get("location"));
        IntStream.range(0, 50).forEach(i -> assertEquals(i, stored.get("field_" + i)));
    }

    @Test
    void statusSnapshotIsOneRoundTrip() throws Exception {
        String id = store.create("ja").await().atMost(WAIT).sessionId();
        store.writeDocument(id, SessionKey.USER_PROFILE, Map.of("age", 41)).await().atMost(WAIT);
        store.append(id, SessionKey.CONVERSATION_HISTORY, List.of(new Entry("user", "４１歳です"))).await().atMost(WAIT);

        // The first use of the script on a Redis costs one more trip (EVALSHA answered NOSCRIPT, then
        // EVAL loads it); every status read after that is one command.
        store.snapshot(id, SessionKey.USER_PROFILE).await().atMost(WAIT);
        try (RedisMonitor monitor = new RedisMonitor(redis.port())) {
            SessionSnapshot snapshot = store.snapshot(id, SessionKey.USER_PROFILE, SessionKey.CONVERSATION_HISTORY,
                    SessionKey.FAMILY_CONVERSATION, SessionKey.FAMILY_TRIP_INFO, SessionKey.FAMILY_STATE,
                    SessionKey.FAMILY_PLAN, SessionKey.PERSONAS, SessionKey.PHOTOS).await().atMost(WAIT);
            assertEquals(Optional.of(Map.of("age", 41)), snapshot.document(SessionKey.USER_PROFILE, Map.class));
            awaitMonitor(() -> monitor.scriptCommandsMentioning(id).size() >= 10);

            List<String> sent = monitor.clientCommandsMentioning(id);
            assertEquals(1, sent.size(), "one command from the client reads all nine keys: " + sent);
            assertTrue(sent.get(0).toLowerCase().matches(".*\"eval(sha)?\".*"), sent.get(0));
            assertEquals(10, monitor.scriptCommandsMentioning(id).size(), "inside the script: EXISTS, then _meta and the eight keys");
        }
    }

    @Test
    void listFindsSessionsWithScanNotKeys() throws Exception {
        String first = store.create("ja").await().atMost(WAIT).sessionId();
        String second = store.create("en").await().atMost(WAIT).sessionId();

        try (RedisMonitor monitor = new RedisMonitor(redis.port())) {
            List<String> ids = store.list().collect().asList().await().atMost(WAIT);
            assertTrue(ids.containsAll(List.of(first, second)), ids.toString());
            awaitMonitor(() -> !monitor.clientCommandsMentioning("\"scan\"").isEmpty());
            assertTrue(monitor.clientCommandsMentioning("\"keys\"").isEmpty(), "KEYS is never used");
        }
    }

    @Test
    void keysFollowTheDocumentedSchema() {
        String id = store.create("ja").await().atMost(WAIT).sessionId();
        assertEquals("session:" + id + ":user_profile", keys.of(id, SessionKey.USER_PROFILE));
        assertEquals("+OK", redis.command("PING").equals("+PONG") ? "+OK" : "no");
        assertEquals(":1", redis.command("EXISTS", "session:" + id + ":_meta"));
    }

    private static void assertNotFound(Uni<?> operation) {
        Throwable failure = operation.onItem().transform(item -> (Throwable) null)
                .onFailure().recoverWithItem(f -> f)
                .await().atMost(WAIT);
        assertInstanceOf(SessionNotFoundException.class, failure);
    }

    static void awaitMonitor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
