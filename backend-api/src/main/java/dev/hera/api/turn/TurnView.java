package dev.hera.api.turn;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
public record TurnView(String turnId, TurnKind kind, TurnStatus status, @Schema(nullable = true) Object answer,
        @Schema(nullable = true) JsonNode result, @Schema(nullable = true) ErrorCode errorCode,
        @Schema(nullable = true) String error, Instant createdAt, @Schema(nullable = true) Instant completedAt) {
}
