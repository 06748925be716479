package dev.hera.work;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import dev.hera.error.ErrorCode;
import dev.hera.image.ImageStoreUnavailableException;
import dev.hera.session.SessionIds;
import dev.hera.session.SessionNotFoundException;
import dev.hera.session.SessionStoreUnavailableException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * The consuming side of the work queue: reads wake-ups, answers each session's turns in order
 * under the session's lease, commits every answer together with its changes, announces it, and
 * only then acknowledges the wake-up. Many sessions are in flight at once (bounded by
 * {@code maxInFlight}); nothing here blocks a thread while a handler waits.
 */
public final class TurnWorker {

    private static final Logger LOG = Logger.getLogger(TurnWorker.class);

    /**
     * How many times a turn is started before it is given up: a turn whose agents keep dying or
     * stalling on it (a poison turn) is answered as failed instead of being retried forever.
     */
    public static final int MAX_ATTEMPTS = 3;

    /** Answers one turn. Blocking work must be moved off the calling (event-loop) thread. */
    @FunctionalInterface
    public interface Handler {
        Uni<Answer> answer(Turn turn);
    }

    /**
     * Runs after wake-ups are read and before their turns are answered; the agent in dev mode
     * applies source changes here. When the worker is stopped meanwhile (the application is
     * replaced), the wake-ups it read stay unacknowledged for the next worker of this consumer.
     */
    @FunctionalInterface
    public interface BeforeAnswering {
        BeforeAnswering NOTHING = () -> Uni.createFrom().voidItem();

        Uni<Void> run();
    }

    /** A handler's answer: the result shown to the client, and what changes in the session. */
    public record Answer(TurnResult result, SessionChanges changes) {
    }

    /** A handler failure with the error code the client should see. */
    public static class TurnFailure extends RuntimeException {
        private final ErrorCode code;

        public TurnFailure(ErrorCode code, String why) {
            super(why, null, false, false);
            this.code = code;
        }

        public ErrorCode code() {
            return code;
        }
    }

    /** How the worker runs. */
    public record Settings(String consumer, int maxInFlight, Duration readBlock, Duration turnTimeout) {
    }

    private record Answered(Turn turn, SessionChanges changes) {
    }

    private final WorkQueue queue;
    private final Handler handler;
    private final Settings settings;
    private final Clock clock;
    private final Duration lease;
    private final Duration renewEvery;
    private final Duration reclaimAfter;
    private final Duration reclaimEvery;
    private final BeforeAnswering beforeAnswering;
    private volatile boolean groupReady;
    /** Where reading this consumer's own unacknowledged wake-ups has got to; null once they are all read. */
    private volatile String ownPendingAfter;
    private volatile CompletableFuture<Void> stopping = new CompletableFuture<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong redelivered = new AtomicLong();
    private volatile boolean stopped;
    private CompletableFuture<Void> readerDone = CompletableFuture.completedFuture(null);
    private Cancellable reclaiming;

    public TurnWorker(WorkQueue queue, Handler handler, Settings settings, Clock clock, Duration lease,
            Duration reclaimAfter) {
        this(queue, handler, settings, clock, lease, reclaimAfter, BeforeAnswering.NOTHING);
    }

    public TurnWorker(WorkQueue queue, Handler handler, Settings settings, Clock clock, Duration lease,
            Duration reclaimAfter, BeforeAnswering beforeAnswering) {
        this.beforeAnswering = beforeAnswering;
        this.queue = queue;
        this.handler = handler;
        this.settings = settings;
        this.clock = clock;
        this.lease = lease;
        this.renewEvery = lease.dividedBy(3);
        this.reclaimAfter = reclaimAfter;
        this.reclaimEvery = reclaimAfter.dividedBy(2);
    }

