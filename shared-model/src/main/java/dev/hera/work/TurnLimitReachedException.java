package dev.hera.work;

/** The session holds as many turns as one session may ({@code hera.session.max-turns}); nothing was queued. */
public class TurnLimitReachedException extends RuntimeException {

    public TurnLimitReachedException(String sessionId, int limit) {
        super("session " + sessionId + " holds " + limit + " turns", null, false, false);
    }
}
