package dev.hera.session;

import java.time.Instant;
import java.util.Map;

import dev.hera.model.Language;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The {@code _meta} hash of a session as Hera reads it: when it was created, its language, the
 * phase of the journey it is in, and who owns it. (The hash also records when the session was last
 * written, {@code updated_at}, for people reading Redis; no code reads it.)
 *
 * @param createdAtText when the session was created, as stored (ISO-8601); read by {@link #createdAt()},
 *                      so that the many reads that never look at it (every status poll) do not parse it
 * @param owner how the owner is recognised (the API's credential check; never the credential
 *              itself, e.g. the hash of a session token), or null for a session anyone may use
 */
@RegisterForReflection
public record SessionMeta(String sessionId, String createdAtText, String locale, Phase phase, String owner) {

    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";
    static final String LOCALE = "locale";
    static final String PHASE = "phase";
    static final String OWNER = "owner";

    /** The {@code _meta} fields that move a session into {@code phase}. */
    public static Map<String, String> inPhase(Phase phase) {
        return Map.of(PHASE, phase.wire());
    }

    static SessionMeta fromHash(String sessionId, Map<String, String> hash) {
        return new SessionMeta(sessionId,
                hash.get(CREATED_AT),
                hash.get(LOCALE),
                Phase.fromWire(hash.get(PHASE)),
                hash.get(OWNER));
    }

    /** The session's language; {@link Language#DEFAULT} when it has none recorded. */
    public Language language() {
        return Language.ofLocale(locale);
    }

    /** When the session was created; null when the hash has no such field. */
    public Instant createdAt() {
        return createdAtText == null ? null : Instant.parse(createdAtText);
    }
}