    /**
     * Starts reading wake-ups and reclaiming those abandoned by dead consumers. Wake-ups an earlier
     * run of this consumer read and left unacknowledged are read first, so a consumer that restarts
     * under the same name takes up its own work at once.
     */
    public synchronized void start() {
        stopped = false;
        stopping = new CompletableFuture<>();
        ownPendingAfter = "0";
        readerDone = new CompletableFuture<>();
        Multi.createBy().repeating()
                .uni(this::readWakes)
                .whilst(any -> !stopped)
                .onFailure().invoke(f -> LOG.warnf("reading the work stream failed (%s); retrying", f.getClass().getSimpleName()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).indefinitely()
                .onItem().transformToIterable(wakes -> wakes)
                .onItem().transformToUni(this::handleWake).merge(settings.maxInFlight())
                .subscribe().with(done -> { }, f -> {
                    LOG.error("work stream reader stopped", f);
                    readerDone.complete(null);
                }, () -> readerDone.complete(null));
        reclaiming = Multi.createFrom().ticks().every(reclaimEvery)
                // A slow reclaim skips ticks instead of failing (and ending) the reclaimer.
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> queue.reclaim(settings.consumer(), reclaimAfter, settings.maxInFlight())
                        .onFailure().invoke(f -> LOG.warnf("reclaiming wake-ups failed (%s); retrying", f.getClass().getSimpleName()))
                        .onFailure().recoverWithItem(List.of()))
                .onItem().transformToIterable(wakes -> wakes)
                .invoke(redelivered::incrementAndGet)
                .onItem().transformToUni(this::handleWake).merge(settings.maxInFlight())
                .subscribe().with(done -> { }, f -> LOG.error("work reclaimer stopped", f));
    }

    /**
     * Stops taking new wake-ups. Turns being answered are finished; a process that dies instead
     * leaves its wake-ups to be reclaimed by another agent once its leases expire.
     */
    public synchronized CompletionStage<Void> stop() {
        stopped = true;
        stopping.complete(null);
        if (reclaiming != null) {
            reclaiming.cancel();
        }
        // The reader ends after its current read; what it read is still answered.
        return readerDone;
    }

    /** Turns being answered right now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Wake-ups this worker took over from consumers that left them unacknowledged. */
    public long redelivered() {
        return redelivered.get();
    }

    private Uni<List<Wake>> readWakes() {
        if (stopped) {
            // A retry after a failed read (Redis gone, e.g. stopped along with this process) ends the reader.
            return Uni.createFrom().item(List.of());
        }
        Uni<Void> group = groupReady ? Uni.createFrom().voidItem()
                : queue.ensureGroup().invoke(() -> groupReady = true);
        return group.chain(this::readNext)
                .chain(this::beforeAnswering)
                .onFailure().invoke(() -> groupReady = false)
                // A read that fails once the worker is stopping ends the reader instead of being retried.
                .onFailure(f -> stopped).recoverWithItem(List.of());
    }

    private Uni<List<Wake>> readNext() {
        String after = ownPendingAfter;
        if (after == null) {
            return queue.read(settings.consumer(), batch(), settings.readBlock());
        }
        return queue.readOwnPending(settings.consumer(), after, batch()).invoke(wakes -> {
            ownPendingAfter = wakes.isEmpty() ? null : wakes.get(wakes.size() - 1).entryId();
            redelivered.addAndGet(wakes.size());
        });
    }

    /** The wake-ups to answer once {@link BeforeAnswering} ran; none when the worker stopped meanwhile. */
    private Uni<List<Wake>> beforeAnswering(List<Wake> wakes) {
        if (wakes.isEmpty()) {
            return Uni.createFrom().item(wakes);
        }
        // A copy: the losing side of the race is cancelled, and the worker's own signal must outlive it.
        Uni<Void> stopped = Uni.createFrom().completionStage(stopping.copy());
        return Uni.combine().any().of(beforeAnswering.run(), stopped)
                .map(ignored -> this.stopped ? List.<Wake>of() : wakes);
    }

    private int batch() {
        return Math.max(1, Math.min(64, settings.maxInFlight()));
    }

