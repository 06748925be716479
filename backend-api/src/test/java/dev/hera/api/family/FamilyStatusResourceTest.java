package dev.hera.api.family;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.api.testing.ApiState;
import dev.hera.model.BigFive;
import dev.hera.model.ChildGender;
import dev.hera.model.ConversationEntry;
import dev.hera.model.FamilyPlan;
import dev.hera.model.FamilyState;
import dev.hera.model.Persona;
import dev.hera.model.TripInfo;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The family status: what is stored, read once, never written (D16). */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class FamilyStatusResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant AT = Instant.parse("2026-02-03T04:05:06Z");

    @Inject
    SessionStore store;

    RedisServer redis;

    @Test
    void aNewSessionHasAnEmptyFamily() {
        String id = ApiState.newSession("ja");
        given().contentType(ContentType.JSON).get("/api/sessions/" + id + "/family/status")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("conversation_history", equalTo(List.of()))
                .body("family_trip_info", is(Map.of()))
                .body("conversation_complete", equalTo(false))
                .body("family_plan", nullValue())
                .body("$", org.hamcrest.Matchers.hasKey("family_plan"))
                .body("personas", equalTo(List.of()));
    }

    @Test
    void theStoredFamilyIsAnsweredAsStored() {
        String id = ApiState.newSession("ja");
        store.append(id, SessionKey.FAMILY_CONVERSATION, List.of(new ConversationEntry("user", "旅行に行こう", AT),
                new ConversationEntry("妻", "いいね、京都はどう？", AT))).await().atMost(WAIT);
        store.writeDocument(id, SessionKey.FAMILY_TRIP_INFO, new TripInfo("京都", List.of("お寺巡り")))
                .await().atMost(WAIT);
        store.writeDocument(id, SessionKey.PERSONAS, List.of(new Persona("p1", "妻", "花子", Persona.PARTNER, 31, null,
                new BigFive(0.6, 0.5, 0.4, 0.7, 0.3), "やさしく", List.of("穏やか"), "料理が好き"),
                new Persona("c1", "長女", "さくら", Persona.CHILD, 5, ChildGender.GIRL, null, null, null, null)))
                .await().atMost(WAIT);
        store.writeDocument(id, SessionKey.FAMILY_STATE, new FamilyState(true, true, true, "京都", List.of("お寺巡り")))
                .await().atMost(WAIT);
        store.writeDocument(id, SessionKey.FAMILY_PLAN, new FamilyPlan("京都", List.of("お寺巡り"), "物語", "手紙",
                List.of(new ConversationEntry("user", "旅行に行こう", AT)))).await().atMost(WAIT);
        String updatedAt = store.readHash(id, SessionKey.META).await().atMost(WAIT).get("updated_at");

        given().get("/api/sessions/" + id + "/family/status")
                .then().statusCode(200)
                .body("conversation_history.speaker", equalTo(List.of("user", "妻")))
                .body("conversation_history[1].message", equalTo("いいね、京都はどう？"))
                .body("conversation_history[1].timestamp", equalTo("2026-02-03T04:05:06Z"))
                .body("family_trip_info", is(Map.of("destination", "京都", "activities", List.of("お寺巡り"))))
                .body("conversation_complete", equalTo(true))
                .body("family_plan.destination", equalTo("京都"))
                .body("family_plan.story", equalTo("物語"))
                .body("family_plan.letter", equalTo("手紙"))
                .body("family_plan.conversation_log.size()", equalTo(1))
                .body("personas.role", equalTo(List.of("妻", "長女")))
                .body("personas[0].speaking_style", equalTo("やさしく"))
                .body("personas[1].gender", equalTo("女"));

        assertEquals(updatedAt, store.readHash(id, SessionKey.META).await().atMost(WAIT).get("updated_at"),
                "reading the family status writes nothing");
    }

    @Test
    void anUnknownSessionIs404AndStaysUnknown() {
        String unknown = java.util.UUID.randomUUID().toString();
        String before = ApiState.sessionKeyCount(redis);
        given().get("/api/sessions/" + unknown + "/family/status").then().statusCode(404)
                .contentType(ContentType.JSON).body("code", equalTo("SESSION_NOT_FOUND"));
        given().get("/api/sessions/" + unknown + "/family/status").then().statusCode(404);
        assertEquals(before, ApiState.sessionKeyCount(redis));
        assertEquals(":0", redis.command("EXISTS", "session:" + unknown + ":_meta"));
        given().get("/api/sessions/" + unknown + "/status").then().statusCode(404);
    }

    @Test
    void aMalformedIdIs400() {
        given().urlEncodingEnabled(false).get("/api/sessions/%2e%2e%2fetc/family/status").then().statusCode(400)
                .body("code", equalTo("INVALID_SESSION_ID"));
    }
}
