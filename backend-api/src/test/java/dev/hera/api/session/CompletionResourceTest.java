package dev.hera.api.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.api.testing.ApiState;
import dev.hera.api.testing.TestProfiles;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Completing the interview, on its refusing paths. (Its success path hands the work to the agent
 * queue, which these tests do not run.)
 */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class CompletionResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SessionStore store;

    RedisServer redis;

    @Test
    void anIncompleteProfileIsRefusedWithWhatIsMissingInJapanese() {
        String id = ApiState.newSession("ja");
        store.writeDocument(id, SessionKey.USER_PROFILE, TestProfiles.ageAndLocation()).await().atMost(WAIT);

        given().contentType(ContentType.JSON).body("").post("/api/sessions/" + id + "/complete")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", equalTo("PROFILE_INCOMPLETE"))
                .body("status", equalTo("error"))
                .body("error", equalTo("必須項目が未入力のため、完了できません。"))
                .body("user_profile", is(Map.of("age", 30, "location", "大阪")))
                .body("conversation_history.message", equalTo(List.of("ようこそ")))
                .body("information_progress.basic_info", is(Map.of("collected", 2, "total", 4)))
                .body("missing_fields", equalTo(List.of("gender", "relationship_status", "income_range",
                        "user_personality_traits", "partner_face_description", "children_info")))
                .body("missing_field_labels", equalTo(List.of("性別", "交際状況", "年収",
                        "ユーザー性格（ビッグファイブの5つ中2つ以上）", "パートナーの外見", "子供情報（性別と名前が必須）")))
                .body("missing_field_details", hasItem("user_personality_traits.openness"))
                .body("missing_field_details", hasItem("children_info"))
                .body("error_detail", startsWith("不足している項目: 性別, 交際状況"))
                .body("information_complete", equalTo(false));
    }

    @Test
    void anEnglishSessionGetsEnglishLabels() {
        String id = ApiState.newSession("en");
        store.writeDocument(id, SessionKey.USER_PROFILE, TestProfiles.withoutChildren()).await().atMost(WAIT);

        given().contentType(ContentType.JSON).post("/api/sessions/" + id + "/complete")
                .then().statusCode(400)
                .body("error", equalTo("Some required information is still missing."))
                .body("missing_fields", equalTo(List.of("children_info")))
                .body("missing_field_labels", equalTo(List.of("Children (gender and name required)")))
                .body("error_detail", equalTo("Still missing: Children (gender and name required)"))
                .body("information_progress.children_info", is(Map.of("collected", 0, "total", 1)));
    }

    @Test
    void aSessionWithNoProfileYetMissesEverything() {
        String id = ApiState.newSession("ja");
        String before = ApiState.sessionKeyCount(redis);
        given().post("/api/sessions/" + id + "/complete").then().statusCode(400)
                .body("missing_fields.size()", equalTo(8))
                .body("user_profile", is(Map.of()));
        assertEquals(before, ApiState.sessionKeyCount(redis), "a refused completion writes nothing");
    }

    @Test
    void malformedIdsUnknownSessionsAndGarbageBodiesAreRefused() {
        given().post("/api/sessions/x/complete").then().statusCode(400).body("code", equalTo("INVALID_SESSION_ID"));
        given().contentType(ContentType.JSON).post("/api/sessions/" + java.util.UUID.randomUUID() + "/complete")
                .then().statusCode(404).body("code", equalTo("SESSION_NOT_FOUND"));
        String id = ApiState.newSession("en");
        store.writeDocument(id, SessionKey.USER_PROFILE, TestProfiles.complete()).await().atMost(WAIT);
        given().contentType(ContentType.JSON).body("{oops").post("/api/sessions/" + id + "/complete")
                .then().statusCode(400).body("code", equalTo("INVALID_JSON"))
                .body("error", equalTo("The request body could not be read. Please send valid JSON."));
    }
}
