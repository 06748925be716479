package dev.hera.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.model.JsonConfig;
import dev.hera.model.UserProfile;

/**
 * The JSON both services exchange through a turn: what the API stores for each request, what the
 * agent stores for each result, and that each kind is read only as its own records.
 */
class TurnContractTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:30:00Z");
    private static final ObjectMapper JSON = JsonConfig.newMapper();

    @Test
    void everyKindNamesARequestAndAResultRecord() {
        for (TurnKind kind : TurnKind.values()) {
            assertTrue(kind.requestType().isRecord() && kind.resultType().isRecord(), kind.name());
        }
        assertEquals(TurnKind.FAMILY_MESSAGE, new TurnRequest.FamilyMessage("hi").kind());
        assertEquals(TurnKind.CHILD_PORTRAITS, new TurnRequest.ChildPortraits().kind());
    }

    @Test
    void requestsAreStoredWithTheirFieldsAndReadBack() throws Exception {
        Turn message = pending(new TurnRequest.InterviewMessage("大阪に住んでいます"));
        assertEquals(JSON.readTree("{\"message\":\"大阪に住んでいます\"}"), message.request());
        assertEquals("大阪に住んでいます", message.request(TurnRequest.InterviewMessage.class).message());

        Turn partner = pending(new TurnRequest.PartnerPortrait());
        assertEquals(JSON.readTree("{\"target\":\"partner\"}"), partner.request());
        assertEquals(JSON.readTree("{}"), pending(new TurnRequest.Greeting()).request());
        assertEquals(new TurnRequest.PrepareFamily(), pending(new TurnRequest.PrepareFamily()).request(TurnRequest.PrepareFamily.class));
    }

    @Test
    void anInterviewReplyKeepsItsSnakeCaseNamesAndAnExplicitNullCompletion() throws Exception {
        var reply = new TurnResult.InterviewReply("ありがとう", TurnResult.InterviewStatus.INCOMPLETE, null,
                JSON.readValue("{\"age\": 32}", UserProfile.class), "offline");
        Turn done = pending(new TurnRequest.InterviewMessage("32歳")).done(reply, AT);

        JsonNode stored = done.result();
        assertEquals("ありがとう", stored.get("reply").asText());
        assertEquals("INCOMPLETE", stored.get("session_status").asText());
        assertTrue(stored.has("completion_message") && stored.get("completion_message").isNull());
        assertEquals(32, stored.at("/last_extracted_fields/age").asInt());
        assertEquals(reply, done.result(TurnResult.InterviewReply.class));
    }

    @Test
    void portraitsListTheirImagesAndLeaveOutWhatDoesNotApply() throws Exception {
        var image = new TurnResult.PortraitImage("child_1.png", "/api/sessions/s/photos/child_1.png", "image/png", 2048);
        var child = new TurnResult.ChildPortrait(null, "female", image.imageUrl(), "offline");
        var drawn = new TurnResult.Portraits(image.imageUrl(), List.of(image),
                new TurnResult.PortraitMeta(TurnResult.PortraitMeta.CHILD, "offline", null, List.of(child)));
        Turn done = pending(new TurnRequest.ChildPortraits()).done(drawn, AT);

        assertEquals(JSON.readTree("""
                {"image_url": "/api/sessions/s/photos/child_1.png",
                 "images": [{"name": "child_1.png", "image_url": "/api/sessions/s/photos/child_1.png",
                             "content_type": "image/png", "size": 2048}],
                 "meta": {"target": "child", "engine": "offline",
                          "children": [{"gender": "female", "image_url": "/api/sessions/s/photos/child_1.png",
                                        "engine": "offline"}]}}
                """), JSON.readTree(done.result().toString()), "as the client reads it");
        assertEquals(drawn, done.result(TurnResult.Portraits.class));
    }

    @Test
    void familyLinesCarryTheirTimeAsText() {
        var line = new TurnResult.FamilyLine("夫", "ひろし", "いいね", AT);
        Turn done = pending(new TurnRequest.FamilyMessage("海に行こう")).done(new TurnResult.FamilyReply(List.of(line), false), AT);
        assertEquals("2026-03-01T09:30:00Z", done.result().at("/reply/0/timestamp").asText());
        assertEquals(false, done.result().get("conversation_complete").asBoolean(true));
        assertEquals(List.of(line), done.result(TurnResult.FamilyReply.class).reply());
    }

    @Test
    void aTurnIsReadOnlyAsItsOwnKindsRecords() {
        Turn message = pending(new TurnRequest.InterviewMessage("やあ"));
        assertThrows(IllegalArgumentException.class, () -> message.request(TurnRequest.FamilyMessage.class));
        assertThrows(IllegalArgumentException.class, () -> message.done(new TurnResult.Greeting("こんにちは"), AT));
        assertNull(message.result(TurnResult.InterviewReply.class), "nothing to read before the answer");
        Turn answered = message.done(new TurnResult.InterviewReply("はい", TurnResult.InterviewStatus.COMPLETED, "おめでとう",
                UserProfile.empty(), "offline"), AT);
        assertThrows(IllegalArgumentException.class, () -> answered.result(TurnResult.FamilyReply.class));
    }

    @Test
    void aStoredTurnFromBeforeTheContractIsStillReadable() throws Exception {
        // Fields a reader does not know are ignored, and missing ones are absent: a turn queued by
        // an older API or answered by an older agent is still understood during a rolling update.
        JsonNode older = JSON.readTree("{\"reply\":\"やあ\",\"session_status\":\"COMPLETED\",\"mood\":\"happy\"}");
        Turn turn = new Turn("t", "s", TurnKind.INTERVIEW_MESSAGE, JSON.valueToTree(Map.of("message", "x")), null,
                TurnStatus.DONE, older, null, AT, AT, null);
        var reply = turn.result(TurnResult.InterviewReply.class);
        assertEquals("やあ", reply.reply());
        assertEquals(TurnResult.InterviewStatus.COMPLETED, reply.sessionStatus());
        assertNull(reply.completionMessage());
    }

    private static Turn pending(TurnRequest request) {
        return Turn.pending("t-1", "s", request, null, AT, null);
    }
}
