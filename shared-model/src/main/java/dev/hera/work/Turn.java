package dev.hera.work;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.hera.error.ErrorCode;
import dev.hera.model.JsonConfig;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One unit of work handed from the API to the agent, kept in the session's {@code turns} key
 * so that its answer can be fetched later (and a retried request finds it again).
 *
 * @param turnId         unique id of the turn
 * @param sessionId      the session it belongs to
 * @param kind           what is asked
 * @param request        the request as stored: a {@link TurnRequest} of the kind's type, read with {@link #request(Class)}
 * @param idempotencyKey the client's Idempotency-Key, if it sent one
 * @param status         pending, done or failed
 * @param result         the answer as stored, once done: a {@link TurnResult} of the kind's type, read with {@link #result(Class)}
 * @param error          why it failed, once failed
 * @param createdAt      when it was queued
 * @param completedAt    when it was answered
 * @param traceParent    W3C traceparent of the request that queued it (absent while tracing is off)
 */
@RegisterForReflection
public record Turn(String turnId, String sessionId, TurnKind kind, JsonNode request, String idempotencyKey,
        TurnStatus status, JsonNode result, ErrorCode error, Instant createdAt, Instant completedAt, String traceParent) {

    /** Converts the contract's records to and from their stored trees, with Hera's JSON conventions. */
    private static final ObjectMapper CONTRACT = JsonConfig.newMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** A new, pending turn asking what the request asks. */
    public static Turn pending(String turnId, String sessionId, TurnRequest request, String idempotencyKey,
            Instant createdAt, String traceParent) {
        return new Turn(turnId, sessionId, request.kind(), tree(request), idempotencyKey, TurnStatus.PENDING, null, null,
                createdAt, null, traceParent);
    }

    /** The stored form of a request or a result. */
    public static JsonNode tree(Object contract) {
        return CONTRACT.valueToTree(contract);
    }

    /** The request, read as its kind's record. */
    public <T extends TurnRequest> T request(Class<T> type) {
        return read(request, type, kind.requestType());
    }

    /** The answer, read as its kind's record; null while there is none. */
    public <T extends TurnResult> T result(Class<T> type) {
        return result == null || result.isNull() ? null : read(result, type, kind.resultType());
    }

    private <T> T read(JsonNode stored, Class<T> type, Class<?> kindsType) {
        if (type != kindsType) {
            throw new IllegalArgumentException(kind + " turns are read as " + kindsType.getSimpleName() + ", not "
                    + type.getSimpleName());
        }
        try {
            return CONTRACT.treeToValue(stored == null ? CONTRACT.createObjectNode() : stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("turn " + turnId + " holds no " + type.getSimpleName(), e);
        }
    }

    public boolean isFinished() {
        return status != TurnStatus.PENDING;
    }

    public Turn done(TurnResult answer, Instant at) {
        if (!kind.resultType().isInstance(answer)) {
            throw new IllegalArgumentException(kind + " turns are answered with " + kind.resultType().getSimpleName());
        }
        return new Turn(turnId, sessionId, kind, request, idempotencyKey, TurnStatus.DONE, tree(answer), null, createdAt,
                at, traceParent);
    }

    public Turn failed(ErrorCode why, Instant at) {
        return new Turn(turnId, sessionId, kind, request, idempotencyKey, TurnStatus.FAILED, null, why, createdAt, at,
                traceParent);
    }
}
