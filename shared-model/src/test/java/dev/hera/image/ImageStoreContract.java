package dev.hera.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

/**
 * What every {@link ImageStore} must do, run against each implementation with a real backend
 * (a directory, an S3 server). Each test works in sessions of its own, so the tests can share
 * one backend.
 */
abstract class ImageStoreContract {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final ImageName USER_PNG = ImageName.of("user", "png");
    static final ImageName PARTNER_JPG = ImageName.of("partner", "jpg");
    static final ImageName CHILD_1_JPEG = ImageName.of("child_1", "jpeg");
    static final ImageName CHILD_2_PNG = ImageName.of("child_2", "png");
    static final Pattern WELL_FORMED_KEY =
            Pattern.compile("sessions/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/photos/[a-z0-9_]+\\.(png|jpg|jpeg)");

    /** The store under test. */
    abstract ImageStore store();

    /** The keys the backend holds under a prefix, looked up past the store. */
    abstract List<String> keysInBackend(String prefix);

    @Test
    void returnsTheStoredBytesUnchanged() {
        String session = newSession();
        byte[] bytes = everyByteValueThenRandom(200_000, 1);

        await(store().put(session, USER_PNG, bytes));
        byte[] read = await(store().get(session, USER_PNG)).orElseThrow();

        assertArrayEquals(bytes, read);
        assertNotSame(bytes, read);
    }

