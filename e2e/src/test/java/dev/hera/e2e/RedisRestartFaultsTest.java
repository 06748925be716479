package dev.hera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.hera.testing.ModelStub;
import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisUsers;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Redis dies (kill -9) while the agent is answering a message, and comes back with its append-only
 * file: meanwhile the API answers 503 with a JSON error and both services report themselves not
 * ready; afterwards they recover without a restart, nothing accepted before is lost, the message in
 * flight is answered once, and the conversation goes on.
 */
class RedisRestartFaultsTest {

    static ModelStub model;
    static HeraSystem system;
    static HeraApi hera;

    @BeforeAll
    static void start() {
        // Off-schema answers, so the offline engine replies and extracts; the stub only sets the pace.
        model = ModelStub.start().answer("{}");
        system = new HeraSystem(RedisServer.startDurableOnFreePort(RedisUsers.serverArgs()), Map.of(
                "HERA_WORK_RECLAIM_AFTER", "2S",
                "HERA_WORK_LEASE", "3S")).withModel(model).start();
        hera = new HeraApi(system.api()).respondingAsync();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void aConversationGoesOnAfterRedisRestartsWithNothingLost() {
        String id = hera.newSession("ja");
        List<String> interview = HeraApi.JAPANESE_INTERVIEW;
        interview.subList(0, 3).forEach(message -> hera.say(id, message).then().statusCode(200));
        JsonPath told = hera.status(id);

        model.delay(Duration.ofSeconds(3));
        CompletableFuture<Response> inFlight = CompletableFuture.supplyAsync(() -> hera.say(id, interview.get(3)));
        Eventually.await("the agent answering", HeraApi.ANSWER_WAIT, () -> system.agent().metric("hera_turns_in_flight"), n -> n > 0);
        system.redis().kill();
        HeraApi.assertUnavailable(hera.request().get(HeraApi.path(id) + "/status"));
        HeraApi.assertUnavailable(hera.say(id, "この言葉は Redis が止まっている間に送られました。"));
        system.api().awaitReadiness(false);
        system.agent().awaitReadiness(false);

        system.redis().start();
        system.api().awaitReadiness(true);
        system.agent().awaitReadiness(true);

        JsonPath kept = hera.status(id);
        List<Object> history = told.getList("conversation_history");
        assertEquals(history, kept.getList("conversation_history").stream().limit(history.size()).toList(),
                "the history is intact");
        told.getMap("user_profile").forEach((field, value) ->
                assertEquals(value, kept.getMap("user_profile").get(field), "the profile's " + field + " is intact"));

        Response answer = inFlight.join();
        assertTrue(answer.statusCode() == 200 || answer.statusCode() == 202, "the message in flight was accepted: "
                + answer.statusCode());
        assertEquals("DONE", hera.awaitTurn(id, answer.path("turn_id")).getString("status"));
        model.delay(Duration.ZERO);

        JsonPath next = hera.say(id, interview.get(4)).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("みお", "そうま"), next.getList("user_profile.children_info.name"), "the conversation goes on");
        assertEquals("けんた", next.getString("user_profile.ideal_partner.name"), "the message in flight counts");
        assertEquals(32, next.getInt("user_profile.age"), "and what was said before Redis died");
        HeraApi.assertAnsweredOnceInOrder(hera.status(id).getList("conversation_history"), interview);
    }
}