    /**
     * Answers the waiting turns of the wake-up's session and then acknowledges it. When another
     * agent holds the session's lease, the wake-up stays unacknowledged: if that agent is alive it
     * answers the turns anyway, and if it died, this wake-up is reclaimed and retried once the
     * lease has expired, so no turn is ever left behind.
     */
    private Uni<Void> handleWake(Wake wake) {
        if (wake.sessionId() == null) {
            return queue.ack(wake).onFailure().recoverWithNull();
        }
        // One owner per drain: two wake-ups of one session in this process must not both work on it.
        String owner = settings.consumer() + ":" + UUID.randomUUID();
        inFlight.incrementAndGet();
        return drain(wake.sessionId(), owner)
                .onFailure(SessionNotFoundException.class).recoverWithItem(true)
                .chain(settled -> settled ? queue.ack(wake) : Uni.createFrom().voidItem())
                .onFailure().invoke(f -> LOG.warnf("session %s left for a later retry: %s", SessionIds.reference(wake.sessionId()),
                        f.getClass().getSimpleName()))
                .onFailure().recoverWithNull()
                .onTermination().invoke(inFlight::decrementAndGet);
    }

    /** Answers the session's turns in order while holding its lease; false when another agent holds it. */
    private Uni<Boolean> drain(String sessionId, String owner) {
        return queue.claimNext(sessionId, owner, lease).chain(claim -> {
            if (!claim.leased()) {
                return Uni.createFrom().item(false);
            }
            if (claim.turn().isEmpty()) {
                return queue.release(sessionId, owner)
                        .chain(waiting -> waiting > 0 ? drain(sessionId, owner) : Uni.createFrom().item(true));
            }
            Turn turn = claim.turn().get();
            Uni<Answered> answering = claim.attempts() > MAX_ATTEMPTS
                    ? Uni.createFrom().item(() -> givenUp(turn, claim.attempts()))
                    : answerUnderLease(turn, owner);
            return answering.chain(answered -> queue
                    .commit(owner, answered.turn(), answered.changes())
                    .chain(result -> switch (result) {
                        case APPLIED_AND_RELEASED -> Uni.createFrom().item(true);
                        case APPLIED, ALREADY_ANSWERED -> drain(sessionId, owner);
                        case LEASE_LOST -> Uni.createFrom().item(false);
                    }));
        });
    }

    private Answered givenUp(Turn turn, int attempts) {
        LOG.warnf("turn %s of kind %s was started %d times and never answered (its agents died or stalled): "
                + "answered as failed", turn.turnId(), turn.kind(), attempts - 1);
        return new Answered(turn.failed(ErrorCode.TURN_FAILED, clock.instant()), SessionChanges.none());
    }

    /** Runs the handler while renewing the session's lease, and turns its failure into a failed turn. */
    private Uni<Answered> answerUnderLease(Turn turn, String owner) {
        Cancellable renewal = Multi.createFrom().ticks().startingAfter(renewEvery).every(renewEvery)
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> queue.claimNext(turn.sessionId(), owner, lease)
                        .onFailure().recoverWithNull())
                .subscribe().with(claim -> { }, f -> { });
        return Uni.createFrom().deferred(() -> handler.answer(turn))
                .ifNoItem().after(settings.turnTimeout()).failWith(() -> new TurnFailure(ErrorCode.TURN_FAILED, "timed out"))
                .map(answer -> new Answered(turn.done(answer.result(), clock.instant()), answer.changes()))
                .onFailure(f -> !(f instanceof SessionStoreUnavailableException || f instanceof SessionNotFoundException))
                .recoverWithItem(f -> {
                    ErrorCode code = f instanceof TurnFailure failure ? failure.code()
                            // The image store being down is the client's 503, not a failed answer.
                            : f instanceof ImageStoreUnavailableException ? ErrorCode.SERVICE_UNAVAILABLE
                            : ErrorCode.TURN_FAILED;
                    if (!(f instanceof TurnFailure) && !(f instanceof ImageStoreUnavailableException)) {
                        LOG.errorf(f, "turn %s of kind %s failed", turn.turnId(), turn.kind());
                    }
                    return new Answered(turn.failed(code, clock.instant()), SessionChanges.none());
                })
                .onTermination().invoke(renewal::cancel);
    }
}
