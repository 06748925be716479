package dev.hera.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * With {@code hera.images.store=s3} the application gets the S3 store, on an S3 client that the
 * extension created although the only injection point is the producer's {@code Instance<S3Client>}
 * (no test injects {@code S3Client}).
 */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class ImageStoreSelectionTest {

    @Inject
    ImageStore store;

    @Test
    void theConfiguredS3StoreIsTheImageStoreBean() {
        S3ImageStore s3Store = assertInstanceOf(S3ImageStore.class, ClientProxy.unwrap(store));
        assertEquals(S3ServerResource.BUCKET, s3Store.bucket());
    }

    @Test
    void theS3ClientBeanExistsThoughOnlyInjectedThroughInstance() {
        assertTrue(Arc.container().instance(S3Client.class).isAvailable());
    }
}
