package dev.hera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hera.session.RedisRole;
import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisUsers;

/**
 * A service Redis does not fully let in is not ready, and says why in one log line: the API with a
 * wrong password, the agent as a user whose rule lacks a command it needs. Each is started from
 * its packaged jar as an operator would; the same service with the right credentials is ready.
 */
class RedisAccessFaultsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path images;

    @Test
    void aWrongPasswordOrAMissingCommandKeepsTheServiceOutOfReadinessWithAClearLine() {
        try (RedisServer redis = RedisServer.startOnFreePort(RedisUsers.serverArgs(
                role -> role == RedisRole.AGENT ? role.aclRule().replace(" +xautoclaim", "") : role.aclRule()));
                ServiceProcess api = new ServiceProcess("backend-api", Map.of("HERA_IMAGES_LOCAL_DIRECTORY", images.toString(), "QUARKUS_REDIS_HOSTS",
                        RedisUsers.uri(redis.uri(), RedisRole.API.user(), "not-the-password"))).startUnready();
                ServiceProcess agent = new ServiceProcess("adk-agent", Map.of("HERA_IMAGES_LOCAL_DIRECTORY", images.toString(), "QUARKUS_REDIS_HOSTS",
                        RedisUsers.uri(redis.uri(), RedisRole.AGENT))).startUnready()) {

            assertNotReady(api, "Redis at redis://127.0.0.1:" + redis.port() + " refuses this service's credentials (WRONGPASS");
            assertNotReady(agent, "Redis at redis://127.0.0.1:" + redis.port() + " refuses XAUTOCLAIM to this service");
            assertTrue(!api.log().contains("not-the-password"), "the password is in the API's log");

            // The user in the address, the password apart (as the Compose file and the manifests set them, from a Secret)
            try (ServiceProcess rightApi = new ServiceProcess("backend-api", Map.of("HERA_IMAGES_LOCAL_DIRECTORY", images.toString(),
                    "QUARKUS_REDIS_HOSTS", redis.uri() + "?user=" + RedisRole.API.user(),
                    "QUARKUS_REDIS_PASSWORD", RedisUsers.password(RedisRole.API))).start()) {
                assertEquals(200, rightApi.readiness().statusCode());
                assertTrue(rightApi.log().contains("grants this service every command it uses"), rightApi.logTail());
            }
        }
    }

    private static void assertNotReady(ServiceProcess service, String line) {
        Eventually.await("the line: " + line, WAIT, service::log, log -> log.contains(line));
        var readiness = service.readiness();
        assertEquals(503, readiness.statusCode(), readiness.body());
        assertTrue(readiness.body().contains("\"Redis access\""), readiness.body());
    }
}
