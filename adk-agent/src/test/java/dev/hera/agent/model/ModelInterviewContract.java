package dev.hera.agent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.model.ConversationEntry;
import dev.hera.model.ConversationSummary;
import dev.hera.model.UserProfile;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.ModelStub;
import dev.hera.testing.ModelStubResource;
import dev.hera.testing.TurnAwait;
import dev.hera.work.Turn;
import dev.hera.work.TurnRequest;
import dev.hera.work.TurnStatus;
import dev.hera.work.WorkQueue;
import io.restassured.RestAssured;

/**
 * The interview with a language model, against a local server speaking the provider's wire
 * format: what the agent sends, how it uses the structured answer, and how the offline engine
 * answers instead when the model fails. Each provider's test runs these with its own stub.
 */
abstract class ModelInterviewContract {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SessionStore sessions;

    @Inject
    WorkQueue queue;

    @Inject
    ObjectMapper json;

    ModelStub stub;

    /** The provider's name in turn results and metrics. */
    abstract String provider();

    /** Checks the provider-specific shape of a recorded request. */
    abstract void assertWireFormat(ModelStub.Call call);

    @BeforeEach
    void freshStub() {
        stub.reset();
    }

    @Test
    void theModelsStructuredAnswerBecomesTheReplyTheProfileAndTheSummary() throws Exception {
        stub.answer("""
                {"reply": "札幌で暮らす41歳なのですね。お仕事や年収も伺えますか？",
                 "profile": {"age": 41, "location": "札幌", "ideal_partner": {"temperament": "穏やか"}},
                 "summary": "41歳、札幌在住。理想の相手は穏やか。"}""");
        String id = session("ja");
        Turn turn = answered(id, interview(id, "札幌に住んでいる41歳です。穏やかな人がいいな"));

        assertEquals(TurnStatus.DONE, turn.status());
        assertEquals(provider(), turn.result().path("engine").asText());
        assertEquals("札幌で暮らす41歳なのですね。お仕事や年収も伺えますか？", turn.result().path("reply").asText());
        UserProfile profile = sessions.readDocument(id, SessionKey.USER_PROFILE, UserProfile.class).await().atMost(WAIT).orElseThrow();
        assertEquals(41, profile.age());
        assertEquals("札幌", profile.location());
        assertEquals("穏やか", profile.idealPartner().temperament());
        assertEquals("41歳、札幌在住。理想の相手は穏やか。", sessions.readDocument(id, SessionKey.CONVERSATION_SUMMARY,
                ConversationSummary.class).await().atMost(WAIT).orElseThrow().text());

        assertEquals(1, stub.calls().size());
        ModelStub.Call call = stub.calls().get(0);
        assertWireFormat(call);
        JsonNode content = json.readTree(call.userText());
        assertEquals("札幌に住んでいる41歳です。穏やかな人がいいな", content.path("new_message").asText());
        assertEquals("ja", content.path("language").asText());
        assertTrue(content.path("missing_fields").toString().contains("age"), "the model is told what is missing");

        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("hera_model_calls_total{outcome=\"answered\",provider=\"" + provider() + "\",task=\"interview\"}"),
                "model calls are counted by outcome");
    }

    @Test
    void anAnswerThatIsNotJsonIsReplacedByTheOfflineEngine() {
        stub.answer("Sure! Here is what I found: age 32, lives in Osaka.");
        String id = session("ja");
        Turn turn = answered(id, interview(id, "大阪に住んでる32歳です"));
        assertAnsweredOffline(id, turn);
    }

    @Test
    void anAnswerOfTheWrongShapeIsReplacedByTheOfflineEngine() {
        stub.answer("{\"reply\": 42, \"profile\": {\"age\": \"old\"}, \"summary\": \"\"}");
        String id = session("ja");
        Turn turn = answered(id, interview(id, "大阪に住んでる32歳です"));
        assertAnsweredOffline(id, turn);
        assertEquals(1, stub.calls().size(), "an invalid answer is not asked again");
    }

    @Test
    void aModelThatTimesOutIsRetriedAndThenReplacedByTheOfflineEngine() {
        stub.delay(Duration.ofSeconds(6)).answer("{\"reply\":\"late\",\"profile\":{},\"summary\":\"\"}");
        String id = session("ja");
        Turn turn = answered(id, interview(id, "大阪に住んでる32歳です"));
        assertAnsweredOffline(id, turn);
        assertEquals(2, stub.calls().size(), "one retry after the timeout");
    }

    @Test
    void aFailingProviderIsRetriedAndThenReplacedByTheOfflineEngine() {
        stub.failWith(503);
        String id = session("ja");
        Turn turn = answered(id, interview(id, "大阪に住んでる32歳です"));
        assertAnsweredOffline(id, turn);
        assertEquals(2, stub.calls().size(), "one retry after a 503");
    }

    @Test
    void aConnectionClosedBeforeTheAnswerIsNoFailureOfTheModel() {
        // A provider closing kept-alive connections: the request goes out again at once on another,
        // more often than the model call's own retries would allow.
        stub.closeConnections(2).answer("{\"reply\":\"大阪なのですね。\",\"profile\":{\"location\":\"大阪\"},\"summary\":\"大阪\"}");
        String id = session("ja");
        Turn turn = answered(id, interview(id, "大阪に住んでる32歳です"));
        assertEquals(provider(), turn.result().path("engine").asText());
        assertEquals("大阪なのですね。", turn.result().path("reply").asText());
        assertEquals(3, stub.calls().size(), "two closed connections, then the answer");
    }

    @Test
    void thePromptStaysBoundedAndHoldsOnlyThisSession() throws Exception {
        stub.answer("{\"reply\":\"ok\",\"profile\":{},\"summary\":\"ずっと前から話している\"}");
        String other = session("ja");
        sessions.append(other, SessionKey.CONVERSATION_HISTORY,
                List.of(ConversationEntry.user("OTHER-SESSION-SECRET 横浜在住", Clock.systemUTC()))).await().atMost(WAIT);

        String id = session("ja");
        List<ConversationEntry> longHistory = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            longHistory.add(ConversationEntry.user("message " + i + " " + "あ".repeat(2_000), Clock.systemUTC()));
            longHistory.add(ConversationEntry.hera("reply " + i, Clock.systemUTC()));
        }
        sessions.append(id, SessionKey.CONVERSATION_HISTORY, longHistory).await().atMost(WAIT);
        sessions.writeDocument(id, SessionKey.CONVERSATION_SUMMARY, new ConversationSummary("初めは仕事の話をした"))
                .await().atMost(WAIT);

        answered(id, interview(id, "最近は料理にはまっています"));
        ModelStub.Call call = stub.calls().get(0);
        String prompt = call.body().toString();
        assertTrue(prompt.length() < 40_000, "400 long entries make a prompt of " + prompt.length() + " characters");
        JsonNode content = json.readTree(call.userText());
        assertEquals("初めは仕事の話をした", content.path("summary_of_earlier_turns").asText());
        assertEquals(12, content.path("last_turns").size());
        assertEquals("reply 199", content.path("last_turns").get(11).path("message").asText());
        assertFalse(prompt.contains("message 100 "), "older turns live only in the summary");
        assertFalse(prompt.contains("OTHER-SESSION-SECRET"), "nothing of another session");
        assertEquals("ずっと前から話している", sessions.readDocument(id, SessionKey.CONVERSATION_SUMMARY,
                ConversationSummary.class).await().atMost(WAIT).orElseThrow().text(), "the rolling summary moves on");
    }

    @Test
    void twoHundredSessionsWaitOnTheModelAtOnce() {
        // The stub answers nobody until 200 calls wait together: calls that held a thread each, or
        // a connection pool smaller than that, would get no answer and fall back to the offline engine.
        stub.holdUntil(200).answer("{\"reply\":\"はい\",\"profile\":{},\"summary\":\"\"}");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(session("ja"));
        }
        List<Turn> turns = io.smallrye.mutiny.Uni.join().all(ids.stream()
                .map(id -> queue.submit(id, new TurnRequest.InterviewMessage("こんにちは"), null)
                        .map(WorkQueue.Submitted::turn))
                .toList()).andFailFast().await().atMost(WAIT);
        List<Turn> done = turns.stream().map(turn -> answered(turn.sessionId(), turn)).toList();
        assertEquals(List.of(provider()), done.stream().map(turn -> turn.result().path("engine").asText()).distinct().toList());
        assertTrue(stub.mostInFlight() >= 200, "model calls waiting at once: at most " + stub.mostInFlight());
    }

    void assertAnsweredOffline(String id, Turn turn) {
        assertEquals(TurnStatus.DONE, turn.status(), "the turn still succeeds");
        assertEquals("offline", turn.result().path("engine").asText());
        assertFalse(turn.result().path("reply").asText().isBlank());
        UserProfile profile = sessions.readDocument(id, SessionKey.USER_PROFILE, UserProfile.class).await().atMost(WAIT).orElseThrow();
        assertEquals(32, profile.age());
        assertTrue(profile.location().contains("大阪"), profile.location());
    }

    String session(String locale) {
        return sessions.create(locale).await().atMost(WAIT).sessionId();
    }

    Turn interview(String id, String message) {
        return queue.submit(id, new TurnRequest.InterviewMessage(message), null)
                .await().atMost(WAIT).turn();
    }

    Turn answered(String id, Turn turn) {
        return TurnAwait.answered(queue, id, turn, WAIT);
    }

    static String key() {
        return ModelStubResource.API_KEY;
    }
}
