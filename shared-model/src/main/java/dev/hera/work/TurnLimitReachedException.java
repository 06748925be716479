package dev.hera.work;

/**
 * The session holds as many turns as one session may ({@code hera.session.max-turns}), or as many
 * of one kind (messages to Hera, to the family); nothing was queued.
 */
public class TurnLimitReachedException extends RuntimeException {

    public TurnLimitReachedException(String sessionId, TurnKind kind) {
        super("session " + sessionId + " may queue no more turns (asked: " + kind + ")", null, false, false);
    }
}
