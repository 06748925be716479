package dev.hera.work;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import dev.hera.error.ErrorCode;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One unit of work handed from the API to the agent, kept in the session's {@code turns} key
 * so that its answer can be fetched later (and a retried request finds it again).
 *
 * @param turnId         unique id of the turn
 * @param sessionId      the session it belongs to
 * @param kind           what is asked
 * @param request        the request's data (e.g. {@code {message}})
 * @param idempotencyKey the client's Idempotency-Key, if it sent one
 * @param status         pending, done or failed
 * @param result         the answer, once done
 * @param error          why it failed, once failed
 * @param createdAt      when it was queued
 * @param completedAt    when it was answered
 * @param traceParent    W3C traceparent of the request that queued it (absent while tracing is off)
 */
@RegisterForReflection
public record Turn(String turnId, String sessionId, TurnKind kind, JsonNode request, String idempotencyKey,
        TurnStatus status, JsonNode result, ErrorCode error, Instant createdAt, Instant completedAt, String traceParent) {

    public boolean isFinished() {
        return status != TurnStatus.PENDING;
    }

    public Turn done(JsonNode answer, Instant at) {
        return new Turn(turnId, sessionId, kind, request, idempotencyKey, TurnStatus.DONE, answer, null, createdAt, at,
                traceParent);
    }

    public Turn failed(ErrorCode why, Instant at) {
        return new Turn(turnId, sessionId, kind, request, idempotencyKey, TurnStatus.FAILED, null, why, createdAt, at,
                traceParent);
    }
}
