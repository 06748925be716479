package dev.hera.session;

/** The session does not exist (never created, deleted, or expired). */
public class SessionNotFoundException extends RuntimeException {

    private final String sessionId;

    public SessionNotFoundException(String sessionId) {
        super("session not found", null, false, false);
        this.sessionId = sessionId;
    }

    public String sessionId() {
        return sessionId;
    }
}
