package dev.hera.api.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.api.testing.ApiState;
import dev.hera.api.testing.TestImages;
import dev.hera.api.testing.TestProfiles;
import dev.hera.model.ConversationEntry;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3Server;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Creating a session, reading its status, forgetting it. */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class SessionResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    SessionStore store;

    RedisServer redis;
    S3Server s3;

    @Test
    void createAnswers200WithTheSessionAndItsLocation() {
        var created = given().contentType(ContentType.JSON).body("{\"locale\":\"en\"}")
                .post("/api/sessions")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("session_id", matchesPattern(UUID))
                .body("created_at", instanceOf(String.class))
                .body("status", equalTo("created"))
                .body("locale", equalTo("en"))
                .extract();
        String id = created.path("session_id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/api/sessions/" + id));
        assertEquals("en", store.meta(id).await().atMost(WAIT).locale());
        assertEquals(created.path("created_at").toString(), store.meta(id).await().atMost(WAIT).createdAt().toString(),
                "the stored creation time, not a fresh one");
    }

    @Test
    void createWithoutABodyDefaultsToJapanese() {
        String id = given().post("/api/sessions").then().statusCode(200).body("locale", equalTo("ja"))
                .extract().path("session_id");
        assertEquals("ja", store.meta(id).await().atMost(WAIT).locale());
        given().contentType(ContentType.JSON).body("{}").post("/api/sessions").then().statusCode(200)
                .body("locale", equalTo("ja"));
        given().contentType(ContentType.JSON).body("{\"locale\":null,\"unknown\":[1,2]}").post("/api/sessions")
                .then().statusCode(200).body("locale", equalTo("ja"));
        given().contentType(ContentType.JSON).body("{\"locale\":\"\"}").post("/api/sessions")
                .then().statusCode(200).body("locale", equalTo("ja"));
        given().contentType(ContentType.JSON).body("{\"locale\":\"en-US\"}").post("/api/sessions")
                .then().statusCode(200).body("locale", equalTo("en"));
    }

    @Test
    void createRefusesMalformedJsonUnknownLocalesAndWrongTypes() {
        String before = ApiState.sessionKeyCount(redis);
        given().contentType(ContentType.JSON).body("{\"locale\":").post("/api/sessions")
                .then().statusCode(400).contentType(ContentType.JSON).body("code", equalTo("INVALID_JSON"))
                .body("error", notNullValue()).body("status", equalTo("error"));
        given().contentType(ContentType.JSON).body("{\"locale\":\"fr\"}").post("/api/sessions")
                .then().statusCode(400).body("code", equalTo("INVALID_LOCALE"));
        given().contentType(ContentType.JSON).body("{\"locale\":5}").post("/api/sessions")
                .then().statusCode(400).body("code", equalTo("INVALID_FIELD"));
        given().contentType(ContentType.JSON).body("[]").post("/api/sessions")
                .then().statusCode(400).body("code", equalTo("INVALID_FIELD"));
        given().contentType(ContentType.TEXT).body("locale=en").post("/api/sessions")
                .then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        assertEquals(before, ApiState.sessionKeyCount(redis), "no session was created");
    }

    @Test
    void errorsWithoutASessionSpeakTheClientsLanguage() {
        given().header("Accept-Language", "en-US,en;q=0.9").contentType(ContentType.JSON).body("{\"locale\":\"fr\"}")
                .post("/api/sessions").then().statusCode(400).body("error", equalTo("The language must be ja or en."));
        given().contentType(ContentType.JSON).body("{\"locale\":\"fr\"}")
                .post("/api/sessions").then().statusCode(400).body("error", containsString("ja または en"));
    }

    @Test
    void statusAnswersTheStoredProfileWithCategoryAndFieldProgress() {
        String id = ApiState.newSession("ja");
        store.writeDocument(id, SessionKey.USER_PROFILE, TestProfiles.ageAndLocation()).await().atMost(WAIT);
        store.append(id, SessionKey.CONVERSATION_HISTORY, List.of(
                new ConversationEntry("user", "30歳です", java.time.Instant.parse("2026-01-01T00:00:00Z")),
                new ConversationEntry("hera", "ありがとう", java.time.Instant.parse("2026-01-01T00:00:01Z"))))
                .await().atMost(WAIT);
        String updatedAt = store.readHash(id, SessionKey.META).await().atMost(WAIT).get("updated_at");

        given().contentType(ContentType.JSON).get("/api/sessions/" + id + "/status")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("user_profile.age", equalTo(30))
                .body("user_profile.location", equalTo("大阪"))
                .body("user_profile", is(Map.of("age", 30, "location", "大阪")))
                .body("conversation_history.speaker", equalTo(List.of("hera", "user", "hera")))
                .body("conversation_history[0].message", equalTo("ようこそ"))
                .body("conversation_history[1].message", equalTo("30歳です"))
                .body("conversation_history[1].timestamp", equalTo("2026-01-01T00:00:00Z"))
                .body("information_progress.basic_info", is(Map.of("collected", 2, "total", 4)))
                .body("information_progress.relationship", is(Map.of("collected", 0, "total", 3)))
                .body("information_progress.personality", is(Map.of("collected", 0, "total", 1)))
                .body("information_progress.children_info", is(Map.of("collected", 0, "total", 1)))
                .body("information_progress.size()", equalTo(4))
                .body("field_progress.age", equalTo(true))
                .body("field_progress.gender", equalTo(false))
                .body("field_progress.location", equalTo(true))
                .body("field_progress.size()", equalTo(8))
                .body("missing_fields", hasItems("gender", "relationship_status", "income_range"))
                .body("missing_fields", everyItem(instanceOf(String.class)))
                .body("missing_fields.size()", equalTo(6))
                .body("profile_complete", equalTo(false))
                .body("locale", equalTo("ja"))
                .body("phase", equalTo("interview"));

        assertEquals(updatedAt, store.readHash(id, SessionKey.META).await().atMost(WAIT).get("updated_at"),
                "reading the status writes nothing");
    }

    @Test
    void statusOfACompleteProfileSaysSo() {
        String id = ApiState.newSession("en");
        store.writeDocument(id, SessionKey.USER_PROFILE, TestProfiles.complete()).await().atMost(WAIT);
        given().get("/api/sessions/" + id + "/status").then().statusCode(200)
                .body("profile_complete", equalTo(true))
                .body("missing_fields", equalTo(List.of()))
                .body("information_progress.relationship", is(Map.of("collected", 3, "total", 3)))
                .body("field_progress.ideal_partner", equalTo(true))
                .body("locale", equalTo("en"));
    }

    @Test
    void statusRefusesMalformedIdsAndUnknownSessions() {
        given().get("/api/sessions/not-a-uuid/status").then().statusCode(400).contentType(ContentType.JSON)
                .body("code", equalTo("INVALID_SESSION_ID")).body("status", equalTo("error"));
        given().get("/api/sessions/" + java.util.UUID.randomUUID().toString().toUpperCase() + "/status")
                .then().statusCode(400).body("code", equalTo("INVALID_SESSION_ID"));
        given().get("/api/sessions/" + java.util.UUID.randomUUID() + "/status").then().statusCode(404)
                .contentType(ContentType.JSON).body("code", equalTo("SESSION_NOT_FOUND"));
    }

    @Test
    void deleteForgetsEveryKeyAndEveryImage() {
        String id = ApiState.newSession("ja");
        String other = ApiState.newSession("ja");
        store.writeDocument(id, SessionKey.USER_PROFILE, TestProfiles.complete()).await().atMost(WAIT);
        given().multiPart("file", "me.png", TestImages.png()).post("/api/sessions/" + id + "/photos/user")
                .then().statusCode(200);
        given().multiPart("file", "me.png", TestImages.png()).post("/api/sessions/" + other + "/photos/user")
                .then().statusCode(200);

        given().delete("/api/sessions/" + id).then().statusCode(200).contentType(ContentType.JSON)
                .body("session_id", equalTo(id))
                .body("deleted", equalTo(true))
                .body("images_deleted", equalTo(1));

        assertFalse(store.exists(id).await().atMost(WAIT));
        assertEquals(":0", redis.command("EXISTS", "session:" + id + ":user_profile"));
        assertEquals(List.of(), s3.keys(S3ServerResource.BUCKET, "sessions/" + id + "/"));
        assertEquals(1, s3.keys(S3ServerResource.BUCKET, "sessions/" + other + "/").size(), "the other session keeps its photo");
        given().get("/api/sessions/" + id + "/status").then().statusCode(404);
        given().delete("/api/sessions/" + id).then().statusCode(404).body("code", equalTo("SESSION_NOT_FOUND"));
    }

    @Test
    void deleteRefusesMalformedIdsAndUnknownSessions() {
        given().delete("/api/sessions/..").then().statusCode(404).contentType(ContentType.JSON);
        given().delete("/api/sessions/1234").then().statusCode(400).body("code", equalTo("INVALID_SESSION_ID"));
        given().delete("/api/sessions/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("SESSION_NOT_FOUND"));
    }
}
