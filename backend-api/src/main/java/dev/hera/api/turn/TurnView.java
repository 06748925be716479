package dev.hera.api.turn;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import dev.hera.error.ErrorCode;
import dev.hera.work.TurnKind;
import dev.hera.work.TurnStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A turn as a client sees it after a 202: its status and, once answered, {@code answer} — the
 * same body the original request would have answered with 200 — or the error.
 */
@RegisterForReflection
public record TurnView(String turnId, TurnKind kind, TurnStatus status, Object answer, JsonNode result, ErrorCode errorCode,
        String error, Instant createdAt, Instant completedAt) {
}
