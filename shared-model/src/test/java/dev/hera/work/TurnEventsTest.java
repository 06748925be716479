package dev.hera.work;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Announcements (sent by the agent's commit, carrying the answered turn) reach the requests waiting
 * in this process, even when they come before the wait begins.
 */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
class TurnEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    TurnEvents events;

    @Inject
    WorkQueue queue;

    @Inject
    SessionStore store;

    @Test
    void aWaiterHearsItsTurnAnnouncedEvenIfTheAnnouncementCameFirst() {
        events.ensureSubscribed().await().atMost(WAIT);
        String session = store.create("ja").await().atMost(WAIT).sessionId();
        try (TurnEvents.Waiter waiter = events.listen(session)) {
            // The session's event stream hears an announcement after every waiter has been offered it.
            var heardHere = events.forSession(session).toUni().subscribeAsCompletionStage();
            Turn early = answer(session, "early");
            heardHere.toCompletableFuture().orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
            assertEquals(early.turnId(), waiter.expect(early.turnId()).await().atMost(WAIT).turnId());
        }
        try (TurnEvents.Waiter waiter = events.listen(session)) {
            Turn late = queue.submit(session, new TurnRequest.InterviewMessage("late"), null).await().atMost(WAIT).turn();
            var heard = waiter.expect(late.turnId()).subscribeAsCompletionStage();
            assertEquals(late.turnId(), commit(session).turnId());
            TurnEvent event = heard.toCompletableFuture().orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
            assertEquals(late.turnId(), event.turnId());
            // The announcement carries the answered turn: the waiting request reads nothing more.
            assertEquals(TurnStatus.DONE, event.turn().status());
            assertEquals("answered late", event.turn().result(TurnResult.InterviewReply.class).reply());
        }
    }

    /** Queues a message and answers it as an agent does; the answered turn. */
    private Turn answer(String session, String message) {
        queue.submit(session, new TurnRequest.InterviewMessage(message), null).await().atMost(WAIT);
        return commit(session);
    }

    private Turn commit(String session) {
        Turn turn = queue.claimNext(session, "agent", Duration.ofSeconds(30)).await().atMost(WAIT).turn().orElseThrow();
        String message = turn.request(TurnRequest.InterviewMessage.class).message();
        Turn answered = turn.done(new TurnResult.InterviewReply("answered " + message, TurnResult.InterviewStatus.INCOMPLETE,
                null, null, "test"), Instant.now());
        queue.commit("agent", answered, SessionChanges.none()).await().atMost(WAIT);
        return answered;
    }

}
