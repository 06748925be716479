package dev.hera.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both services start from their jars as separate processes and are ready on one Redis. */
class SystemStartsTest {

    static HeraSystem system;

    @BeforeAll
    static void start() {
        system = new HeraSystem(Map.of()).start();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void bothServicesAreReadyAndTheApiAnswers() {
        given().baseUri(system.api().baseUrl()).get("/api/health").then().statusCode(200).body("status", equalTo("ok"));
        given().baseUri(system.agent().baseUrl()).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(system.api().baseUrl()).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
