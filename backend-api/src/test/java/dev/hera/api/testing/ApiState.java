package dev.hera.api.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServer;
import dev.hera.testing.S3Server;
import dev.hera.testing.S3ServerResource;
import io.restassured.http.ContentType;

/**
 * What the tests look at from outside the API: the sessions and images actually stored, in the
 * real Redis and the real S3 server.
 */
public final class ApiState {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private ApiState() {
    }

    /**
     * A new session created through the API, as the frontend does it, once Hera's greeting (a
     * queued turn, answered by the test agent) is in its history.
     */
    public static String newSession(String locale) {
        String id = given().contentType(ContentType.JSON).body(Map.of("locale", locale))
                .post("/api/sessions").then().statusCode(200).extract().path("session_id");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (given().get("/api/sessions/" + id + "/status").then().extract().<List<?>> path("conversation_history").isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the greeting of " + id + " was not answered");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return id;
    }

    /**
     * The number of session keys, once the test agent has answered every queued turn (a new
     * session's greeting, say), so that a count before and after a request compares what the
     * request did. Rate-limit buckets are not session state and are not counted.
     */
    public static String sessionKeyCount(RedisServer redis) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!redis.scanKeys("session:*:inbox").isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return String.valueOf(redis.scanKeys("session:*").size());
    }

    /** A signed, expiring link to one image of the session, as the API hands them out. */
    public static Matcher<String> linkTo(String sessionId, String imageName) {
        return Matchers.matchesPattern(Pattern.quote("/api/sessions/" + sessionId + "/photos/" + imageName)
                + "\\?expires=\\d+&signature=[A-Za-z0-9_-]{43}");
    }

    /** Everything stored that a request could have changed, comparable with {@code equals}. */
    public record Fingerprint(String dbSize, List<String> objects, Map<String, Map<String, String>> watched) {
    }

    /**
     * The number of Redis keys, every object in the image bucket, and the {@code _meta} and
     * {@code photos} of the watched sessions (a rewrite of a photo changes its sha256 and time).
     */
    public static Fingerprint fingerprint(RedisServer redis, S3Server s3, SessionStore store, String... watched) {
        String keys = sessionKeyCount(redis);
        Map<String, Map<String, String>> hashes = new java.util.TreeMap<>();
        for (String id : watched) {
            Map<String, String> meta = new java.util.TreeMap<>(store.readHash(id, SessionKey.META).await().atMost(WAIT));
            // The agent's lease on the session is queue bookkeeping, not what the session holds.
            meta.keySet().removeIf(field -> field.startsWith("lease_"));
            hashes.put(id + ":_meta", meta);
            hashes.put(id + ":photos", store.readHash(id, SessionKey.PHOTOS).await().atMost(WAIT));
        }
        return new Fingerprint(keys, s3.keys(S3ServerResource.BUCKET, ""), hashes);
    }
}
