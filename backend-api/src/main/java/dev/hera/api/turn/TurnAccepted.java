package dev.hera.api.turn;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The {@code 202 Accepted} answer for a turn that was not finished before the deadline: the
 * work goes on, and its result can be fetched at {@code poll_url}.
 *
 * @param status  always {@code "accepted"}
 * @param turnId  the turn's id
 * @param pollUrl {@code /api/sessions/<id>/turns/<turn_id>}
 */
@RegisterForReflection
public record TurnAccepted(String status, String turnId, String pollUrl) {
}
