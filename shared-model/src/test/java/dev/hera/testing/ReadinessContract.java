package dev.hera.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What both services promise an orchestrator: startup, liveness, and readiness that includes Redis.
 * Each service's {@code HealthTest} extends this inside its own {@code @QuarkusTest}; the
 * Kubernetes and Compose probes are checked against these paths ({@code DeploymentManifestsTest}).
 */
public abstract class ReadinessContract {

    public static final String STARTED = "/q/health/started";
    public static final String LIVE = "/q/health/live";
    public static final String READY = "/q/health/ready";

    protected RedisServer redis;

    @Test
    void startupLivenessAndReadinessAreUpWithRedisChecked() {
        given().get(STARTED).then().statusCode(200).body("status", equalTo("UP"));
        given().get(LIVE).then().statusCode(200).body("status", equalTo("UP"));
        given().get(READY).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsStringIgnoringCase("redis")));
    }

    @Test
    void readinessGoesDownWhileRedisIsDownAndRecovers() {
        redis.kill();
        try {
            given().get(READY).then().statusCode(503).body("status", equalTo("DOWN"));
            given().get(LIVE).then().statusCode(200);
        } finally {
            redis.start();
        }
        given().get(READY).then().statusCode(200).body("status", equalTo("UP"));
    }
}
