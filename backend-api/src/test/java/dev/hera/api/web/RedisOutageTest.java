package dev.hera.api.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.hera.api.testing.ApiState;
import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** While Redis is down the API answers 503 JSON at once; when Redis is back it works again, no restart. */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class RedisOutageTest {

    RedisServer redis;

    @Test
    void requestsAnswer503QuicklyWhileRedisIsDownAndWorkAgainAfterwards() {
        String id = ApiState.newSession("ja");
        redis.kill();
        try {
            for (var request : List.<java.util.function.Supplier<Response>>of(
                    () -> given().get("/api/sessions/" + id + "/status"),
                    () -> given().contentType(ContentType.JSON).body(Map.of("message", "こんにちは"))
                            .post("/api/sessions/" + id + "/messages"),
                    () -> given().contentType(ContentType.JSON).body("{}").post("/api/sessions"),
                    () -> given().get("/api/sessions/" + id + "/family/status"))) {
                long started = System.nanoTime();
                Response response = request.get();
                long millis = (System.nanoTime() - started) / 1_000_000;
                response.then().statusCode(503).contentType(ContentType.JSON)
                        .body("code", equalTo("SERVICE_UNAVAILABLE"))
                        .body("error", notNullValue())
                        .header("Retry-After", notNullValue());
                assertTrue(millis < 2_000, "answered in " + millis + " ms");
            }
        } finally {
            redis.start();
        }
        // The server came back empty (no persistence here): the API serves new sessions at once.
        String fresh = ApiState.newSession("en");
        given().get("/api/sessions/" + fresh + "/status").then().statusCode(200);
    }
}
