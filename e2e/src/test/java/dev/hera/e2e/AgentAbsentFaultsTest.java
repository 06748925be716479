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

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * No agent runs yet, only backend-api: a message is accepted (202 with its turn) once the turn
 * deadline has passed, a retry with the same Idempotency-Key finds the same turn, and the agent that
 * starts later answers the message exactly once.
 */
class AgentAbsentFaultsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(2);

    static HeraSystem system;
    static HeraApi hera;

    @BeforeAll
    static void start() {
        system = new HeraSystem(Map.of("HERA_API_TURN_DEADLINE", DEADLINE.toSeconds() + "S")).startWithoutAgent();
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
        String turn = send(id, message).then().statusCode(202).body("status", equalTo("accepted"))
                .extract().path("turn_id");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(DEADLINE) >= 0, "the API waited its deadline");
        send(id, message).then().statusCode(202).body("turn_id", equalTo(turn)); // the client's retry: the same turn
        hera.request().get(HeraApi.path(id) + "/turns/" + turn).then().statusCode(200).body("status", equalTo("PENDING"));

        system.restartAgent();

        JsonPath answered = hera.awaitTurn(id, turn);
        assertEquals("DONE", answered.getString("status"));
        assertEquals(32, answered.getInt("answer.user_profile.age"), "the answer is the message's");
        HeraApi.assertAnsweredOnceInOrder(hera.awaitHistory(id, 3), List.of(message));
    }

    private static Response send(String id, String message) {
        return hera.request().header("Idempotency-Key", "first-words").body(Map.of("message", message))
                .post(HeraApi.path(id) + "/messages");
    }
}
