package dev.hera.api.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.hera.testing.FreePorts;
import dev.hera.testing.RedisServer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/** The token buckets against a real Redis, through two limiters with their own connections (two API replicas). */
class TokenBucketLimiterTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    private static RedisServer redis;
    private static Vertx vertx;
    private static ReplicaLimiter replicaA;
    private static ReplicaLimiter replicaB;

    @BeforeAll
    static void startRedisAndTwoReplicas() {
        redis = RedisServer.startOnFreePort();
        vertx = Vertx.vertx();
        replicaA = new ReplicaLimiter(vertx, redis.uri());
        replicaB = new ReplicaLimiter(vertx, redis.uri());
    }

    @AfterAll
    static void stop() {
        replicaA.close();
        replicaB.close();
        vertx.closeAndAwait();
        redis.close();
    }

    @Test
    void allowsABurstUpToTheCapacityThenRefuses() {
        Bucket bucket = clientBucket(new Budget(5, 1));

        for (int expectedLeft = 4; expectedLeft >= 0; expectedLeft--) {
            BucketDecision decision = take(replicaA, bucket);
            assertTrue(decision.allowed());
            assertEquals(expectedLeft, decision.remaining());
            assertEquals(5, decision.limit());
        }
        BucketDecision refused = take(replicaA, bucket);

        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertTrue(refused.retryAfter().toMillis() > 0 && refused.retryAfter().toMillis() <= 1000, refused.toString());
        assertEquals(1, refused.retryAfterSeconds());
    }

    @Test
    void tokensComeBackAtTheRefillRate() throws InterruptedException {
        // One token every 250 ms, and never more than one saved up.
        Bucket bucket = clientBucket(new Budget(1, 4));
        assertTrue(take(replicaA, bucket).allowed());
        long asked = System.nanoTime();
        BucketDecision refused = take(replicaA, bucket);
        assertFalse(refused.allowed());
        long announced = refused.retryAfter().toMillis();
        assertTrue(announced > 200 && announced <= 250, "one token every 250 ms: " + refused);

        // A refused take costs nothing, so asking again and again until the token is back changes nothing.
        long deadline = asked + Duration.ofSeconds(10).toNanos();
        while (!take(replicaA, bucket).allowed()) {
            assertTrue(System.nanoTime() < deadline, "the token never came back");
            Thread.sleep(10);
        }
        long waited = Duration.ofNanos(System.nanoTime() - asked).toMillis();

        // Redis counts whole milliseconds: the token may come up to 1 ms before the announced time.
        assertTrue(waited >= announced - 1, "not before the announced wait: " + waited + " ms, announced " + announced);
        assertFalse(take(replicaA, bucket).allowed(), "and only one");
    }

    @Test
    void retryAfterSaysHowLongASlowBucketNeeds() {
        Bucket bucket = clientBucket(new Budget(1, 0.25));
        take(replicaA, bucket);

        BucketDecision refused = take(replicaA, bucket);

        assertFalse(refused.allowed());
        long millis = refused.retryAfter().toMillis();
        assertTrue(millis > 3_500 && millis <= 4_000, "a token every 4 s: " + refused);
        assertEquals(4, refused.retryAfterSeconds());
    }

    @Test
    void separateBucketsDoNotInterfere() {
        Budget one = new Budget(1, 0.01);
        String address = randomAddress();
        Bucket cheap = new Bucket(BucketScope.CLIENT_CHEAP, address, one);
        assertTrue(take(replicaA, cheap).allowed());
        assertFalse(take(replicaA, cheap).allowed());

        assertTrue(take(replicaA, new Bucket(BucketScope.CLIENT_CHEAP, randomAddress(), one)).allowed(),
                "another address has its own bucket");
        assertTrue(take(replicaA, new Bucket(BucketScope.CLIENT_EXPENSIVE, address, one)).allowed(),
                "the same address has a separate expensive bucket");
        assertTrue(take(replicaA, new Bucket(BucketScope.SESSION_EXPENSIVE, address, one)).allowed(),
                "a session bucket never shares a key with a client bucket");
    }

    @Test
    void twoReplicasOnOneRedisShareTheBudget() {
        Bucket bucket = new Bucket(BucketScope.SESSION_EXPENSIVE, UUID.randomUUID().toString(), new Budget(4, 0.01));

        assertTrue(take(replicaA, bucket).allowed());
        assertTrue(take(replicaB, bucket).allowed());
        assertTrue(take(replicaA, bucket).allowed());
        assertTrue(take(replicaB, bucket).allowed());

        assertFalse(take(replicaA, bucket).allowed(), "replica A sees the tokens replica B took");
        assertFalse(take(replicaB, bucket).allowed(), "and replica B those of replica A");
    }

    @Test
    void concurrentRequestsOnBothReplicasNeverTakeTheSameTokenTwice() {
        Bucket bucket = clientBucket(new Budget(10, 0.01));

        // 20 in flight per replica: within the client's default pool (6 connections, 24 waiting).
        List<Uni<BucketDecision>> burst = IntStream.range(0, 40)
                .mapToObj(i -> (i % 2 == 0 ? replicaA : replicaB).limiter().take(bucket))
                .toList();
        List<BucketDecision> decisions = Uni.join().all(burst).andFailFast().await().atMost(WAIT);

        assertEquals(10, decisions.stream().filter(BucketDecision::allowed).count());
    }

    @Test
    void anIdleBucketVanishesOnceItWouldBeFullAgain() throws InterruptedException {
        Bucket bucket = clientBucket(new Budget(3, 20));
        String key = TokenBucketLimiter.keyOf(bucket);
        take(replicaA, bucket);

        long ttl = Long.parseLong(redis.command("PTTL", key).substring(1));
        assertTrue(ttl > 0 && ttl <= 50, "one token back in 50 ms makes the bucket full: ttl " + ttl);

        Instant deadline = Instant.now().plusSeconds(5);
        while (":1".equals(redis.command("EXISTS", key)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        assertEquals(":0", redis.command("EXISTS", key));
        assertEquals(2, take(replicaA, bucket).remaining(), "a vanished bucket starts full");
    }

    @Test
    void keysAreGlobalAndOneHashSlotPerBucket() {
        Bucket bucket = new Bucket(BucketScope.CLIENT_CHEAP, "203.0.113.7", new Budget(3, 1));

        assertEquals("hera:ratelimit:{client-cheap:203.0.113.7}", TokenBucketLimiter.keyOf(bucket));
        take(replicaA, bucket);
        assertEquals(":2", redis.command("HLEN", TokenBucketLimiter.keyOf(bucket)), "tokens and refilled_at");
    }

    @Test
    void worksAgainAfterRedisForgotTheScript() {
        Bucket bucket = clientBucket(new Budget(2, 1));
        take(replicaA, bucket);
        redis.command("SCRIPT", "FLUSH");

        BucketDecision decision = take(replicaA, bucket);

        assertTrue(decision.allowed());
        assertEquals(0, decision.remaining());
    }

    @Test
    void failsWhenRedisCannotBeReachedSoTheCallerDecides() {
        try (ReplicaLimiter nowhere = new ReplicaLimiter(vertx, "redis://127.0.0.1:" + FreePorts.next())) {
            assertThrows(RuntimeException.class,
                    () -> nowhere.limiter().take(clientBucket(new Budget(1, 1))).await().atMost(WAIT));
        }
    }

    private static BucketDecision take(ReplicaLimiter replica, Bucket bucket) {
        return replica.limiter().take(bucket).await().atMost(WAIT);
    }

    private static Bucket clientBucket(Budget budget) {
        return new Bucket(BucketScope.CLIENT_CHEAP, randomAddress(), budget);
    }

    private static String randomAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "10.0." + n / 250 + "." + n % 250;
    }
}
