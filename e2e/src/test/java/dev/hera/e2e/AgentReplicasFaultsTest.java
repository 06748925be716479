package dev.hera.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.hera.testing.ModelStub;

/**
 * Two agent replicas share the turns of many sessions, and one of them is killed (kill -9) while
 * it is answering: the other takes its work over, and every message is answered exactly once, in
 * the order each person sent them.
 */
class AgentReplicasFaultsTest {

    private static final int SESSIONS = 10;
    private static final int MESSAGES_PER_SESSION = 5;
    private static final String TURNS_ANSWERED = "hera_turn_duration_seconds_count";

    static HeraSystem system;
    static ServiceProcess replica;
    static HeraApi hera;

    @BeforeAll
    static void start() {
        // A model that takes its time, as real ones do, keeps turns in flight: the kill lands mid-answer.
        ModelStub model = ModelStub.start().delay(Duration.ofMillis(500))
                .answer("{\"reply\": \"なるほど、もっと聞かせてください。\", \"profile\": {}, \"summary\": \"自己紹介の途中\"}");
        system = new HeraSystem(Map.of(
                "HERA_API_TURN_DEADLINE", "3S",
                "HERA_WORK_RECLAIM_AFTER", "2S",
                "HERA_WORK_LEASE", "3S",
                // Every request comes from this one test client; rate limits are not under test here.
                "HERA_RATE_LIMIT_ENABLED", "false")).withModel(model).start();
        replica = system.startAgentReplica("replica-2");
        hera = new HeraApi(system.api()).respondingAsync();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void whenOneOfTwoBusyReplicasIsKilledEveryMessageIsStillAnsweredOnceInOrder() {
        List<String> sessions = IntStream.range(0, SESSIONS).mapToObj(i -> hera.newSession("ja")).toList();
        ExecutorService people = Executors.newFixedThreadPool(SESSIONS);
        try {
            // Each person sends the next message once the previous one is answered (200) or accepted (202).
            List<CompletableFuture<Void>> conversations = sessions.stream()
                    .map(id -> CompletableFuture.runAsync(() -> messagesOf(id).forEach(message -> {
                        int status = hera.say(id, message).statusCode();
                        assertTrue(status == 200 || status == 202, "answered " + status);
                    }), people))
                    .toList();

            Eventually.await("both replicas answering, the second one with turns in flight", HeraApi.ANSWER_WAIT,
                    () -> List.of(system.agent().metric(TURNS_ANSWERED), replica.metric(TURNS_ANSWERED),
                            replica.metric("hera_turns_in_flight")),
                    seen -> seen.stream().allMatch(value -> value > 0));
            replica.kill();

            conversations.forEach(CompletableFuture::join);
        } finally {
            people.shutdownNow();
        }
        for (String id : sessions) {
            HeraApi.assertAnsweredOnceInOrder(hera.awaitHistory(id, 1 + 2 * MESSAGES_PER_SESSION), messagesOf(id));
        }
        assertTrue(system.agent().metric("hera_queue_redeliveries_total") > 0,
                "the surviving replica took over the wake-ups the killed one had read");
    }

    private static List<String> messagesOf(String sessionId) {
        return IntStream.rangeClosed(1, MESSAGES_PER_SESSION)
                .mapToObj(n -> "セッション " + sessionId.substring(0, 8) + " の " + n + " 通目です。").toList();
    }
}
