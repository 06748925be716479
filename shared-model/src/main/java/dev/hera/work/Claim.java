package dev.hera.work;

import java.util.Optional;

/**
 * The result of asking for a session's next turn: whether this agent holds the session's lease,
 * and the oldest unanswered turn if there is one.
 */
public record Claim(boolean leased, Optional<Turn> turn) {
}
