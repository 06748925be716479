package dev.hera.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.testing.RedisServerResource;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(RedisServerResource.class)
class SmokeTest {
    @Inject
    ReactiveRedisDataSource redis;

    @Test
    void pings() {
        assertEquals("PONG", redis.execute("PING").await().indefinitely().toString());
    }
}
