package dev.hera.api.testing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.config.HeraConfig;
import dev.hera.error.ErrorCode;
import dev.hera.model.ConversationEntry;
import dev.hera.model.UserProfile;
import dev.hera.session.SessionKey;
import dev.hera.work.SessionChanges;
import dev.hera.work.Turn;
import dev.hera.work.TurnRequest;
import dev.hera.work.TurnResult;
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
        String message = switch (turn.kind()) {
            case INTERVIEW_MESSAGE -> turn.request(TurnRequest.InterviewMessage.class).message();
            case FAMILY_MESSAGE -> turn.request(TurnRequest.FamilyMessage.class).message();
            default -> "";
        };
        if (message.equals("fail")) {
            return Uni.createFrom().failure(new TurnWorker.TurnFailure(ErrorCode.TURN_FAILED, "asked to fail"));
        }
        long delay = message.startsWith("slow:") ? Long.parseLong(message.substring(5).split(" ")[0]) : 0;
        Uni<TurnWorker.Answer> answer = Uni.createFrom().item(() -> switch (turn.kind()) {
            case INTERVIEW_MESSAGE -> interview(message);
            case FAMILY_MESSAGE -> family(message);
            case GREETING -> new TurnWorker.Answer(new TurnResult.Greeting("ようこそ"),
                    SessionChanges.none().append(SessionKey.CONVERSATION_HISTORY, List.of(ConversationEntry.hera("ようこそ", clock))));
            case PARTNER_PORTRAIT -> portrait(turn, TurnResult.PortraitMeta.PARTNER);
            case CHILD_PORTRAITS -> portrait(turn, TurnResult.PortraitMeta.CHILD);
            case PREPARE_FAMILY -> new TurnWorker.Answer(new TurnResult.FamilyPrepared(List.of(), true), SessionChanges.none());
        });
        return delay > 0 ? answer.onItem().delayIt().by(Duration.ofMillis(delay)) : answer;
    }

    private TurnWorker.Answer interview(String message) {
        String reply = "re: " + message;
        var result = new TurnResult.InterviewReply(reply, TurnResult.InterviewStatus.INCOMPLETE, null, UserProfile.empty(),
                "test");
        return new TurnWorker.Answer(result, SessionChanges.none().append(SessionKey.CONVERSATION_HISTORY,
                List.of(ConversationEntry.user(message, clock), ConversationEntry.hera(reply, clock))));
    }

    /** The result shape the real agent gives: where the image is and what was drawn. */
    private TurnWorker.Answer portrait(Turn turn, String target) {
        String name = target.equals(TurnResult.PortraitMeta.PARTNER) ? "partner.png" : "child_1.png";
        String url = "/api/sessions/" + turn.sessionId() + "/photos/" + name;
        var result = new TurnResult.Portraits(url, List.of(new TurnResult.PortraitImage(name, url, "image/png", 1)),
                new TurnResult.PortraitMeta(target, "test", null, null));
        return new TurnWorker.Answer(result, SessionChanges.none());
    }

    private TurnWorker.Answer family(String message) {
        ConversationEntry answer = new ConversationEntry("夫", "いいね: " + message, clock.instant());
        var result = new TurnResult.FamilyReply(
                List.of(new TurnResult.FamilyLine(answer.speaker(), "ひろし", answer.message(), answer.timestamp())), false);
        return new TurnWorker.Answer(result, SessionChanges.none().append(SessionKey.FAMILY_CONVERSATION,
                List.of(ConversationEntry.user(message, clock), answer)));
    }
}
