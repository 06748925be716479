package dev.hera.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.config.HeraConfig;
import dev.hera.image.ImageName;
import dev.hera.image.ImageStore;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import dev.hera.testing.TestConfigs;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Photos leave with a session that expires: Redis forgets the keys by itself, the sweep deletes the
 * images (in S3Proxy here) once the session is gone, and leaves a living session's images alone.
 */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class PhotoRetentionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration TTL = Duration.ofSeconds(3);
    private static final List<ImageName> THREE = List.of(ImageName.of("user", "png"), ImageName.of("partner", "png"),
            ImageName.of("child_1", "png"));

    @Inject
    ReactiveRedisDataSource redis;

    @Inject
    ObjectMapper json;

    @Inject
    HeraConfig config;

    @Inject
    ImageStore images;

    @Test
    void anExpiredSessionsImagesAreDeletedByTheNextSweepAndALivingOnesAreKept() throws Exception {
        HeraConfig shortLived = TestConfigs.withSessionTtl(config, TTL);
        SessionKeys keys = new SessionKeys(shortLived);
        SessionStore store = new SessionStore(redis, keys, json, Clock.systemUTC(), shortLived);
        PhotoRetention retention = new PhotoRetention(redis, keys, images, Clock.systemUTC(), shortLived);
        SessionPhotos photos = new SessionPhotos(store, images, retention, json, Clock.systemUTC());
        redis.execute("DEL", PhotoRetention.LEASE).await().atMost(WAIT); // another test's instance may hold it

        String expiring = store.create("ja").await().atMost(WAIT).sessionId();
        for (ImageName name : THREE) {
            photos.save(expiring, name, new byte[] { 1, 2, 3 }).await().atMost(WAIT);
        }
        assertEquals(3, images.list(expiring).await().atMost(WAIT).size());

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (store.exists(expiring).await().atMost(WAIT) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), keysOf(keys, expiring), "Redis forgot the session by itself");
        assertEquals(3, images.list(expiring).await().atMost(WAIT).size(), "but not its images");

        String living = store.create("ja").await().atMost(WAIT).sessionId();
        photos.save(living, THREE.get(0), new byte[] { 4 }).await().atMost(WAIT);
        // Due now (as if its expiry had been pushed back by writes since it was scored): it is scored again.
        redis.execute("ZADD", PhotoRetention.DEADLINES, "1", living).await().atMost(WAIT);

        assertEquals(3, retention.sweep().await().atMost(WAIT), "the three images of the expired session");
        assertEquals(List.of(), images.list(expiring).await().atMost(WAIT));
        assertNull(redis.execute("ZSCORE", PhotoRetention.DEADLINES, expiring).await().atMost(WAIT), "its entry is gone");
        assertEquals(1, images.list(living).await().atMost(WAIT).size(), "the living session keeps its image");
        long rescheduled = redis.execute("ZSCORE", PhotoRetention.DEADLINES, living).await().atMost(WAIT).toLong();
        assertTrue(rescheduled > System.currentTimeMillis(), "scored again at its expiry");
    }

    @Test
    void oneReplicaSweepsAtATime() {
        HeraConfig shortLived = TestConfigs.withSessionTtl(config, TTL);
        SessionKeys keys = new SessionKeys(shortLived);
        PhotoRetention first = new PhotoRetention(redis, keys, images, Clock.systemUTC(), shortLived);
        PhotoRetention second = new PhotoRetention(redis, keys, images, Clock.systemUTC(), shortLived);
        redis.execute("DEL", PhotoRetention.LEASE).await().atMost(WAIT);
        String gone = java.util.UUID.randomUUID().toString();
        images.put(gone, THREE.get(0), new byte[] { 9 }).await().atMost(WAIT);
        redis.execute("ZADD", PhotoRetention.DEADLINES, "1", gone).await().atMost(WAIT);

        assertEquals(1, first.sweep().await().atMost(WAIT));
        redis.execute("ZADD", PhotoRetention.DEADLINES, "1", gone).await().atMost(WAIT);
        assertEquals(0, second.sweep().await().atMost(WAIT), "the lease is the first replica's");
        assertEquals(0, first.sweep().await().atMost(WAIT), "nothing left to delete, and the entry goes");
        assertNull(redis.execute("ZSCORE", PhotoRetention.DEADLINES, gone).await().atMost(WAIT));
    }

    private List<String> keysOf(SessionKeys keys, String sessionId) {
        return keys.all(sessionId).stream()
                .filter(key -> redis.execute("EXISTS", key).await().atMost(WAIT).toInteger() == 1).toList();
    }
}
