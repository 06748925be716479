package dev.hera.api.session;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answer to {@code POST /api/sessions} (the reference's fields, plus the stored creation time
 * and the locale).
 *
 * @param sessionId the new session's id, a UUID
 * @param createdAt when it was created, as stored
 * @param status    always {@code "created"}
 * @param locale    the session's language
 */
@RegisterForReflection
public record SessionCreated(String sessionId, Instant createdAt, String status, String locale) {
}
