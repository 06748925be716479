package dev.hera.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.smallrye.mutiny.Uni;

/**
 * Keeps images as files under a directory ({@code hera.images.local-directory}), at the object
 * key as relative path: {@code <directory>/sessions/<sessionId>/photos/<fileName>}.
 * <p>
 * An image is written to a temporary file next to its target and then renamed atomically, so a
 * reader sees either the old or the new image, never half of one. A relative directory is
 * resolved against the working directory once, when the store is created.
 */
public final class LocalImageStore implements ImageStore {

    private final Path root;

    public LocalImageStore(Path directory) {
        this.root = directory.toAbsolutePath().normalize();
    }

    /** The absolute directory the images are kept under. */
    public Path directory() {
        return root;
    }

    @Override
    public Uni<StoredObject> put(String sessionId, ImageName name, byte[] bytes) {
        return onWorker("put", () -> {
            requireBytes(bytes);
            String key = ImageKeys.objectKey(sessionId, name);
            writeAtomically(resolve(key), bytes);
            return new StoredObject(name, key, name.contentType(), bytes.length, Sha256.hex(bytes));
        });
    }

    @Override
    public Uni<Optional<byte[]>> get(String sessionId, ImageName name) {
        return onWorker("get", () -> {
            Path file = resolve(ImageKeys.objectKey(sessionId, name));
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (NoSuchFileException absent) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public Uni<List<ImageName>> list(String sessionId) {
        return onWorker("list", () -> {
            String prefix = ImageKeys.photosPrefix(sessionId);
            Path photos = resolve(prefix);
            if (!Files.isDirectory(photos)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(photos)) {
                // Temporary files start with a dot and are no image names, so they are skipped here.
                return files.filter(Files::isRegularFile)
                        .map(file -> ImageKeys.imageNameOf(sessionId, prefix + file.getFileName()))
                        .flatMap(Optional::stream)
                        .sorted(Comparator.comparing(ImageName::fileName))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public Uni<Boolean> delete(String sessionId, ImageName name) {
        return onWorker("delete", () -> {
            try {
                return Files.deleteIfExists(resolve(ImageKeys.objectKey(sessionId, name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public Uni<Integer> deleteSession(String sessionId) {
        return onWorker("delete session", () -> {
            Path sessionDirectory = resolve(ImageKeys.sessionPrefix(sessionId));
            if (!Files.isDirectory(sessionDirectory)) {
                return 0;
            }
            return deleteTree(sessionDirectory);
        });
    }

    @Override
    public Uni<Void> ping() {
        return onWorker("ping", () -> {
            try {
                Files.createDirectories(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!Files.isWritable(root)) {
                throw new UncheckedIOException(new AccessDeniedException(root.toString()));
            }
            return null;
        });
    }

    /**
     * Resolves a key under the root and checks that it stayed there. The key is built from
     * validated parts and cannot escape; the check guards against a future mistake.
     */
    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("key leaves the image directory");
        }
        return path;
    }

    private static void writeAtomically(Path target, byte[] bytes) {
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // On disk before the rename, so that a crash cannot leave a renamed but empty file.
                channel.force(true);
            }
            // Same directory, same file system: the rename is atomic and replaces the old image.
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Deletes the files of a directory tree, deepest first, and answers how many files were removed. */
    private static int deleteTree(Path directory) {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        } catch (NoSuchFileException goneMeanwhile) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int removedFiles = 0;
        for (Path path : paths) {
            try {
                boolean file = Files.isRegularFile(path);
                if (Files.deleteIfExists(path) && file) {
                    removedFiles++;
                }
            } catch (DirectoryNotEmptyException writtenMeanwhile) {
                // A put raced the delete; that image belongs to a later life of the session.
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return removedFiles;
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The write already failed; that failure is the one to report.
            }
        }
    }

    private static void requireBytes(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("image bytes are required");
        }
    }

    /** Runs file I/O on the worker pool; I/O failures become {@link ImageStoreUnavailableException}. */
    private static <T> Uni<T> onWorker(String operation, Supplier<T> io) {
        return WorkerPool.call(() -> {
            try {
                return io.get();
            } catch (UncheckedIOException e) {
                throw new ImageStoreUnavailableException("local image store failed to " + operation, e.getCause());
            }
        });
    }
}
