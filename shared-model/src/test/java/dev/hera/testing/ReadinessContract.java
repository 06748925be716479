package dev.hera.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What both services promise an orchestrator: liveness, and readiness that includes Redis.
 * Each service's {@code HealthTest} extends this inside its own {@code @QuarkusTest}.
 */
public abstract class ReadinessContract {

    protected RedisServer redis;

    @Test
    void livenessAndReadinessAreUpWithRedisChecked() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsStringIgnoringCase("redis")));
    }

    @Test
    void readinessGoesDownWhileRedisIsDownAndRecovers() {
        redis.kill();
        try {
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            redis.start();
        }
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
