package dev.hera.api.interview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.api.testing.ApiState;
import dev.hera.model.ConversationEntry;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Interview messages through the work queue, answered by the test agent (the real one is tested in e2e). */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class InterviewResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SessionStore store;

    @Test
    void aMessageIsAnsweredWithTheReferenceShape() {
        String id = ApiState.newSession("ja");
        send(id, "32歳の女性です", null).statusCode(200).contentType(ContentType.JSON)
                .body("reply", equalTo("re: 32歳の女性です"))
                .body("conversation_history.speaker", equalTo(List.of("hera", "user", "hera")))
                .body("conversation_history[1].message", equalTo("32歳の女性です"))
                .body("user_profile", equalTo(Map.of()))
                .body("information_progress.basic_info.total", equalTo(4))
                .body("field_progress.age", equalTo(false))
                .body("missing_fields", hasSize(8))
                .body("profile_complete", equalTo(false))
                .body("session_status", equalTo("INCOMPLETE"))
                .body("completion_message", equalTo(null))
                .body("last_extracted_fields", equalTo(Map.of()))
                .body("turn_id", notNullValue());
    }

    @Test
    void theSameMessageSentThreeTimesWithOneIdempotencyKeyIsOneTurn() {
        String id = ApiState.newSession("ja");
        String first = send(id, "こんにちは", "retry-1").statusCode(200).extract().path("turn_id");
        String second = send(id, "こんにちは", "retry-1").statusCode(200).extract().path("turn_id");
        String third = send(id, "こんにちは", "retry-1").statusCode(200).extract().path("turn_id");

        assertEquals(first, second);
        assertEquals(first, third);
        List<ConversationEntry> history = store.readLog(id, SessionKey.CONVERSATION_HISTORY, ConversationEntry.class)
                .await().atMost(WAIT);
        assertEquals(List.of("hera", "user", "hera"), history.stream().map(ConversationEntry::speaker).toList(),
                "one user entry and one reply after the greeting");
    }

    @Test
    void reusingAnIdempotencyKeyForAnotherMessageIsRefused() {
        String id = ApiState.newSession("en");
        send(id, "hello", "key-A").statusCode(200);
        send(id, "something else", "key-A").statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void aClientThatAllowsItGets202PastTheDeadlineAndFetchesTheTurnLater() throws Exception {
        String id = ApiState.newSession("ja");
        ValidatableResponse accepted = send(id, "slow:3500 ゆっくり", null, "respond-async").statusCode(202)
                .header("Preference-Applied", "respond-async")
                .body("status", equalTo("accepted"));
        String turnId = accepted.extract().path("turn_id");
        String pollUrl = accepted.extract().path("poll_url");
        assertEquals("/api/sessions/" + id + "/turns/" + turnId, pollUrl);
        assertEquals(pollUrl, accepted.extract().header("Location"));

        given().get(pollUrl).then().statusCode(200).body("status", equalTo("PENDING")).body("answer", equalTo(null));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!"DONE".equals(given().get(pollUrl).then().extract().path("status")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        given().get(pollUrl).then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("kind", equalTo("INTERVIEW_MESSAGE"))
                .body("answer.reply", equalTo("re: slow:3500 ゆっくり"))
                .body("answer.conversation_history.speaker", equalTo(List.of("hera", "user", "hera")));
    }

    @Test
    void anyOtherClientWaitsLongerThenGets504NamingTheTurnAndItsRetryGetsTheAnswer() {
        String id = ApiState.newSession("en");
        long started = System.nanoTime();
        String turnId = send(id, "slow:4500 take your time", "slow-1", "wait=1, handling=lenient").statusCode(504)
                .contentType(ContentType.JSON)
                .body("code", equalTo("TURN_TIMEOUT"))
                .body("error", equalTo("Hera is taking longer than usual to answer. Please send the same request again in a moment."))
                .body("poll_url", startsWith("/api/sessions/" + id + "/turns/"))
                .extract().path("turn_id");
        assertTrue(System.nanoTime() - started >= Duration.ofSeconds(3).toNanos(), "it waited the longer limit, not the 2 s deadline");

        send(id, "slow:4500 take your time", "slow-1", null).statusCode(200)
                .body("turn_id", equalTo(turnId))
                .body("reply", equalTo("re: slow:4500 take your time"))
                .body("conversation_history.speaker", equalTo(List.of("hera", "user", "hera")));
    }

    @Test
    void aFailedTurnAnswersTheAgentsErrorAndKeepsTheHistoryUntouched() {
        String id = ApiState.newSession("en");
        send(id, "fail", null).statusCode(502).body("code", equalTo("TURN_FAILED"))
                .body("error", equalTo("Sorry, something went wrong while answering. Please try again."));
        given().get("/api/sessions/" + id + "/status").then().body("conversation_history.speaker", equalTo(List.of("hera")));
    }

    @Test
    void twentyMessagesSentAtOnceAreAllAnsweredInOrderOfArrival() {
        String id = ApiState.newSession("ja");
        List<CompletableFuture<Integer>> sends = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String text = "message " + i;
            sends.add(CompletableFuture.supplyAsync(() -> send(id, text, null).extract().statusCode()));
        }
        sends.forEach(s -> assertEquals(200, s.join()));
        List<ConversationEntry> history = store.readLog(id, SessionKey.CONVERSATION_HISTORY, ConversationEntry.class)
                .await().atMost(WAIT);
        assertEquals(41, history.size(), "the greeting, 20 messages and 20 replies");
        for (int i = 1; i < history.size(); i += 2) {
            assertEquals("user", history.get(i).speaker());
            assertEquals("re: " + history.get(i).message(), history.get(i + 1).message(), "each reply follows its message");
        }
    }

    @Test
    void invalidMessagesAreRefusedWithoutQueueingAnything() {
        String id = ApiState.newSession("ja");
        String keys = ApiState.sessionKeyCount(redisOf());
        given().contentType(ContentType.JSON).body("{}").post("/api/sessions/" + id + "/messages")
                .then().statusCode(400).body("code", equalTo("MESSAGE_REQUIRED"));
        given().contentType(ContentType.JSON).body(Map.of("message", "   ")).post("/api/sessions/" + id + "/messages")
                .then().statusCode(400).body("code", equalTo("MESSAGE_REQUIRED"));
        given().contentType(ContentType.JSON).body(Map.of("message", 42)).post("/api/sessions/" + id + "/messages")
                .then().statusCode(400).body("code", equalTo("INVALID_FIELD"));
        given().contentType(ContentType.JSON).body(Map.of("message", "あ".repeat(2001))).post("/api/sessions/" + id + "/messages")
                .then().statusCode(422).body("code", equalTo("MESSAGE_TOO_LONG"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "bad key with spaces")
                .body(Map.of("message", "hi")).post("/api/sessions/" + id + "/messages")
                .then().statusCode(400).body("code", equalTo("INVALID_FIELD"));
        assertEquals(keys, ApiState.sessionKeyCount(redisOf()));
        given().get("/api/sessions/" + id + "/status").then().body("conversation_history", hasSize(1));
    }

    RedisServer redis;

    private RedisServer redisOf() {
        return redis;
    }

    private static ValidatableResponse send(String id, String message, String idempotencyKey) {
        return send(id, message, idempotencyKey, null);
    }

    private static ValidatableResponse send(String id, String message, String idempotencyKey, String prefer) {
        var request = given().contentType(ContentType.JSON).body(Map.of("message", message));
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        if (prefer != null) {
            request = request.header("Prefer", prefer);
        }
        return request.post("/api/sessions/" + id + "/messages").then();
    }
}
