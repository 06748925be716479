package dev.hera.api.ratelimit;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.session.LuaScript;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * Token buckets held in Redis, so that every API replica draws on the same budgets.
 *
 * <p>Keys (global, not part of any session):
 * <ul>
 * <li>{@code hera:ratelimit:{<scope>:<id>}}, a hash: {@code tokens} (a decimal number, the tokens
 * left after the last check) and {@code refilled_at} (Redis server time of that check, epoch
 * milliseconds). {@code <scope>} is a {@link BucketScope#label()} ({@code client-cheap},
 * {@code client-expensive}, {@code session-expensive}) and {@code <id>} a client address or a
 * session id, e.g. {@code hera:ratelimit:{session-expensive:0b6f...}}. The braces are a Redis
 * Cluster hash tag: each bucket is one key in one slot.</li>
 * </ul>
 * A bucket lives only as long as it takes to fill up again ({@code PEXPIRE}); an absent bucket is
 * a full one, so idle buckets simply vanish.
 *
 * <p>Each check is one script call: refill by the time elapsed, take a token if there is one,
 * store, set the expiry — atomically, so concurrent requests on many replicas never take the
 * same token twice. The clock is Redis' own {@code TIME}, so replicas with skewed clocks agree.
 */
@ApplicationScoped
public class TokenBucketLimiter {

    static final String KEY_PREFIX = "hera:ratelimit:";

    /** KEYS[1] the bucket; ARGV[1] capacity, ARGV[2] tokens per second. Returns {allowed 0|1, whole tokens left, ms to wait}. */
    private static final LuaScript TAKE = new LuaScript("""
            -- Redis before 5 replicates scripts verbatim and then refuses writes after TIME.
            if redis.replicate_commands then redis.replicate_commands() end
            local capacity = tonumber(ARGV[1])
            local per_ms = tonumber(ARGV[2]) / 1000
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'refilled_at')
            local tokens = tonumber(state[1])
            local refilled_at = tonumber(state[2])
            if tokens == nil or refilled_at == nil then
              tokens = capacity
            else
              tokens = math.min(capacity, tokens + math.max(0, now - refilled_at) * per_ms)
            end
            local allowed = 0
            local wait = 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            else
              wait = math.ceil((1 - tokens) / per_ms)
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'refilled_at', tostring(now))
            redis.call('PEXPIRE', KEYS[1], math.max(1, math.ceil((capacity - tokens) / per_ms)))
            return {allowed, math.floor(tokens), wait}
            """);

    private final ReactiveRedisDataSource redis;

    public TokenBucketLimiter(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    /** The Redis key of a bucket. */
    public static String keyOf(Bucket bucket) {
        return KEY_PREFIX + "{" + bucket.scope().label() + ":" + bucket.id() + "}";
    }

    /** Takes one token from the bucket if it has one; fails when Redis cannot be reached. */
    public Uni<BucketDecision> take(Bucket bucket) {
        Budget budget = bucket.budget();
        List<String> args = List.of(String.valueOf(budget.capacity()), String.valueOf(budget.refillPerSecond()));
        return TAKE.run(redis, List.of(keyOf(bucket)), args).map(reply -> decision(bucket, reply));
    }

    private static BucketDecision decision(Bucket bucket, Response reply) {
        return new BucketDecision(bucket, reply.get(0).toInteger() == 1, bucket.budget().capacity(),
                reply.get(1).toLong(), Duration.ofMillis(reply.get(2).toLong()));
    }
}
