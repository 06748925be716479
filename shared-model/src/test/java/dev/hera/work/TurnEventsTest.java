package dev.hera.work;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.testing.RedisServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Announcements reach the requests waiting in this process, even when they come before the wait begins. */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
class TurnEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    TurnEvents events;

    @Inject
    WorkQueue queue;

    @Test
    void aWaiterHearsItsTurnAnnouncedEvenIfTheAnnouncementCameFirst() {
        events.ensureSubscribed().await().atMost(WAIT);
        String session = "0b9f6a52-3c1e-4d2a-9f3e-7a1b2c3d4e5f";
        try (TurnEvents.Waiter waiter = events.listen(session)) {
            Turn early = turn(session, "1c9f6a52-3c1e-4d2a-9f3e-7a1b2c3d4e5f");
            // The session's event stream hears an announcement after every waiter has been offered it.
            var heardHere = events.forSession(session).toUni().subscribeAsCompletionStage();
            queue.announce(early).await().atMost(WAIT);
            heardHere.toCompletableFuture().orTimeout(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).join();
            assertEquals(early.turnId(), waiter.expect(early.turnId()).await().atMost(WAIT).turnId());
        }
        try (TurnEvents.Waiter waiter = events.listen(session)) {
            Turn late = turn(session, "2c9f6a52-3c1e-4d2a-9f3e-7a1b2c3d4e5f");
            var heard = waiter.expect(late.turnId()).subscribeAsCompletionStage();
            queue.announce(late).await().atMost(WAIT);
            assertEquals(late.turnId(), heard.toCompletableFuture().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join().turnId());
        }
    }

    private static Turn turn(String session, String id) {
        return new Turn(id, session, TurnKind.INTERVIEW_MESSAGE, null, null, TurnStatus.DONE, null, null, Instant.now(), Instant.now(), null);
    }
}
