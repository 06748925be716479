package dev.hera.work;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Announced on the events channel when the agent answered a turn. */
@RegisterForReflection
public record TurnEvent(String sessionId, String turnId, TurnStatus status) {
}
