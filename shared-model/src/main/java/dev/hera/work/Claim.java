package dev.hera.work;

import java.util.Optional;

/**
 * The result of asking for a session's next turn: whether this agent holds the session's lease,
 * the oldest unanswered turn if there is one, and how many times that turn has been started
 * (more than once when agents holding it died or stalled).
 */
public record Claim(boolean leased, Optional<Turn> turn, int attempts) {
}
