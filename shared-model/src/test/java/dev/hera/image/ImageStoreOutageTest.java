package dev.hera.image;

import static dev.hera.image.ImageStoreContract.assertUnavailable;
import static dev.hera.image.ImageStoreContract.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3Server;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;

/** S3 goes away and comes back: calls fail as "unavailable", readiness follows, nothing is lost. */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class ImageStoreOutageTest {

    @Inject
    ImageStore store;

    @Inject
    @Readiness
    ImageStoreHealthCheck healthCheck;

    @Inject
    SmallRyeHealthReporter health;

    S3Server server;

    @Test
    void anOutageMakesCallsUnavailableAndReadinessDownUntilS3IsBack() {
        String session = UUID.randomUUID().toString();
        byte[] bytes = ImageStoreContract.everyByteValueThenRandom(4_096, 20);
        await(store.put(session, ImageStoreContract.USER_PNG, bytes));
        assertEquals("UP", imageStoreReadiness());

        server.stop();
        try {
            assertUnavailable(store.put(session, ImageStoreContract.PARTNER_JPG, bytes));
            assertUnavailable(store.get(session, ImageStoreContract.USER_PNG));
            assertUnavailable(store.list(session));
            assertUnavailable(store.deleteSession(session));
            assertUnavailable(store.ping());

            HealthCheckResponse down = await(healthCheck.call());
            assertEquals(HealthCheckResponse.Status.DOWN, down.getStatus());
            assertEquals("s3", down.getData().orElseThrow().get("store"));
            assertEquals("DOWN", imageStoreReadiness());
            assertTrue(health.getReadiness().isDown());
        } finally {
            server.start();
        }

        assertEquals(HealthCheckResponse.Status.UP, await(healthCheck.call()).getStatus());
        assertEquals("UP", imageStoreReadiness());
        assertFalse(health.getReadiness().isDown());
        assertArrayEquals(bytes, await(store.get(session, ImageStoreContract.USER_PNG)).orElseThrow());
    }

    /** The status of this check in the application's readiness report, as /q/health/ready shows it. */
    private String imageStoreReadiness() {
        SmallRyeHealth readiness = health.getReadiness();
        return readiness.getPayload().getJsonArray("checks").stream()
                .map(JsonObject.class::cast)
                .filter(check -> ImageStoreHealthCheck.NAME.equals(check.getString("name")))
                .map(check -> check.getString("status"))
                .findFirst()
                .orElse("MISSING");
    }
}
