package dev.hera.api.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.hera.testing.ReadinessContract;
import dev.hera.testing.RedisServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RedisServerResource.class)
class HealthTest extends ReadinessContract {

    @Test
    void referenceHealthEndpointAnswersOk() {
        given().get("/api/health").then().statusCode(200).body("status", equalTo("ok"));
    }
}
