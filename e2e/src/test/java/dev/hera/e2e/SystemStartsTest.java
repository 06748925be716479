package dev.hera.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

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
        given().baseUri(system.agent().managementUrl()).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(system.api().managementUrl()).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void managementEndpointsAreServedOnTheManagementPortOnly() {
        for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
            given().baseUri(system.api().managementUrl()).get(path).then().statusCode(200);
            given().baseUri(system.api().baseUrl()).get(path).then().statusCode(404).contentType(ContentType.JSON)
                    .body("code", equalTo("NOT_FOUND"));
        }
        for (String path : List.of("/q/health/ready", "/q/metrics")) {
            given().baseUri(system.agent().managementUrl()).get(path).then().statusCode(200);
            given().baseUri(system.agent().baseUrl()).get(path).then().statusCode(404);
        }
    }
}
