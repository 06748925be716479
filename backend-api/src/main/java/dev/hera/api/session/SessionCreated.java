package dev.hera.api.session;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answer to {@code POST /api/sessions} (the reference's fields, plus the stored creation time
 * and the locale).
 *
 * @param sessionId    the new session's id, a UUID
 * @param createdAt    when it was created, as stored
 * @param status       always {@code "created"}
 * @param locale       the session's language
 * @param sessionToken the credential every request of the session sends as {@code Authorization: Bearer}
 *                     (token mode only; shown once, never stored)
 */
@RegisterForReflection
public record SessionCreated(String sessionId, Instant createdAt, String status, String locale,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Sent back as Authorization: Bearer "
                + "<session_token> by every request of the session (absent when the API runs with "
                + "HERA_API_AUTH=none); shown only here.") String sessionToken) {
}
