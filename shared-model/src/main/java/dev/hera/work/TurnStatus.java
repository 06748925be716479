package dev.hera.work;

/** Where a turn is in its life. */
public enum TurnStatus {
    /** Queued; the agent has not committed an answer yet. */
    PENDING,
    /** Answered; {@link Turn#result()} holds the answer. */
    DONE,
    /** The agent could not answer; {@link Turn#error()} says why, nothing of the session changed. */
    FAILED
}
