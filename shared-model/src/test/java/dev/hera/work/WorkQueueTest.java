package dev.hera.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.config.HeraConfig;
import dev.hera.error.ErrorCode;
import dev.hera.model.ConversationEntry;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionKeys;
import dev.hera.session.SessionSnapshot;
import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.TestConfigs;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;

/**
 * The work queue against a real Redis: order, idempotence, concurrency, take-over of dead agents.
 * Each test has a work stream and consumer group of its own, so no wake-up of one test reaches the
 * workers of another.
 */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
class WorkQueueTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ReactiveRedisDataSource redis;

    @Inject
    HeraConfig config;

    @Inject
    SessionStore store;

    @Inject
    ObjectMapper json;

    private HeraConfig own;
    private WorkQueue queue;
    private final List<TurnWorker> workers = new ArrayList<>();

    @BeforeEach
    void ownQueue(TestInfo test) {
        own = TestConfigs.withOwnWorkQueue(config, test.getTestMethod().orElseThrow().getName());
        queue = new WorkQueue(redis, new SessionKeys(own), json, Clock.systemUTC(), own);
    }

    @AfterEach
    void stopWorkers() {
        for (TurnWorker worker : workers) {
            worker.stop().toCompletableFuture().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join();
        }
        workers.clear();
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyFindsTheSameTurn() {
        String id = session();
        WorkQueue.Submitted first = queue.submit(id, message("こんにちは"), "key-1").await().atMost(WAIT);
        WorkQueue.Submitted again = queue.submit(id, message("こんにちは"), "key-1").await().atMost(WAIT);
        WorkQueue.Submitted other = queue.submit(id, message("こんにちは"), null).await().atMost(WAIT);

        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(first.turn().turnId(), again.turn().turnId());
        assertTrue(other.created());
        SessionSnapshot snapshot = store.snapshot(id, SessionKey.INBOX, SessionKey.TURNS).await().atMost(WAIT);
        assertEquals(List.of(first.turn().turnId(), other.turn().turnId()), snapshot.queue(SessionKey.INBOX));
        assertEquals(2, snapshot.hash(SessionKey.TURNS).size());
    }

    @Test
    void twentyTurnsOfOneSessionAreAnsweredInOrderOneAtATime() {
        String id = session();
        List<Uni<WorkQueue.Submitted>> submits = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            submits.add(queue.submit(id, message("message " + i), null));
        }
        Uni.join().all(submits).andFailFast().await().atMost(WAIT);
        List<String> queuedOrder = store.snapshot(id, SessionKey.INBOX).await().atMost(WAIT).queue(SessionKey.INBOX);

        List<String> answeredOrder = new CopyOnWriteArrayList<>();
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        start("w1", echo(turn -> {
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            answeredOrder.add(turn.turnId());
        }, concurrent::decrementAndGet, Duration.ofMillis(5)));
        start("w2", echo(turn -> {
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            answeredOrder.add(turn.turnId());
        }, concurrent::decrementAndGet, Duration.ofMillis(5)));

        await(() -> answeredOrder.size() == 20 && inbox(id).isEmpty());

        assertEquals(queuedOrder, answeredOrder, "answered in the order queued");
        assertEquals(1, maxConcurrent.get(), "never two turns of one session at once");
        List<ConversationEntry> history = store.readLog(id, SessionKey.CONVERSATION_HISTORY, ConversationEntry.class)
                .await().atMost(WAIT);
        assertEquals(40, history.size(), "20 user messages and 20 replies");
        for (int i = 0; i < 40; i += 2) {
            assertEquals("user", history.get(i).speaker());
            assertEquals("hera", history.get(i + 1).speaker());
            assertEquals("re: " + history.get(i).message(), history.get(i + 1).message());
        }
    }

    @Test
    void differentSessionsAreAnsweredConcurrently() {
        Map<String, Boolean> sessions = new ConcurrentHashMap<>();
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        start("w-conc", echo(turn -> maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max),
                concurrent::decrementAndGet, Duration.ofMillis(300)));
        List<Uni<WorkQueue.Submitted>> submits = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = session();
            sessions.put(id, true);
            submits.add(queue.submit(id, message("hi"), null));
        }
        Uni.join().all(submits).andFailFast().await().atMost(WAIT);

        await(() -> sessions.keySet().stream().allMatch(id -> inbox(id).isEmpty()));
        assertTrue(maxConcurrent.get() >= 10, "sessions waited on together, at most " + maxConcurrent.get());
    }

    @Test
    void aRedeliveredWakeUpAnswersNothingTwice() {
        String id = session();
        queue.submit(id, message("一度だけ"), null).await().atMost(WAIT);
        queue.wake(id).await().atMost(WAIT);
        queue.wake(id).await().atMost(WAIT);
        AtomicInteger answers = new AtomicInteger();
        start("w-dup", echo(turn -> answers.incrementAndGet(), () -> { }, Duration.ZERO));

        // Both wake-ups handled: acknowledged (and so removed) after the second found nothing to answer.
        await(() -> queue.depth().await().atMost(WAIT).equals(new WorkQueue.Depth(0, 0)));
        assertEquals(1, answers.get());
        assertEquals(2, history(id).size());
    }

    @Test
    void aTurnAbandonedByADeadAgentIsAnsweredByAnother() {
        String id = session();
        WorkQueue.Submitted submitted = queue.submit(id, message("生きてる？"), null).await().atMost(WAIT);
        // A first agent reads the wake-up and takes the session's lease, then dies: no answer,
        // no acknowledgement, no renewal of the lease.
        queue.ensureGroup().await().atMost(WAIT);
        List<Wake> taken = queue.read("dead-agent", 1000, Duration.ofMillis(100)).await().atMost(WAIT);
        assertTrue(taken.stream().anyMatch(wake -> id.equals(wake.sessionId())));
        assertTrue(queue.claimNext(id, "dead-agent:drain", Duration.ofSeconds(2)).await().atMost(WAIT).leased());

        start(worker("alive", echo(t -> { }, () -> { }, Duration.ZERO), Duration.ofSeconds(2), Duration.ofSeconds(1)));

        await(() -> queue.turn(id, submitted.turn().turnId()).await().atMost(WAIT).orElseThrow().isFinished());
        assertEquals(TurnStatus.DONE, queue.turn(id, submitted.turn().turnId()).await().atMost(WAIT).orElseThrow().status());
        assertEquals(2, history(id).size());
    }

    @Test
    void aSessionHoldsAtMostItsTurnsAndAnEarlierTurnIsStillFoundByItsKey() {
        HeraConfig three = TestConfigs.withMaxTurns(own, 3);
        WorkQueue small = new WorkQueue(redis, new SessionKeys(three), json, Clock.systemUTC(), three);
        String id = session();
        Turn first = small.submit(id, message("一"), "key-1").await().atMost(WAIT).turn();
        small.submit(id, message("二"), null).await().atMost(WAIT);
        small.submit(id, message("三"), null).await().atMost(WAIT);

        assertThrows(TurnLimitReachedException.class, () -> small.submit(id, message("四"), "key-4").await().atMost(WAIT));
        assertEquals(3, redis.execute("HLEN", new SessionKeys(three).of(id, SessionKey.TURNS)).await().atMost(WAIT).toInteger(),
                "nothing of the refused turn is stored");
        assertNull(redis.execute("HGET", new SessionKeys(three).of(id, SessionKey.IDEMPOTENCY), "key-4").await().atMost(WAIT),
                "nor its key");
        WorkQueue.Submitted again = small.submit(id, message("一"), "key-1").await().atMost(WAIT);
        assertEquals(first.turnId(), again.turn().turnId(), "a retry of an earlier turn still finds it");
    }

    @Test
    void eachKindOfMessageHasItsOwnBoundAndOtherTurnsGoOn() {
        HeraConfig two = TestConfigs.withMaxMessages(own, 2, 1);
        WorkQueue small = new WorkQueue(redis, new SessionKeys(two), json, Clock.systemUTC(), two);
        String id = session();
        small.submit(id, message("一"), null).await().atMost(WAIT);
        Turn second = small.submit(id, message("二"), "key-2").await().atMost(WAIT).turn();
        assertThrows(TurnLimitReachedException.class, () -> small.submit(id, message("三"), null).await().atMost(WAIT));
        assertEquals(second.turnId(), small.submit(id, message("二"), "key-2").await().atMost(WAIT).turn().turnId(),
                "a retry of a counted message is found, not refused");

        small.submit(id, new TurnRequest.FamilyMessage("行こう"), null).await().atMost(WAIT);
        assertThrows(TurnLimitReachedException.class,
                () -> small.submit(id, new TurnRequest.FamilyMessage("もう一回"), null).await().atMost(WAIT));
        small.submit(id, new TurnRequest.PartnerPortrait(), null).await().atMost(WAIT);
        assertEquals(4, redis.execute("HLEN", new SessionKeys(two).of(id, SessionKey.TURNS)).await().atMost(WAIT).toInteger(),
                "two messages to Hera, one to the family, one portrait; nothing of the refused ones");
    }

    @Test
    void aTurnWhoseAgentsKeepDyingIsAnsweredAsFailedAndTheSessionGoesOn() {
        String id = session();
        Turn poison = queue.submit(id, message("毒"), null).await().atMost(WAIT).turn();
        // Agent after agent takes the session's lease for the turn and dies on it: no answer, no renewal.
        Duration lease = Duration.ofMillis(300);
        for (int attempt = 1; attempt <= TurnWorker.MAX_ATTEMPTS; attempt++) {
            String owner = "doomed-" + attempt;
            AtomicReference<Claim> claim = new AtomicReference<>();
            await(() -> {
                claim.set(queue.claimNext(id, owner, lease).await().atMost(WAIT));
                return claim.get().leased();
            });
            assertEquals(poison.turnId(), claim.get().turn().orElseThrow().turnId());
            assertEquals(attempt, claim.get().attempts());
            assertEquals(attempt, queue.claimNext(id, owner, lease).await().atMost(WAIT).attempts(),
                    "a renewal by the same holder is no new start");
        }
        Turn next = queue.submit(id, message("まだいる？"), null).await().atMost(WAIT).turn();

        start(worker("survivor", echo(t -> { }, () -> { }, Duration.ZERO), Duration.ofSeconds(2), Duration.ofSeconds(1)));

        await(() -> queue.turn(id, next.turnId()).await().atMost(WAIT).orElseThrow().isFinished());
        Turn given = queue.turn(id, poison.turnId()).await().atMost(WAIT).orElseThrow();
        assertEquals(TurnStatus.FAILED, given.status(), "the fourth start gives the turn up");
        assertEquals(ErrorCode.TURN_FAILED, given.error());
        assertEquals(TurnStatus.DONE, queue.turn(id, next.turnId()).await().atMost(WAIT).orElseThrow().status());
        assertEquals(List.of("まだいる？", "re: まだいる？"), history(id).stream().map(ConversationEntry::message).toList(),
                "the session goes on with the next message");
    }

    @Test
    void wakeUpsReadOneAfterAnotherAreEachAnsweredAtOnceAfterAStepThatTakesTime() {
        // Take-overs only after an hour: every turn is answered by the read that took its wake-up.
        start(new TurnWorker(queue, echo(t -> { }, () -> { }, Duration.ZERO),
                new TurnWorker.Settings("w-seq-" + System.nanoTime(), 64, Duration.ofMillis(200), Duration.ofSeconds(20)),
                Clock.systemUTC(), Duration.ofSeconds(30), Duration.ofHours(1),
                () -> Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(10))));
        for (int i = 0; i < 3; i++) {
            String id = session();
            String turnId = queue.submit(id, message("number " + i), null).await().atMost(WAIT)
                    .turn().turnId();
            await(() -> queue.turn(id, turnId).await().atMost(WAIT).orElseThrow().isFinished());
        }
    }

    @Test
    void aConsumerRestartedUnderItsNameAnswersAtOnceWhatItReadBefore() {
        String id = session();
        WorkQueue.Submitted submitted = queue.submit(id, message("また来たよ"), null).await().atMost(WAIT);
        String consumer = "agent-" + System.nanoTime();
        queue.ensureGroup().await().atMost(WAIT);
        assertEquals(1, queue.read(consumer, 1000, Duration.ofMillis(100)).await().atMost(WAIT).size());

        // No other consumer, and take-overs only after an hour: only the restarted consumer itself can answer.
        TurnWorker restarted = new TurnWorker(queue, echo(t -> { }, () -> { }, Duration.ZERO),
                new TurnWorker.Settings(consumer, 64, Duration.ofMillis(200), Duration.ofSeconds(20)), Clock.systemUTC(),
                Duration.ofSeconds(30), Duration.ofHours(1));
        start(restarted);

        await(() -> queue.turn(id, submitted.turn().turnId()).await().atMost(WAIT).orElseThrow().isFinished());
        assertEquals(1, restarted.redelivered());
        await(() -> queue.depth().await().atMost(WAIT).equals(new WorkQueue.Depth(0, 0)));
    }

    @Test
    void wakeUpsReadWhileTheWorkerIsReplacedAreLeftToItsSuccessor() {
        String id = session();
        WorkQueue.Submitted submitted = queue.submit(id, message("どっち？"), null).await().atMost(WAIT);
        String consumer = "agent-" + System.nanoTime();
        TurnWorker.Settings settings = new TurnWorker.Settings(consumer, 64, Duration.ofMillis(200), Duration.ofSeconds(20));
        AtomicInteger answeredByFirst = new AtomicInteger();
        CompletableFuture<Void> held = new CompletableFuture<>();
        AtomicBoolean readAndHeld = new AtomicBoolean();
        // The first worker reads the wake-up, then is stopped while its step before answering is still running.
        TurnWorker first = new TurnWorker(queue, echo(t -> answeredByFirst.incrementAndGet(), () -> { }, Duration.ZERO), settings,
                Clock.systemUTC(), Duration.ofSeconds(30), Duration.ofHours(1),
                () -> {
                    readAndHeld.set(true);
                    return Uni.createFrom().completionStage(held);
                });
        first.start();
        await(readAndHeld::get);
        first.stop().toCompletableFuture().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join();
        held.complete(null);
        assertEquals(0, answeredByFirst.get(), "a stopped worker answers nothing it read");
        assertFalse(queue.turn(id, submitted.turn().turnId()).await().atMost(WAIT).orElseThrow().isFinished());

        TurnWorker successor = new TurnWorker(queue, echo(t -> { }, () -> { }, Duration.ZERO), settings, Clock.systemUTC(),
                Duration.ofSeconds(30), Duration.ofHours(1));
        start(successor);

        await(() -> queue.turn(id, submitted.turn().turnId()).await().atMost(WAIT).orElseThrow().isFinished());
        assertEquals(List.of("どっち？", "re: どっち？"), history(id).stream().map(ConversationEntry::message).toList());
    }

    @Test
    void aFailingHandlerFailsItsTurnChangesNothingAndTheNextTurnGoesOn() {
        String id = session();
        Turn bad = queue.submit(id, message("boom"), null).await().atMost(WAIT).turn();
        Turn good = queue.submit(id, message("fine"), null).await().atMost(WAIT).turn();
        TurnWorker.Handler echo = echo(t -> { }, () -> { }, Duration.ZERO);
        start("w-fail", turn -> turn.request() != null && "boom".equals(turn.request().path("message").asText())
                ? Uni.createFrom().failure(new TurnWorker.TurnFailure(ErrorCode.TURN_FAILED, "model down"))
                : echo.answer(turn));

        await(() -> queue.turn(id, good.turnId()).await().atMost(WAIT).orElseThrow().isFinished());
        Turn failed = queue.turn(id, bad.turnId()).await().atMost(WAIT).orElseThrow();
        assertEquals(TurnStatus.FAILED, failed.status());
        assertEquals(ErrorCode.TURN_FAILED, failed.error());
        assertTrue(failed.result() == null || failed.result().isNull());
        assertEquals(List.of("fine", "re: fine"), history(id).stream().map(ConversationEntry::message).toList());
    }

    @Test
    void onlyTheLeaseHolderCanCommitAndTheLastCommitGivesTheLeaseUp() {
        String id = session();
        queue.submit(id, message("x"), null).await().atMost(WAIT);
        queue.submit(id, message("y"), null).await().atMost(WAIT);
        Claim claim = queue.claimNext(id, "holder", Duration.ofSeconds(30)).await().atMost(WAIT);
        assertTrue(claim.leased());
        Turn first = claim.turn().orElseThrow();

        assertFalse(queue.claimNext(id, "intruder", Duration.ofSeconds(30)).await().atMost(WAIT).leased());
        assertEquals(WorkQueue.CommitResult.LEASE_LOST,
                queue.commit("intruder", first.done(reply("ok"), Clock.systemUTC().instant()), SessionChanges.none())
                        .await().atMost(WAIT));
        // A turn still waits: the holder keeps the lease for it.
        assertEquals(WorkQueue.CommitResult.APPLIED,
                queue.commit("holder", first.done(reply("ok"), Clock.systemUTC().instant()), SessionChanges.none())
                        .await().atMost(WAIT));
        assertEquals(WorkQueue.CommitResult.ALREADY_ANSWERED,
                queue.commit("holder", first.done(reply("ok"), Clock.systemUTC().instant()), SessionChanges.none())
                        .await().atMost(WAIT));
        assertFalse(queue.claimNext(id, "intruder", Duration.ofSeconds(30)).await().atMost(WAIT).leased());

        Turn second = queue.claimNext(id, "holder", Duration.ofSeconds(30)).await().atMost(WAIT).turn().orElseThrow();
        assertEquals(WorkQueue.CommitResult.APPLIED_AND_RELEASED,
                queue.commit("holder", second.done(reply("ok"), Clock.systemUTC().instant()), SessionChanges.none())
                        .await().atMost(WAIT));
        // Nothing waits: the lease was given up in the same step, another agent may take the session.
        Claim after = queue.claimNext(id, "another", Duration.ofSeconds(30)).await().atMost(WAIT);
        assertTrue(after.leased());
        assertTrue(after.turn().isEmpty());
    }

    // ---- helpers ----

    private TurnWorker.Handler echo(java.util.function.Consumer<Turn> onStart, Runnable onEnd, Duration delay) {
        return turn -> {
            onStart.accept(turn);
            String text = turn.request(TurnRequest.InterviewMessage.class).message();
            Clock clock = Clock.systemUTC();
            SessionChanges changes = SessionChanges.none().append(SessionKey.CONVERSATION_HISTORY,
                    List.of(ConversationEntry.user(text, clock), ConversationEntry.hera("re: " + text, clock)));
            Uni<TurnWorker.Answer> answer = Uni.createFrom().item(new TurnWorker.Answer(reply("re: " + text), changes));
            return (delay.isZero() ? answer : answer.onItem().delayIt().by(delay)).onTermination().invoke(onEnd);
        };
    }

    private TurnWorker worker(String name, TurnWorker.Handler handler, Duration lease, Duration reclaimAfter) {
        return new TurnWorker(queue, handler, new TurnWorker.Settings(name + "-" + System.nanoTime(), 64,
                Duration.ofMillis(200), Duration.ofSeconds(20)), Clock.systemUTC(), lease, reclaimAfter);
    }

    private void start(String name, TurnWorker.Handler handler) {
        start(worker(name, handler, Duration.ofSeconds(30), Duration.ofSeconds(1)));
    }

    private void start(TurnWorker worker) {
        workers.add(worker);
        worker.start();
    }

    private String session() {
        return store.create("ja").await().atMost(WAIT).sessionId();
    }

    private static TurnRequest message(String text) {
        return new TurnRequest.InterviewMessage(text);
    }

    private static TurnResult reply(String text) {
        return new TurnResult.InterviewReply(text, TurnResult.InterviewStatus.INCOMPLETE, null, null, "echo");
    }

    private List<String> inbox(String id) {
        return store.snapshot(id, SessionKey.INBOX).await().atMost(WAIT).queue(SessionKey.INBOX);
    }

    private List<ConversationEntry> history(String id) {
        return store.readLog(id, SessionKey.CONVERSATION_HISTORY, ConversationEntry.class).await().atMost(WAIT);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in " + WAIT);
            }
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
