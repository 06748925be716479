package dev.hera.api.ratelimit;

import java.time.Duration;

/**
 * The answer of one bucket: whether the request may pass, the bucket's capacity, the whole
 * tokens left, and (when refused) how long until a token is back.
 */
public record BucketDecision(Bucket bucket, boolean allowed, int limit, long remaining, Duration retryAfter) {

    /** The wait for a {@code Retry-After} header: whole seconds, rounded up, at least one. */
    public long retryAfterSeconds() {
        long millis = retryAfter.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
