package dev.hera.session;

/** Redis could not be reached or answered with an error; the caller should answer 503. */
public class SessionStoreUnavailableException extends RuntimeException {

    public SessionStoreUnavailableException(Throwable cause) {
        super("session store unavailable", cause);
    }
}
