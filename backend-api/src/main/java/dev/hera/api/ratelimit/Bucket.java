package dev.hera.api.ratelimit;

/** One token bucket to take a token from: its scope, whose it is (an address or a session id), and its size. */
public record Bucket(BucketScope scope, String id, Budget budget) {
}