    @Test
    void describesWhatItStored() throws Exception {
        String session = newSession();
        byte[] bytes = everyByteValueThenRandom(5_000, 2);

        StoredObject stored = await(store().put(session, CHILD_1_JPEG, bytes));

        assertEquals(CHILD_1_JPEG, stored.name());
        assertEquals("sessions/" + session + "/photos/child_1.jpeg", stored.key());
        assertEquals("image/jpeg", stored.contentType());
        assertEquals(bytes.length, stored.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), stored.sha256());
        assertEquals(List.of(stored.key()), keysInBackend(ImageKeys.sessionPrefix(session)));
    }

    @Test
    void knowsTheContentTypeOfEachExtension() {
        String session = newSession();
        assertEquals("image/png", await(store().put(session, USER_PNG, new byte[] {1})).contentType());
        assertEquals("image/jpeg", await(store().put(session, PARTNER_JPG, new byte[] {1})).contentType());
        assertEquals("image/jpeg", await(store().put(session, CHILD_1_JPEG, new byte[] {1})).contentType());
    }

    @Test
    void storesAnEmptyImageAsZeroBytes() {
        String session = newSession();
        StoredObject stored = await(store().put(session, USER_PNG, new byte[0]));
        assertEquals(0, stored.size());
        assertArrayEquals(new byte[0], await(store().get(session, USER_PNG)).orElseThrow());
    }

    @Test
    void overwritingKeepsOneObjectWithTheNewBytes() {
        String session = newSession();
        byte[] first = everyByteValueThenRandom(50_000, 3);
        byte[] second = everyByteValueThenRandom(1_000, 4);

        await(store().put(session, USER_PNG, first));
        StoredObject replaced = await(store().put(session, USER_PNG, second));

        assertArrayEquals(second, await(store().get(session, USER_PNG)).orElseThrow());
        assertEquals(second.length, replaced.size());
        assertEquals(List.of(USER_PNG), await(store().list(session)));
        assertEquals(List.of(replaced.key()), keysInBackend(ImageKeys.sessionPrefix(session)));
    }

    @Test
    void getOfAMissingImageIsEmpty() {
        String session = newSession();
        assertEquals(Optional.empty(), await(store().get(session, USER_PNG)));
        await(store().put(session, USER_PNG, new byte[] {1, 2, 3}));
        assertEquals(Optional.empty(), await(store().get(session, PARTNER_JPG)));
        // Same base, other extension: a different image.
        assertEquals(Optional.empty(), await(store().get(session, ImageName.of("user", "jpg"))));
    }

    @Test
    void listOfAnUnknownSessionIsEmpty() {
        assertEquals(List.of(), await(store().list(newSession())));
    }

    @Test
    void listsEveryImageOfTheSessionAndNoneOfAnother() {
        String session = newSession();
        String other = newSession();
        await(store().put(session, USER_PNG, new byte[] {1}));
        await(store().put(session, PARTNER_JPG, new byte[] {2}));
        await(store().put(session, CHILD_2_PNG, new byte[] {3}));
        await(store().put(session, CHILD_1_JPEG, new byte[] {4}));
        await(store().put(other, ImageName.of("child_9", "png"), new byte[] {5}));

        assertEquals(List.of(CHILD_1_JPEG, CHILD_2_PNG, PARTNER_JPG, USER_PNG), await(store().list(session)));
    }

    @Test
    void deleteSessionRemovesEveryObjectOfThatSessionAndNothingOfAnother() {
        String session = newSession();
        String other = newSession();
        byte[] kept = everyByteValueThenRandom(10_000, 5);
        await(store().put(session, USER_PNG, new byte[] {1}));
        await(store().put(session, PARTNER_JPG, new byte[] {2}));
        await(store().put(session, CHILD_1_JPEG, new byte[] {3}));
        await(store().put(other, USER_PNG, kept));

        assertEquals(3, await(store().deleteSession(session)));

        assertEquals(List.of(), await(store().list(session)));
        assertEquals(Optional.empty(), await(store().get(session, USER_PNG)));
        assertEquals(List.of(), keysInBackend(ImageKeys.sessionPrefix(session)));
        assertEquals(List.of(USER_PNG), await(store().list(other)));
        assertArrayEquals(kept, await(store().get(other, USER_PNG)).orElseThrow());
    }

    @Test
    void deleteRemovesOneImageAndLeavesTheOthers() {
        String session = newSession();
        await(store().put(session, USER_PNG, new byte[] {1}));
        await(store().put(session, PARTNER_JPG, new byte[] {2}));

        assertTrue(await(store().delete(session, USER_PNG)));
        assertEquals(false, await(store().delete(session, USER_PNG)), "a second delete finds nothing");

        assertEquals(List.of(PARTNER_JPG), await(store().list(session)));
        assertEquals(Optional.empty(), await(store().get(session, USER_PNG)));
    }

    @Test
    void deleteOfAnUnknownSessionRemovesNothing() {
        assertEquals(0, await(store().deleteSession(newSession())));
    }

    @Test
    void aDeletedSessionCanStoreImagesAgain() {
        String session = newSession();
        await(store().put(session, USER_PNG, new byte[] {1}));
        await(store().deleteSession(session));
        await(store().put(session, USER_PNG, new byte[] {2}));
        assertArrayEquals(new byte[] {2}, await(store().get(session, USER_PNG)).orElseThrow());
    }

    @Test
    void pingSucceedsWhenTheBackendIsUp() {
        await(store().ping());
    }

    @Test
    void rejectsSessionIdsThatCouldLeaveTheSessionPrefix() {
        for (String bad : List.of("..", "../" + UUID.randomUUID(), UUID.randomUUID() + "/..",
                UUID.randomUUID().toString().toUpperCase(), "")) {
            assertRejected(store().put(bad, USER_PNG, new byte[] {1}));
            assertRejected(store().get(bad, USER_PNG));
            assertRejected(store().list(bad));
            assertRejected(store().deleteSession(bad));
        }
        List<String> everyKey = keysInBackend("");
        assertTrue(everyKey.stream().allMatch(key -> WELL_FORMED_KEY.matcher(key).matches()), everyKey::toString);
    }

    @Test
    void doesNothingUntilSubscribed() {
        String session = newSession();
        Uni<StoredObject> put = store().put(session, USER_PNG, new byte[] {1});
        assertEquals(List.of(), await(store().list(session)));
        await(put);
        assertEquals(List.of(USER_PNG), await(store().list(session)));
    }

    @Test
    void doesItsBlockingWorkOffTheSubscribingThread() {
        AtomicReference<Thread> emittedOn = new AtomicReference<>();
        await(store().list(newSession()).invoke(ignored -> emittedOn.set(Thread.currentThread())));
        assertTrue(emittedOn.get() != null && emittedOn.get() != Thread.currentThread(),
                "emitted on " + emittedOn.get());
    }

    static String newSession() {
        return UUID.randomUUID().toString();
    }

    /** Each of the 256 byte values once, then seeded random bytes: binary content in every form. */
    static byte[] everyByteValueThenRandom(int length, long seed) {
        byte[] bytes = new byte[Math.max(256, length)];
        for (int i = 0; i < 256; i++) {
            bytes[i] = (byte) i;
        }
        byte[] random = new byte[bytes.length - 256];
        new Random(seed).nextBytes(random);
        System.arraycopy(random, 0, bytes, 256, random.length);
        return bytes;
    }

    static <T> T await(Uni<T> uni) {
        return uni.await().atMost(TIMEOUT);
    }

    static void assertRejected(Uni<?> uni) {
        assertThrows(IllegalArgumentException.class, () -> await(uni));
    }

    static void assertUnavailable(Uni<?> uni) {
        Throwable failure = assertThrows(RuntimeException.class, () -> await(uni));
        assertInstanceOf(ImageStoreUnavailableException.class, failure, () -> "failed with " + failure);
    }
}
