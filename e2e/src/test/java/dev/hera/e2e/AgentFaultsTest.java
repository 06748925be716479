package dev.hera.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The agent dies (kill -9) or is absent: the API answers 202 with the turn id, and once an agent
 * runs again every turn is answered exactly once, nothing of the family is lost or redone.
 */
class AgentFaultsTest {

    static HeraSystem system;
    static HeraApi hera;

    @BeforeAll
    static void start() {
        system = new HeraSystem(Map.of(
                "HERA_API_TURN_DEADLINE", "3S",
                "HERA_WORK_RECLAIM_AFTER", "2S",
                "HERA_WORK_LEASE", "3S")).start();
        hera = new HeraApi(system.api()).respondingAsync();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static RequestSpecification api() {
        return hera.request();
    }

    @Test
    void turnsSentWhileTheAgentIsKilledAreAllAnsweredOnceByTheNextAgent() throws Exception {
        String id = api().body(Map.of("locale", "ja")).post("/api/sessions").then().statusCode(200).extract().path("session_id");
        List<CompletableFuture<Integer>> sends = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String text = "メッセージ " + i;
            sends.add(CompletableFuture.supplyAsync(() -> api().body(Map.of("message", text))
                    .post("/api/sessions/" + id + "/messages").then().extract().statusCode()));
            if (i == 3) {
                system.agent().kill();
            }
        }
        for (CompletableFuture<Integer> send : sends) {
            int status = send.join();
            assertTrue(status == 200 || status == 202, "answered " + status);
        }

        system.restartAgent();

        List<String> history = hera.awaitHistory(id, 41).stream().map(entry -> entry.get("message")).toList();
        assertEquals(41, history.size(), "the greeting, 20 messages and 20 replies");
        for (int i = 0; i < 20; i++) {
            String text = "メッセージ " + i;
            assertEquals(1, history.stream().filter(text::equals).count(), text + " is in the history once");
        }
    }

    @Test
    void aFamilyChatSurvivesTheAgentsRestartWithTheSameFamilyAndOnePlan() {
        String id = completeInterview();
        api().body(Map.of("message", "今度の週末、みんなでどこか行かない？")).post("/api/sessions/" + id + "/family/messages")
                .then().statusCode(200);
        JsonPath before = api().get("/api/sessions/" + id + "/family/status").then().extract().jsonPath();

        system.agent().kill();
        String turn = api().body(Map.of("message", "沖縄に行きたいな。")).post("/api/sessions/" + id + "/family/messages")
                .then().statusCode(202).extract().path("turn_id");
        system.restartAgent();
        assertEquals("DONE", hera.awaitTurn(id, turn).getString("status"));

        JsonPath after = api().get("/api/sessions/" + id + "/family/status").then().extract().jsonPath();
        assertEquals(before.getList("personas"), after.getList("personas"), "the same family after the restart");
        assertEquals(before.getList("conversation_history").size() + 4, after.getList("conversation_history").size(),
                "nothing lost, the message and three replies added once");
        assertEquals("沖縄", after.getString("family_trip_info.destination"));

        api().body(Map.of("message", "海で泳いだり、水族館に行ったりしたい！")).post("/api/sessions/" + id + "/family/messages")
                .then().statusCode(200);
        String story = api().body(Map.of("message", "いいね、それで決まり！")).post("/api/sessions/" + id + "/family/messages")
                .then().statusCode(200).body("conversation_complete", equalTo(true)).extract().path("family_plan.story");
        api().body(Map.of("message", "楽しみだね")).post("/api/sessions/" + id + "/family/messages").then().statusCode(200)
                .body("family_plan.story", equalTo(story));
    }

    private static String completeInterview() {
        String id = hera.interviewedSession();
        api().body("").post("/api/sessions/" + id + "/complete").then().statusCode(200);
        return id;
    }
}
