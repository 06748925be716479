package dev.hera.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract against a real directory, plus what only the local store promises. */
class LocalImageStoreTest extends ImageStoreContract {

    @TempDir
    Path directory;

    private LocalImageStore store;

    @BeforeEach
    void createStore() {
        store = new LocalImageStore(directory);
    }

    @Override
    ImageStore store() {
        return store;
    }

    /** Every regular file under the directory, as a key: temporary files left behind show up too. */
    @Override
    List<String> keysInBackend(String prefix) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> directory.relativize(file).toString().replace('\\', '/'))
                    .filter(key -> key.startsWith(prefix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void keepsEachImageAsAFileAtItsKey() throws IOException {
        String session = newSession();
        byte[] bytes = everyByteValueThenRandom(1_000, 10);
        StoredObject stored = await(store.put(session, USER_PNG, bytes));
        assertArrayEquals(bytes, Files.readAllBytes(directory.resolve(stored.key())));
    }

    @Test
    void resolvesARelativeDirectoryAgainstTheWorkingDirectory() {
        LocalImageStore relative = new LocalImageStore(Path.of("target", "..", "target", "images"));
        assertEquals(Path.of("").toAbsolutePath().resolve("target/images"), relative.directory());
    }

    @Test
    void readersNeverSeeHalfAnImage() throws Exception {
        String session = newSession();
        byte[] small = everyByteValueThenRandom(64 * 1024, 11);
        byte[] large = everyByteValueThenRandom(2 * 1024 * 1024, 12);
        await(store.put(session, USER_PNG, small));

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        await(store.put(session, USER_PNG, i % 2 == 0 ? large : small));
                    }
                }));
            }
            List<Future<Integer>> readers = new ArrayList<>();
            for (int reader = 0; reader < 2; reader++) {
                readers.add(threads.submit((Callable<Integer>) () -> {
                    int reads = 0;
                    for (int i = 0; i < 60; i++) {
                        byte[] read = await(store.get(session, USER_PNG)).orElseThrow();
                        assertTrue(Arrays.equals(read, small) || Arrays.equals(read, large),
                                "read a torn image of " + read.length + " bytes");
                        reads++;
                    }
                    return reads;
                }));
            }
            for (Future<?> writer : work) {
                writer.get();
            }
            for (Future<Integer> reader : readers) {
                assertEquals(60, reader.get());
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(List.of(ImageKeys.objectKey(session, USER_PNG)), keysInBackend(ImageKeys.sessionPrefix(session)));
    }

    @Test
    void aDirectoryThatCannotBeUsedMakesTheStoreUnavailable() throws IOException {
        // A regular file where the directory should be: fails even for root, unlike permissions.
        Path notADirectory = Files.writeString(directory.resolve("occupied"), "not a directory");
        LocalImageStore broken = new LocalImageStore(notADirectory);

        assertUnavailable(broken.ping());
        assertUnavailable(broken.put(newSession(), USER_PNG, new byte[] {1}));
        assertUnavailable(broken.get(newSession(), USER_PNG));
    }
}
