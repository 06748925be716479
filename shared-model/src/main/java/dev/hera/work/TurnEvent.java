package dev.hera.work;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Announced on the events channel when the agent answered a turn; {@code turn} is the answered turn
 * itself, so that a waiting request needs no read (null when only the id is known).
 */
@RegisterForReflection
public record TurnEvent(String sessionId, String turnId, TurnStatus status, Turn turn) {
}
