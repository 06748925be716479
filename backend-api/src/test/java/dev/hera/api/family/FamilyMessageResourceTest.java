package dev.hera.api.family;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.api.testing.ApiState;
import dev.hera.api.testing.TestProfiles;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Family messages through the work queue, answered by the test agent. */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class FamilyMessageResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SessionStore store;

    @Test
    void aFamilyMessageIsAnsweredWithTheReferenceShape() {
        String id = ApiState.newSession("ja");
        store.writeDocument(id, SessionKey.USER_PROFILE, TestProfiles.complete()).await().atMost(WAIT);
        given().contentType(ContentType.JSON).body(Map.of("message", "沖縄に行きたいな"))
                .post("/api/sessions/" + id + "/family/messages")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("reply.speaker", equalTo(List.of("夫")))
                .body("reply[0].message", equalTo("いいね: 沖縄に行きたいな"))
                .body("conversation_history.speaker", equalTo(List.of("user", "夫")))
                .body("conversation_complete", equalTo(false))
                .body("family_plan", equalTo(null))
                .body("turn_id", notNullValue());
    }

    @Test
    void theFamilyWaitsForACompleteInterview() {
        String id = ApiState.newSession("en");
        given().contentType(ContentType.JSON).body(Map.of("message", "hello"))
                .post("/api/sessions/" + id + "/family/messages")
                .then().statusCode(409).body("code", equalTo("FAMILY_NOT_READY"))
                .body("error", equalTo("The family conversation starts once your talk with Hera is complete."));
    }

    @Test
    void badMessagesAndUnknownSessionsAreRefused() {
        String id = ApiState.newSession("ja");
        store.writeDocument(id, SessionKey.USER_PROFILE, TestProfiles.complete()).await().atMost(WAIT);
        given().contentType(ContentType.JSON).body("{\"message\": \"\"}").post("/api/sessions/" + id + "/family/messages")
                .then().statusCode(400).body("code", equalTo("MESSAGE_REQUIRED"));
        given().contentType(ContentType.JSON).body("{\"message\": [1]}").post("/api/sessions/" + id + "/family/messages")
                .then().statusCode(400).body("code", equalTo("INVALID_FIELD"));
        given().contentType(ContentType.JSON).body(Map.of("message", "x".repeat(2001)))
                .post("/api/sessions/" + id + "/family/messages").then().statusCode(422).body("code", equalTo("MESSAGE_TOO_LONG"));
        given().contentType(ContentType.JSON).body(Map.of("message", "hi"))
                .post("/api/sessions/0b9f6a52-3c1e-4d2a-9f3e-7a1b2c3d4e5f/family/messages")
                .then().statusCode(404).body("code", equalTo("SESSION_NOT_FOUND"));
        given().contentType(ContentType.JSON).body(Map.of("message", "hi")).post("/api/sessions/nope/family/messages")
                .then().statusCode(400).body("code", equalTo("INVALID_SESSION_ID"));
    }
}
