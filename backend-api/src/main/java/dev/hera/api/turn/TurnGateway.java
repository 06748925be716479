package dev.hera.api.turn;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.api.config.ApiConfig;
import dev.hera.api.error.ApiException;
import dev.hera.config.HeraConfig;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;
import dev.hera.work.Turn;
import dev.hera.work.TurnEvents;
import dev.hera.work.TurnRequest;
import dev.hera.work.WorkQueue;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Hands work to the agent through Redis and waits for the answer until the turn deadline.
 * The API never calls the agent directly: it queues the turn, listens for the agent's
 * announcement (and polls, in case one is missed), and past the deadline lets the client fetch
 * the answer later with the turn id.
 */
@ApplicationScoped
public class TurnGateway {

    /**
     * The answer of a submitted turn: finished in time, or still running.
     *
     * @param respondAsync whether the client allowed an answer without the result (202)
     */
    public record Outcome(Turn turn, boolean finishedInTime, boolean respondAsync) {
    }

    private final WorkQueue queue;
    private final TurnEvents events;
    private final Duration deadline;
    private final Duration waitLimit;
    private final Duration pollInterval;

    public TurnGateway(WorkQueue queue, TurnEvents events, ApiConfig api, HeraConfig hera) {
        this.queue = queue;
        this.events = events;
        this.deadline = api.turnDeadline();
        this.waitLimit = api.turnWaitLimit();
        this.pollInterval = hera.work().pollInterval();
    }

    /**
     * Queues a turn for the session (or finds the earlier one with the same idempotency key)
     * and waits for it: until the turn deadline when the client allows an answer without the
     * result ({@code respondAsync}), else until the longer wait limit.
     */
    public Uni<Outcome> submit(String sessionId, Language language, TurnRequest request, String idempotencyKey,
            boolean respondAsync) {
        TurnEvents.Waiter waiter = events.listen(sessionId);
        return events.ensureSubscribed().onFailure().recoverWithNull()
                .chain(() -> queue.submit(sessionId, request, idempotencyKey))
                .chain(submitted -> {
                    Turn turn = submitted.turn();
                    if (!submitted.created()
                            && (turn.kind() != request.kind() || !Objects.equals(turn.request(), Turn.tree(request)))) {
                        return Uni.createFrom().failure(new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED, language));
                    }
                    return turn.isFinished()
                            ? Uni.createFrom().item(new Outcome(turn, true, respondAsync))
                            : awaitAnswer(waiter, turn, respondAsync ? deadline : waitLimit)
                                    .map(current -> new Outcome(current, current.isFinished(), respondAsync));
                })
                .eventually(waiter::close);
    }

    /** The turn as it is now. */
    public Uni<Optional<Turn>> find(String sessionId, String turnId) {
        return queue.turn(sessionId, turnId);
    }

    private Uni<Turn> awaitAnswer(TurnEvents.Waiter waiter, Turn turn, Duration patience) {
        // The announcement carries the answered turn; one that does not (announced before the wait began) is read.
        Uni<Turn> announced = waiter.expect(turn.turnId())
                .chain(event -> event.turn() != null ? Uni.createFrom().item(Optional.of(event.turn()))
                        : queue.turn(turn.sessionId(), turn.turnId()))
                .map(found -> found.orElse(turn));
        // Polling is the fallback for a missed announcement: it starts one interval in, not at once.
        Uni<Turn> polled = Multi.createFrom().ticks().startingAfter(pollInterval).every(pollInterval)
                // A poll slower than the interval (a busy Redis) skips ticks; it must not fail the request.
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> queue.turn(turn.sessionId(), turn.turnId())
                        .onFailure().recoverWithItem(Optional.empty()))
                .filter(found -> found.isPresent() && found.get().isFinished())
                .map(Optional::get)
                .toUni();
        return Uni.combine().any().of(announced, polled)
                .ifNoItem().after(patience).recoverWithUni(() -> queue.turn(turn.sessionId(), turn.turnId())
                        .map(found -> found.orElse(turn)));
    }
}
