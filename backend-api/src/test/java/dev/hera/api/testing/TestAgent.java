package dev.hera.api.testing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.hera.config.HeraConfig;
import dev.hera.error.ErrorCode;
import dev.hera.model.ConversationEntry;
import dev.hera.session.SessionKey;
import dev.hera.work.SessionChanges;
import dev.hera.work.Turn;
import dev.hera.work.TurnWorker;
import dev.hera.work.WorkQueue;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;

/**
 * A test consumer of the work queue inside the API's test application, standing in for
 * adk-agent (the real agent is tested end to end in the e2e module). It answers the way the
 * contract says: interview and family messages get their entries appended and a reply; a message
 * starting with {@code slow:<millis>} is answered only after that long, and {@code fail} fails the turn.
 */
@ApplicationScoped
public class TestAgent {

    private final TurnWorker worker;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    public TestAgent(WorkQueue queue, ObjectMapper json, HeraConfig config) {
        this.json = json;
        this.worker = new TurnWorker(queue, this::answer,
                new TurnWorker.Settings("test-agent-" + ProcessHandle.current().pid(), 64, Duration.ofMillis(200),
                        Duration.ofSeconds(30)),
                clock, config.work().lease(), Duration.ofSeconds(2));
    }

    void onStart(@Observes StartupEvent event) {
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.stop();
    }

    private Uni<TurnWorker.Answer> answer(Turn turn) {
        String message = turn.request() == null ? "" : turn.request().path("message").asText("");
        if (message.equals("fail")) {
            return Uni.createFrom().failure(new TurnWorker.TurnFailure(ErrorCode.TURN_FAILED, "asked to fail"));
        }
        long delay = message.startsWith("slow:") ? Long.parseLong(message.substring(5).split(" ")[0]) : 0;
        Uni<TurnWorker.Answer> answer = Uni.createFrom().item(() -> switch (turn.kind()) {
            case INTERVIEW_MESSAGE -> interview(message);
            case FAMILY_MESSAGE -> family(message);
            case GREETING -> new TurnWorker.Answer(json.createObjectNode().put("reply", "ようこそ"),
                    SessionChanges.none().append(SessionKey.CONVERSATION_HISTORY, List.of(ConversationEntry.hera("ようこそ", clock))));
            case PARTNER_PORTRAIT -> portrait(turn, "partner");
            case CHILD_PORTRAITS -> portrait(turn, "child");
            default -> new TurnWorker.Answer(json.createObjectNode().put("kind", turn.kind().name()), SessionChanges.none());
        });
        return delay > 0 ? answer.onItem().delayIt().by(Duration.ofMillis(delay)) : answer;
    }

    private TurnWorker.Answer interview(String message) {
        String reply = "re: " + message;
        ObjectNode result = json.createObjectNode().put("reply", reply).put("session_status", "INCOMPLETE");
        result.putNull("completion_message");
        result.set("last_extracted_fields", json.createObjectNode());
        return new TurnWorker.Answer(result, SessionChanges.none().append(SessionKey.CONVERSATION_HISTORY,
                List.of(ConversationEntry.user(message, clock), ConversationEntry.hera(reply, clock))));
    }

    /** The result shape the real agent gives: where the image is and what was drawn. */
    private TurnWorker.Answer portrait(Turn turn, String target) {
        String name = target.equals("partner") ? "partner.png" : "child_1.png";
        ObjectNode result = json.createObjectNode()
                .put("image_url", "/api/sessions/" + turn.sessionId() + "/photos/" + name);
        result.putObject("meta").put("target", target).put("engine", "test");
        return new TurnWorker.Answer(result, SessionChanges.none());
    }

    private TurnWorker.Answer family(String message) {
        ConversationEntry answer = new ConversationEntry("夫", "いいね: " + message, clock.instant());
        ObjectNode result = json.createObjectNode();
        result.set("reply", json.valueToTree(List.of(answer)));
        return new TurnWorker.Answer(result, SessionChanges.none().append(SessionKey.FAMILY_CONVERSATION,
                List.of(ConversationEntry.user(message, clock), answer)));
    }
}
