package dev.hera.testing;

import java.time.Duration;

import dev.hera.work.Turn;
import dev.hera.work.WorkQueue;

/** Waits, in tests, until an agent has answered a queued turn. */
public final class TurnAwait {

    private TurnAwait() {
    }

    /** The turn once finished (answered or failed); an {@link AssertionError} after {@code wait}. */
    public static Turn answered(WorkQueue queue, String sessionId, Turn turn, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            Turn current = queue.turn(sessionId, turn.turnId()).await().atMost(wait).orElseThrow();
            if (current.isFinished()) {
                return current;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
        throw new AssertionError("turn " + turn.turnId() + " not answered in " + wait);
    }
}
