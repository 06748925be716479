package dev.hera.session;

/** A guarded read-modify-write lost the race more often than the configured number of attempts. */
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String sessionId, SessionKey key, int attempts) {
        super("update of " + key.keyName() + " lost " + attempts + " races", null, false, false);
    }
}
