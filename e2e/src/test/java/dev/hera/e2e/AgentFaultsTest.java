package dev.hera.e2e;

import static io.restassured.RestAssured.given;
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

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The agent dies (kill -9) or is absent: the API answers 202 with the turn id, and once an agent
 * runs again every turn is answered exactly once, nothing of the family is lost or redone.
 */
class AgentFaultsTest {

    static HeraSystem system;

    @BeforeAll
    static void start() {
        system = new HeraSystem(Map.of(
                "HERA_API_TURN_DEADLINE", "3S",
                "HERA_WORK_RECLAIM_AFTER", "2S",
                "HERA_WORK_LEASE", "3S")).start();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static RequestSpecification api() {
        return given().baseUri(system.api().baseUrl()).contentType(ContentType.JSON);
    }

    @Test
    void turnsSentWhileTheAgentIsKilledAreAllAnsweredOnceByTheNextAgent() throws Exception {
        String id = api().body(Map.of("locale", "ja")).post("/api/sessions").then().statusCode(201).extract().path("session_id");
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

        List<String> history = awaitHistory(id, 41);
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
        awaitTurn(id, turn);

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
        String id = api().body(Map.of("locale", "ja")).post("/api/sessions").then().statusCode(201).extract().path("session_id");
        for (String message : List.of("こんにちは。32歳の女性で、大阪に住んでいます。", "今は独身です。年収は450万円くらいです。",
                "私は好奇心旺盛で、友達と出かけるのが好きな社交的なタイプです。",
                "理想の相手は穏やかで誠実な人。名前はけんたさんがいいな。背が高くて短い黒髪、眼鏡が似合う優しい目の人です。",
                "子供は二人欲しいです。女の子のみおと男の子のそうま。")) {
            api().body(Map.of("message", message)).post("/api/sessions/" + id + "/messages").then().statusCode(200);
        }
        api().body("").post("/api/sessions/" + id + "/complete").then().statusCode(200);
        return id;
    }

    private static void awaitTurn(String id, String turn) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!"DONE".equals(api().get("/api/sessions/" + id + "/turns/" + turn).then().extract().path("status"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("turn " + turn + " not answered");
            }
            sleep();
        }
    }

    private static List<String> awaitHistory(String id, int entries) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            List<String> history = api().get("/api/sessions/" + id + "/status").then().extract().jsonPath()
                    .getList("conversation_history.message");
            if (history.size() >= entries || System.nanoTime() > deadline) {
                assertEquals(entries, history.size(), "the greeting, 20 messages and 20 replies");
                return history;
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
