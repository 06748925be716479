package dev.hera.api.ratelimit;

/**
 * The size of one token bucket: {@code capacity} requests at once, and {@code refillPerSecond}
 * tokens regained per second (fractions allowed, e.g. 0.5 for one request every two seconds).
 */
public record Budget(int capacity, double refillPerSecond) {

    public Budget {
        // Checked here so that a bad setting stops the service at start-up, not at the first request.
        if (capacity < 1) {
            throw new IllegalArgumentException("a rate-limit capacity must be at least 1, not " + capacity);
        }
        if (!(refillPerSecond > 0) || Double.isInfinite(refillPerSecond)) {
            throw new IllegalArgumentException("a rate-limit refill must be a positive number, not " + refillPerSecond);
        }
    }
}
