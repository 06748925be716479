package dev.hera.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * No agent runs yet, only backend-api, with a 2 s deadline: a client that waits for the answer gets
 * 504 naming its turn, the same client allowing an answer without the result ({@code Prefer:
 * respond-async}) gets 202 with the same turn (same Idempotency-Key), and the agent that starts
 * later answers the message exactly once.
 */
class AgentAbsentFaultsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(2);

    static HeraSystem system;
    static HeraApi hera;

    @BeforeAll
    static void start() {
        system = new HeraSystem(Map.of("HERA_API_TURN_DEADLINE", DEADLINE.toSeconds() + "S",
                "HERA_API_TURN_WAIT_LIMIT", DEADLINE.toSeconds() + "S")).startWithoutAgent();
        hera = new HeraApi(system.api());
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void aMessageSentBeforeAnyAgentRunsIsAnsweredOnceWhenOneStarts() {
        String id = hera.newSession("ja");
        String message = HeraApi.JAPANESE_INTERVIEW.get(0);

        long started = System.nanoTime();
        JsonPath timedOut = send(id, message, null).then().statusCode(504).contentType(ContentType.JSON)
                .body("code", equalTo("TURN_TIMEOUT"))
                .body("error", equalTo("応答に時間がかかっています。少し待ってから、同じ内容をもう一度送ってください。"))
                .extract().jsonPath();
        String turn = timedOut.getString("turn_id");
        assertEquals(HeraApi.path(id) + "/turns/" + turn, timedOut.getString("poll_url"));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(DEADLINE) >= 0, "the API waited its deadline");
        // The client's retry, now allowing an answer without the result: the same turn, accepted.
        send(id, message, "respond-async").then().statusCode(202).body("status", equalTo("accepted"))
                .header("Preference-Applied", "respond-async")
                .body("turn_id", equalTo(turn));
        hera.request().get(HeraApi.path(id) + "/turns/" + turn).then().statusCode(200).body("status", equalTo("PENDING"));

        system.restartAgent();

        JsonPath answered = hera.awaitTurn(id, turn);
        assertEquals("DONE", answered.getString("status"));
        assertEquals(32, answered.getInt("answer.user_profile.age"), "the answer is the message's");
        HeraApi.assertAnsweredOnceInOrder(hera.awaitHistory(id, 3), List.of(message));
    }

    private static Response send(String id, String message, String prefer) {
        var request = hera.request().header("Idempotency-Key", "first-words");
        if (prefer != null) {
            request = request.header("Prefer", prefer);
        }
        return request.body(Map.of("message", message))
                .post(HeraApi.path(id) + "/messages");
    }
}
