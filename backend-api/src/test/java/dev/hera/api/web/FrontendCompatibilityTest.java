package dev.hera.api.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.api.testing.TestProfiles;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The reference frontend's exact requests, as a browser sends them (reference §2.13, issue 3): a
 * CORS preflight before every call, {@code Content-Type: application/json} on every call including
 * GETs and body-less POSTs, and progress read by category (D52).
 */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class FrontendCompatibilityTest {

    private static final String ORIGIN = "http://localhost:3000";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SessionStore store;

    @Test
    void preflightsFromTheFrontendAreAllowed() {
        for (String method : new String[] { "POST", "GET", "DELETE", "PUT" }) {
            given().header("Origin", ORIGIN)
                    .header("Access-Control-Request-Method", method)
                    .header("Access-Control-Request-Headers", "content-type")
                    .options("/api/sessions")
                    .then().statusCode(lessThan(300))
                    .header("Access-Control-Allow-Origin", ORIGIN)
                    .header("Access-Control-Allow-Methods", containsStringIgnoringCase(method))
                    .header("Access-Control-Allow-Headers", containsStringIgnoringCase("content-type"));
        }
        given().header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization,idempotency-key,prefer")
                .options("/api/sessions/" + java.util.UUID.randomUUID() + "/messages")
                .then().statusCode(lessThan(300))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("authorization"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("idempotency-key"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("prefer"));
    }

    @Test
    void theFrontendsCallsWorkWithEmptyJsonBodiesAndJsonOnGets() {
        String id = given().header("Origin", ORIGIN).contentType(ContentType.JSON).body("")
                .post("/api/sessions")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ORIGIN)
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("location"))
                .body("session_id", matchesPattern("[0-9a-f-]{36}"))
                .body("status", equalTo("created"))
                .extract().path("session_id");

        given().header("Origin", ORIGIN).contentType(ContentType.JSON)
                .get("/api/sessions/" + id + "/status")
                .then().statusCode(200).header("Access-Control-Allow-Origin", ORIGIN)
                .body("profile_complete", equalTo(false));

        given().header("Origin", ORIGIN).contentType(ContentType.JSON)
                .get("/api/sessions/" + id + "/family/status")
                .then().statusCode(200).body("conversation_complete", equalTo(false));

        given().header("Origin", ORIGIN).contentType(ContentType.JSON).body("")
                .post("/api/sessions/" + id + "/complete")
                .then().statusCode(400).header("Access-Control-Allow-Origin", ORIGIN)
                .body("error", equalTo("必須項目が未入力のため、完了できません。"));
    }

    @Test
    void progressComesInTheFrontendsCategories() {
        String id = given().contentType(ContentType.JSON).body("").post("/api/sessions").then().statusCode(200)
                .extract().path("session_id");
        store.writeDocument(id, SessionKey.USER_PROFILE, TestProfiles.withoutPartnerLooks()).await().atMost(WAIT);

        given().contentType(ContentType.JSON).get("/api/sessions/" + id + "/status")
                .then().statusCode(200)
                .body("information_progress", is(Map.of(
                        "basic_info", Map.of("collected", 4, "total", 4),
                        "relationship", Map.of("collected", 1, "total", 3),
                        "personality", Map.of("collected", 1, "total", 1),
                        "children_info", Map.of("collected", 1, "total", 1))))
                .body("field_progress.partner_face_description", equalTo(false))
                .body("field_progress.ideal_partner", equalTo(false));
    }
}
