package dev.hera.api.ratelimit;

/** What a bucket counts, and the budget it is checked against; its {@link #label()} is in the key and the metric tag. */
public enum BucketScope {

    /** Cheap requests of one client address. */
    CLIENT_CHEAP("client-cheap"),
    /** Expensive requests of one client address. */
    CLIENT_EXPENSIVE("client-expensive"),
    /** Expensive requests addressed to one session, from any address. */
    SESSION_EXPENSIVE("session-expensive"),
    /** New sessions created by one client address (each one stores a session and queues a greeting). */
    CLIENT_SESSIONS("client-sessions");

    private final String label;

    BucketScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
