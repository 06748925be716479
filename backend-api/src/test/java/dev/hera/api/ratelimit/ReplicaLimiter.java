package dev.hera.api.ratelimit;

import io.quarkus.redis.runtime.datasource.ReactiveRedisDataSourceImpl;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;

/** A rate limiter with a Redis connection of its own, as one more API replica would have. */
final class ReplicaLimiter implements AutoCloseable {

    private final Redis client;
    private final TokenBucketLimiter limiter;

    ReplicaLimiter(Vertx vertx, String redisUri) {
        this.client = Redis.createClient(vertx, redisUri);
        this.limiter = new TokenBucketLimiter(new ReactiveRedisDataSourceImpl(vertx, client, RedisAPI.api(client)));
    }

    TokenBucketLimiter limiter() {
        return limiter;
    }

    @Override
    public void close() {
        client.close();
    }
}
