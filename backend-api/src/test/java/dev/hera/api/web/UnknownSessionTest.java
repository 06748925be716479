package dev.hera.api.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.api.testing.TestImages;
import dev.hera.api.testing.ApiState;
import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3Server;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Every session-scoped endpoint answers 404 for a session that does not exist, with well-formed
 * requests, and creates nothing: no Redis key, no object (D16).
 */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class UnknownSessionTest {

    RedisServer redis;
    S3Server s3;

    /** A well-formed request to one endpoint, for a given session id. */
    record Endpoint(String name, Function<String, Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Endpoint> endpoints() {
        String base = "/api/sessions/";
        return Stream.of(
                new Endpoint("GET status", id -> given().contentType(ContentType.JSON).get(base + id + "/status")),
                new Endpoint("POST complete", id -> given().contentType(ContentType.JSON).post(base + id + "/complete")),
                new Endpoint("GET family/status", id -> given().get(base + id + "/family/status")),
                new Endpoint("DELETE session", id -> given().delete(base + id)),
                new Endpoint("POST photos/user", id -> given().multiPart("file", "me.jpg", TestImages.jpeg(), "image/jpeg")
                        .post(base + id + "/photos/user")),
                new Endpoint("GET photos", id -> given().get(base + id + "/photos")),
                new Endpoint("GET photos/user.jpg", id -> given().get(base + id + "/photos/user.jpg")),
                new Endpoint("POST generate-image", id -> given().contentType(ContentType.JSON).body("{\"target\":\"partner\"}")
                        .post(base + id + "/generate-image")),
                new Endpoint("POST generate-child-image", id -> given().contentType(ContentType.JSON)
                        .post(base + id + "/generate-child-image")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers404AndCreatesNothing(Endpoint endpoint) {
        String unknown = UUID.randomUUID().toString();
        String keysBefore = ApiState.sessionKeyCount(redis);
        List<String> objectsBefore = s3.keys(S3ServerResource.BUCKET, "");

        endpoint.call().apply(unknown).then().statusCode(404).contentType(ContentType.JSON)
                .body("code", equalTo("SESSION_NOT_FOUND"))
                .body("error", notNullValue())
                .body("status", equalTo("error"));

        assertEquals(keysBefore, ApiState.sessionKeyCount(redis), "no Redis key was created");
        assertEquals(objectsBefore, s3.keys(S3ServerResource.BUCKET, ""), "no object was stored");
        assertEquals(":0", redis.command("EXISTS", "session:" + unknown + ":_meta"));
        // Asked again, it is still unknown: the first request did not create it half-way.
        endpoint.call().apply(unknown).then().statusCode(404);
    }
}
