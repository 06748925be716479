package dev.hera.e2e;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits in a test until what it looks at is as expected, instead of sleeping a guessed time. */
final class Eventually {

    private static final long EVERY_MILLIS = 100;

    private Eventually() {
    }

    /**
     * Looks with {@code probe} every 200 ms until {@code expected} holds, and returns what it saw then;
     * an {@link AssertionError} naming {@code what} and the last sight after {@code timeout}.
     */
    static <T> T await(String what, Duration timeout, Supplier<T> probe, Predicate<T> expected) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T seen = probe.get();
        while (!expected.test(seen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + timeout + "; last seen: " + seen);
            }
            try {
                Thread.sleep(EVERY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
            seen = probe.get();
        }
        return seen;
    }
}
