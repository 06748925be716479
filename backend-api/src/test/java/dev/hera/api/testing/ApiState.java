package dev.hera.api.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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

    /** A new session created through the API, as the frontend does it. */
    public static String newSession(String locale) {
        return given().contentType(ContentType.JSON).body(Map.of("locale", locale))
                .post("/api/sessions").then().statusCode(201).extract().path("session_id");
    }

    /** Everything stored that a request could have changed, comparable with {@code equals}. */
    public record Fingerprint(String dbSize, List<String> objects, Map<String, Map<String, String>> watched) {
    }

    /**
     * The number of Redis keys, every object in the image bucket, and the {@code _meta} and
     * {@code photos} of the watched sessions (a rewrite of a photo changes its sha256 and time).
     */
    public static Fingerprint fingerprint(RedisServer redis, S3Server s3, SessionStore store, String... watched) {
        Map<String, Map<String, String>> hashes = new java.util.TreeMap<>();
        for (String id : watched) {
            hashes.put(id + ":_meta", store.readHash(id, SessionKey.META).await().atMost(WAIT));
            hashes.put(id + ":photos", store.readHash(id, SessionKey.PHOTOS).await().atMost(WAIT));
        }
        return new Fingerprint(redis.command("DBSIZE"), s3.keys(S3ServerResource.BUCKET, ""), hashes);
    }
}
