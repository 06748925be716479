package dev.hera.api.turn;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import dev.hera.model.Language;
import dev.hera.work.Turn;
import dev.hera.work.TurnKind;
import io.smallrye.mutiny.Uni;

/**
 * Hands work to the agent through Redis and waits for the answer until the turn deadline.
 * The API never calls the agent directly.
 */
@ApplicationScoped
public class TurnGateway {

    /** The answer of a submitted turn: finished in time, or still running (answer 202). */
    public record Outcome(Turn turn, boolean finishedInTime) {
    }

    /**
     * Queues a turn for the session (or finds the earlier one with the same idempotency key)
     * and waits for it until the configured deadline.
     */
    public Uni<Outcome> submit(String sessionId, Language language, TurnKind kind, JsonNode request,
            String idempotencyKey) {
        return Uni.createFrom().failure(new UnsupportedOperationException("work queue not wired yet"));
    }
}
