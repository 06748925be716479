package dev.hera.api.turn;

import dev.hera.work.Turn;
import dev.hera.work.TurnKind;
import io.smallrye.mutiny.Uni;

/**
 * The 200 body of an answered turn, built by the service that owns its kind, so that the request
 * that queued the turn, {@code GET /turns/{id}} and the event stream all answer the same body.
 * Implementations are CDI beans.
 */
public interface TurnAnswer {

    /** Whether this service builds the answers of turns of that kind. */
    boolean answers(TurnKind kind);

    /** The body of the answered turn (with the session as it is now, where the answer shows it). */
    Uni<?> answer(String sessionId, Turn turn);
}
