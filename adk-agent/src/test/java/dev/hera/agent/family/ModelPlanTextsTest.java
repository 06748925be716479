package dev.hera.agent.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.agent.family.offline.LetterWriter;
import dev.hera.agent.family.offline.StoryWriter;
import dev.hera.model.FamilyPlan;
import dev.hera.model.Language;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.ModelStub;
import dev.hera.testing.ModelStubResource;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.TurnAwait;
import dev.hera.work.Turn;
import dev.hera.work.TurnRequest;
import dev.hera.work.TurnStatus;
import dev.hera.work.WorkQueue;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The story and the letter written by a model (a local server speaking the OpenAI wire format),
 * and by the offline writers when the model fails or writes texts that miss a name or the length.
 */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(value = ModelStubResource.class, initArgs = {
        @ResourceArg(name = "provider", value = "openai"),
        @ResourceArg(name = "hera.agent.model.timeout", value = "2S"),
        @ResourceArg(name = "hera.agent.model.retries", value = "0") })
class ModelPlanTextsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String MODEL_MARK = "（モデルが書きました）";

    @Inject
    SessionStore sessions;

    @Inject
    WorkQueue queue;

    @Inject
    ObjectMapper json;

    ModelStub stub;

    @BeforeEach
    void freshStub() {
        stub.reset();
    }

    @Test
    void theModelWritesTheStoryAndTheLetterFromTheRealFamilyAndTrip() throws Exception {
        stub.answer(call -> isPlanRequest(call) ? modelTexts(call, 950, 700) : "{}");
        FamilyPlan plan = agreeOnOkinawa();

        assertTrue(plan.story().startsWith(MODEL_MARK) && plan.letter().startsWith(MODEL_MARK), plan.story());
        assertPassesTheChecks(plan);
        ModelStub.Call call = stub.calls().stream().filter(ModelPlanTextsTest::isPlanRequest).findFirst().orElseThrow();
        JsonNode content = json.readTree(call.userText());
        assertEquals("沖縄", content.path("destination").asText());
        assertEquals(List.of("けんた", "みお", "そうま"), names(content));
        assertTrue(content.path("family_conversation").size() > 0, "the model sees the family's conversation");
    }

    @Test
    void aFailingModelLeavesTheOfflineStoryAndLetter() {
        stub.failWith(500);
        FamilyPlan plan = agreeOnOkinawa();
        assertFalse(plan.story().contains(MODEL_MARK));
        assertPassesTheChecks(plan);
    }

    @Test
    void aModelStoryThatForgetsAChildOrIsTooShortIsNotKept() {
        stub.answer(call -> isPlanRequest(call) ? modelTexts(call, 200, 700) : "{}");
        FamilyPlan plan = agreeOnOkinawa();
        assertFalse(plan.story().contains(MODEL_MARK), "a 200-character story is refused");
        assertPassesTheChecks(plan);
    }

    private static void assertPassesTheChecks(FamilyPlan plan) {
        assertTrue(StoryWriter.fitsLength(plan.story(), Language.JA), "story length " + plan.story().length());
        assertTrue(LetterWriter.fitsLength(plan.letter(), Language.JA), "letter length " + plan.letter().length());
        for (String must : List.of("沖縄", "けんた", "みお", "そうま")) {
            assertTrue(plan.story().contains(must), "story names " + must);
        }
        for (String name : List.of("けんた", "みお", "そうま")) {
            assertTrue(plan.letter().contains(name), "letter signed by " + name);
        }
        plan.activities().forEach(activity -> assertTrue(plan.story().contains(activity), "story tells of " + activity));
    }

    private FamilyPlan agreeOnOkinawa() {
        String id = sessions.create("ja").await().atMost(WAIT).sessionId();
        sessions.writeDocument(id, SessionKey.USER_PROFILE, PrepareFamilyTurnTest.completeProfile()).await().atMost(WAIT);
        assertEquals(TurnStatus.DONE, answered(id, submit(id, new TurnRequest.PrepareFamily())).status());
        for (String message : List.of("沖縄に行きたいな。", "海で泳いだり、水族館に行ったりしたい！", "いいね、それで決まり！")) {
            assertEquals(TurnStatus.DONE, answered(id, submit(id, new TurnRequest.FamilyMessage(message))).status());
        }
        return sessions.readDocument(id, SessionKey.FAMILY_PLAN, FamilyPlan.class).await().atMost(WAIT).orElseThrow();
    }

    private static boolean isPlanRequest(ModelStub.Call call) {
        return call.body().toString().contains("family_plan") || call.userText().contains("\"destination\"");
    }

    /** A story and a letter of the asked lengths that name everything the request names. */
    private String modelTexts(ModelStub.Call call, int storyLength, int letterLength) {
        try {
            JsonNode content = json.readTree(call.userText());
            StringBuilder facts = new StringBuilder(MODEL_MARK).append(content.path("destination").asText()).append("へ。");
            content.path("activities").forEach(activity -> facts.append(activity.asText()).append("。"));
            names(content).forEach(name -> facts.append(name).append("。"));
            return json.createObjectNode().put("story", fill(facts.toString(), storyLength))
                    .put("letter", fill(MODEL_MARK + String.join("、", names(content)) + "より。", letterLength)).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fill(String start, int length) {
        StringBuilder text = new StringBuilder(start);
        while (text.length() < length) {
            text.append("みんなで過ごした時間は、とても楽しかったです。");
        }
        return text.substring(0, length);
    }

    private static List<String> names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.path("family").forEach(member -> names.add(member.path("name").asText()));
        return names;
    }

    private Turn submit(String id, TurnRequest request) {
        return queue.submit(id, request, null).await().atMost(WAIT).turn();
    }

    private Turn answered(String id, Turn turn) {
        return TurnAwait.answered(queue, id, turn, WAIT);
    }
}
