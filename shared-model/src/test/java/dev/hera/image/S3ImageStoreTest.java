package dev.hera.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3Server;
import dev.hera.testing.S3ServerResource;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The contract against S3Proxy, through the produced store and the S3 client that Quarkus
 * configured from the {@code quarkus.s3.*} properties; plus paging, batching and buckets.
 */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class S3ImageStoreTest extends ImageStoreContract {

    /** Far longer than any call to an in-process S3 takes, far shorter than the client's socket timeout. */
    private static final Duration NO_STALL = Duration.ofSeconds(5);

    @Inject
    ImageStore store;

    S3Server server;

    @Override
    ImageStore store() {
        return store;
    }

    @Override
    List<String> keysInBackend(String prefix) {
        return server.keys(S3ServerResource.BUCKET, prefix);
    }

    @Test
    void recordsTheContentTypeOnTheObject() {
        String session = newSession();
        StoredObject png = await(store.put(session, USER_PNG, new byte[] {1}));
        StoredObject jpeg = await(store.put(session, PARTNER_JPG, new byte[] {2}));

        assertEquals(Optional.of("image/png"), server.contentType(S3ServerResource.BUCKET, png.key()));
        assertEquals(Optional.of("image/jpeg"), server.contentType(S3ServerResource.BUCKET, jpeg.key()));
    }

    @Test
    void pagesThroughListingsAndDeletesInBatches() {
        // Two keys per request: five images need three list pages and three DeleteObjects calls.
        S3Client client = quarkusS3Client();
        S3ImageStore store = new S3ImageStore(client, S3ServerResource.BUCKET, false, 2);
        String session = newSession();
        String other = newSession();
        List<ImageName> names = List.of(USER_PNG, PARTNER_JPG, CHILD_1_JPEG, CHILD_2_PNG, ImageName.of("child_3", "jpg"));
        for (ImageName name : names) {
            await(store.put(session, name, new byte[] {7}));
        }
        await(store.put(other, USER_PNG, new byte[] {8}));
        // The server does cut listings into pages, so a complete list proves that the store follows them.
        assertTrue(client.listObjectsV2(request -> request.bucket(S3ServerResource.BUCKET)
                .prefix(ImageKeys.photosPrefix(session)).maxKeys(2)).isTruncated());

        assertEquals(names.stream().sorted(Comparator.comparing(ImageName::fileName)).toList(),
                await(store.list(session)));
        assertEquals(5, await(store.deleteSession(session)));
        assertEquals(List.of(), keysInBackend(ImageKeys.sessionPrefix(session)));
        assertEquals(1, keysInBackend(ImageKeys.sessionPrefix(other)).size());
    }

    @Test
    void createsAMissingBucketWhenAllowed() {
        String bucket = "created-" + UUID.randomUUID();
        S3ImageStore store = new S3ImageStore(quarkusS3Client(), bucket, true);
        assertFalse(server.bucketExists(bucket));

        await(store.ping());

        assertTrue(server.bucketExists(bucket));
        assertTrue(quarkusS3Client().getBucketAcl(request -> request.bucket(bucket)).grants().stream()
                .allMatch(grant -> grant.grantee().uri() == null), "private: nothing granted to AllUsers or AuthenticatedUsers");
        String session = newSession();
        await(store.put(session, USER_PNG, new byte[] {1}));
        assertEquals(List.of(USER_PNG), await(store.list(session)));
    }

    @Test
    void aMissingBucketIsUnavailableWhenCreationIsNotAllowed() {
        String bucket = "missing-" + UUID.randomUUID();
        S3ImageStore store = new S3ImageStore(quarkusS3Client(), bucket, false);

        assertUnavailable(store.ping());
        assertUnavailable(store.put(newSession(), USER_PNG, new byte[] {1}));
        assertUnavailable(store.list(newSession()));
        assertFalse(server.bucketExists(bucket));
    }

    /**
     * S3 refuses an upload to a missing bucket before it reads the body, and S3 restarts under
     * pooled connections. Neither may spoil the next calls: a connection left out of step with the
     * server would make a later call fail on a healthy store, or stall until the socket timeout
     * (10 s here, 30 s by default), so every call must be answered well within that.
     */
    @Test
    void refusedUploadsAndARestartOfS3LeaveNoConnectionThatSpoilsTheNextCalls() {
        S3ImageStore missing = new S3ImageStore(quarkusS3Client(), "missing-" + UUID.randomUUID(), false);
        String session = newSession();
        byte[] bytes = everyByteValueThenRandom(20_000, 3);
        await(store.put(session, USER_PNG, bytes));
        server.stop();
        server.start();

        for (int i = 1; i <= 10; i++) {
            // Refused as a 404, or (on a busy machine, when the client sends the body before S3 answers
            // and S3 closes the connection) as a broken pipe: unavailable either way, and at once.
            assertThrows(ImageStoreUnavailableException.class,
                    () -> missing.put(newSession(), USER_PNG, bytes).await().atMost(NO_STALL));
            ImageName child = ImageName.of("child_" + i, "png");
            store.put(session, child, bytes).await().atMost(NO_STALL);
            assertArrayEquals(bytes, store.get(session, child).await().atMost(NO_STALL).orElseThrow());
        }
    }

    /**
     * Looked up programmatically on purpose: an {@code @Inject S3Client} field here would make the
     * extension create the client whatever the producer does, and hide a failure of
     * {@code ImageStoreSelectionTest}.
     */
    private static S3Client quarkusS3Client() {
        return Arc.container().instance(S3Client.class).get();
    }
}
