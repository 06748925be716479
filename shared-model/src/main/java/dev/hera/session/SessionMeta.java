package dev.hera.session;

import java.time.Instant;
import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The {@code _meta} hash of a session: when it was created and last written, its language and
 * the phase of the journey it is in.
 */
@RegisterForReflection
public record SessionMeta(String sessionId, Instant createdAt, Instant updatedAt, String locale, String phase) {

    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";
    static final String LOCALE = "locale";
    static final String PHASE = "phase";

    /** The {@code _meta} field holding the phase, for writers that move a session along. */
    public static final String PHASE_FIELD = PHASE;

    /** The phase a new session starts in. */
    public static final String PHASE_INTERVIEW = "interview";

    static SessionMeta fromHash(String sessionId, Map<String, String> hash) {
        return new SessionMeta(sessionId,
                instant(hash.get(CREATED_AT)),
                instant(hash.get(UPDATED_AT)),
                hash.get(LOCALE),
                hash.get(PHASE));
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }
}
