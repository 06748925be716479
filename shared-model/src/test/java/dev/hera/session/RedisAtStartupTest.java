package dev.hera.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Redis address as the start-up line shows it: never a user name or password. */
class RedisAtStartupTest {

    @Test
    void credentialsAreLeftOutOfTheLoggedAddress() {
        assertEquals("redis://localhost:6379", RedisAtStartup.withoutCredentials("redis://localhost:6379"));
        assertEquals("redis://cache:6380/2", RedisAtStartup.withoutCredentials("redis://default:s3cret@cache:6380/2"));
        assertEquals("rediss://a:1,rediss://b:2", RedisAtStartup.withoutCredentials("rediss://:pw@a:1,rediss://u:pw@b:2"));
    }
}
