package dev.hera.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.image.ImageName;
import dev.hera.image.ImageStore;
import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import dev.hera.work.TurnRequest;
import dev.hera.work.WorkQueue;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Forgetting a session removes all of it and nothing of anybody else. */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class SessionErasureTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ImageName USER = ImageName.of("user", "jpg");
    private static final ImageName PARTNER = ImageName.of("partner", "png");
    private static final ImageName CHILD = ImageName.of("child_1", "png");

    @Inject
    SessionStore store;

    @Inject
    SessionKeys keys;

    @Inject
    SessionPhotos photos;

    @Inject
    ImageStore images;

    @Inject
    SessionErasure erasure;

    @Inject
    WorkQueue queue;

    RedisServer redis;

    @Test
    void eraseRemovesEveryKeyAndEveryImageOfTheSessionAndNothingOfAnother() {
        String doomed = fullSession();
        String kept = fullSession();
        byte[] keptPhoto = photos.read(kept, USER).await().atMost(WAIT).orElseThrow().bytes();

        SessionErasure.Erased erased = erasure.erase(doomed).await().atMost(WAIT);

        assertTrue(erased.existed());
        assertEquals(3, erased.images());
        for (String key : keys.all(doomed)) {
            assertEquals(":0", redis.command("EXISTS", key), key + " is gone");
        }
        assertEquals(List.of(), images.list(doomed).await().atMost(WAIT));
        assertFalse(store.exists(doomed).await().atMost(WAIT));

        for (String key : keys.all(kept)) {
            assertEquals(":1", redis.command("EXISTS", key), key + " of the other session is untouched");
        }
        assertEquals(List.of(CHILD, PARTNER, USER), images.list(kept).await().atMost(WAIT));
        assertArrayEquals(keptPhoto, photos.read(kept, USER).await().atMost(WAIT).orElseThrow().bytes());
    }

    @Test
    void erasingAnUnknownSessionReportsThatNothingExisted() {
        SessionErasure.Erased erased = erasure.erase(SessionIds.newId()).await().atMost(WAIT);
        assertFalse(erased.existed());
        assertEquals(0, erased.images());
    }

    @Test
    void photosAreRecordedInThePhotosKeyAndANewTypeReplacesTheOldImage() {
        String id = store.create("ja").await().atMost(WAIT).sessionId();
        photos.save(id, ImageName.of("user", "png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).await().atMost(WAIT);
        photos.save(id, USER, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}).await().atMost(WAIT);

        var refs = photos.list(id).await().atMost(WAIT);
        assertEquals(1, refs.size());
        assertEquals("user.jpg", refs.get(0).name());
        assertEquals("image/jpeg", refs.get(0).contentType());
        assertEquals(3, refs.get(0).size());
        assertEquals(List.of(USER), images.list(id).await().atMost(WAIT), "user.png was removed from the store");
        assertTrue(photos.read(id, ImageName.of("user", "png")).await().atMost(WAIT).isEmpty());
        assertTrue(store.readHash(id, SessionKey.PHOTOS).await().atMost(WAIT).containsKey("user"));
    }

    @Test
    void theAlbumGivesTheSessionLanguageWithTheImagesInOneRead() {
        String id = store.create("en").await().atMost(WAIT).sessionId();
        photos.save(id, PARTNER, new byte[] {1}).await().atMost(WAIT);
        photos.save(id, USER, new byte[] {2}).await().atMost(WAIT);

        SessionPhotos.Album album = photos.album(id).await().atMost(WAIT);

        assertEquals("en", album.meta().locale());
        assertEquals(List.of("partner.png", "user.jpg"), album.images().stream().map(ref -> ref.name()).toList());
        assertTrue(album.find(USER).isPresent());
        assertTrue(album.find(ImageName.of("user", "png")).isEmpty(), "another type of the same image is not it");
        assertTrue(album.has("partner"));
        assertFalse(album.has("child_1"));
        Throwable unknown = photos.album(SessionIds.newId()).onItem().transform(a -> (Throwable) null)
                .onFailure().recoverWithItem(f -> f).await().atMost(WAIT);
        assertTrue(unknown instanceof SessionNotFoundException, String.valueOf(unknown));
    }

    @Test
    void aPhotoForAnUnknownSessionIsRefusedAndLeavesNoObject() {
        String unknown = SessionIds.newId();
        Throwable failure = photos.save(unknown, USER, new byte[] {1, 2, 3})
                .onItem().transform(ref -> (Throwable) null).onFailure().recoverWithItem(f -> f)
                .await().atMost(WAIT);
        assertTrue(failure instanceof SessionNotFoundException, String.valueOf(failure));
        assertEquals(List.of(), images.list(unknown).await().atMost(WAIT));
    }

    private String fullSession() {
        String id = store.create("ja").await().atMost(WAIT).sessionId();
        for (SessionKey key : SessionKey.values()) {
            switch (key.kind()) {
                case DOCUMENT -> store.writeDocument(id, key, Map.of("k", "値")).await().atMost(WAIT);
                case LOG -> store.append(id, key, List.of(Map.of("speaker", "user", "message", "こんにちは"))).await().atMost(WAIT);
                // The inbox, the turns and the idempotency keys come from queueing a turn;
                // _meta exists already and photos are written by SessionPhotos below.
                case QUEUE -> queue.submit(id, new TurnRequest.InterviewMessage("また？"), "retry-key").await().atMost(WAIT);
                case HASH -> { }
            }
        }
        photos.save(id, USER, ("photo of " + id).getBytes()).await().atMost(WAIT);
        photos.save(id, PARTNER, new byte[] {1}).await().atMost(WAIT);
        photos.save(id, CHILD, new byte[] {2}).await().atMost(WAIT);
        return id;
    }
}
