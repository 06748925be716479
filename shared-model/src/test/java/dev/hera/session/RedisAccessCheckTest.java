package dev.hera.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisUsers;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;

/**
 * The readiness check of Redis access against a real redis-server with the services' ACL users:
 * granted, a command taken away, the transaction itself taken away, a wrong password; and that a
 * probe leaves nothing in Redis.
 */
class RedisAccessCheckTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static Vertx vertx;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.closeAndAwait();
    }

    @Test
    void everyRoleIsGrantedWhatItUsesAndTheProbeLeavesNothingBehind() {
        try (RedisServer server = RedisServer.startOnFreePort(RedisUsers.serverArgs())) {
            for (RedisRole role : RedisRole.values()) {
                RedisAccessCheck check = check(server, RedisUsers.uri(server.uri(), role), role);
                assertEquals(List.of(), check.check().await().atMost(WAIT), role.user());
                assertEquals(HealthCheckResponse.Status.UP, check.call().await().atMost(WAIT).getStatus());
            }
            assertEquals(List.of(), server.scanKeys("*"), "keys left by the probes");
        }
    }

    @Test
    void aCommandTakenAwayIsNamedAndReadinessIsDown() {
        try (RedisServer server = RedisServer.startOnFreePort(RedisUsers.serverArgs(
                role -> role.aclRule().replace(" +xadd", "").replace(" +xautoclaim", "")))) {
            RedisAccessCheck api = check(server, RedisUsers.uri(server.uri(), RedisRole.API), RedisRole.API);
            assertEquals(List.of("XADD"), api.check().await().atMost(WAIT));
            HealthCheckResponse down = api.call().await().atMost(WAIT);
            assertEquals(HealthCheckResponse.Status.DOWN, down.getStatus());
            assertEquals(Optional.of("XADD"), down.getData().map(data -> data.get("refused")));

            RedisAccessCheck agent = check(server, RedisUsers.uri(server.uri(), RedisRole.AGENT), RedisRole.AGENT);
            assertEquals(List.of("XADD", "XAUTOCLAIM"), agent.check().await().atMost(WAIT));
        }
    }

    @Test
    void withoutTheTransactionNothingIsProbedAndNothingRuns() {
        try (RedisServer server = RedisServer.startOnFreePort(RedisUsers.serverArgs(
                role -> role.aclRule().replace(" +multi", "")))) {
            RedisAccessCheck api = check(server, RedisUsers.uri(server.uri(), RedisRole.API), RedisRole.API);
            assertEquals(List.of("MULTI"), api.check().await().atMost(WAIT));
            assertEquals(List.of(), server.scanKeys("*"), "a probe ran outside a transaction");
        }
    }

    @Test
    void aWrongPasswordIsDownWithRedisOwnWord() {
        try (RedisServer server = RedisServer.startOnFreePort(RedisUsers.serverArgs())) {
            RedisAccessCheck api = check(server, RedisUsers.uri(server.uri(), RedisRole.API.user(), "wrong"), RedisRole.API);
            HealthCheckResponse down = api.call().await().atMost(WAIT);
            assertEquals(HealthCheckResponse.Status.DOWN, down.getStatus());
            String error = String.valueOf(down.getData().orElseThrow().get("error"));
            assertTrue(error.startsWith("WRONGPASS"), error);
        }
    }

    @Test
    void credentialsAreLeftOutOfTheLoggedAddress() {
        assertEquals("redis://localhost:6379", RedisAccessCheck.withoutCredentials("redis://localhost:6379"));
        assertEquals("redis://cache:6380/2", RedisAccessCheck.withoutCredentials("redis://default:s3cret@cache:6380/2"));
        assertEquals("rediss://a:1,rediss://b:2", RedisAccessCheck.withoutCredentials("rediss://:pw@a:1,rediss://u:pw@b:2"));
    }

    private static RedisAccessCheck check(RedisServer server, String uri, RedisRole role) {
        Redis client = Redis.createClient(vertx, new RedisOptions().setConnectionString(uri));
        return new RedisAccessCheck(client, Optional.of(role), false, server.uri(), "session:acl-probe:_meta",
                "hera:turns", "hera:turn-events");
    }
}
