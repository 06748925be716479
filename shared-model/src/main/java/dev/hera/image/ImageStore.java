package dev.hera.image;

import java.util.List;
import java.util.Optional;

import io.smallrye.mutiny.Uni;

/**
 * Where the images of sessions are kept: an S3 bucket ({@link S3ImageStore}) or a local
 * directory ({@link LocalImageStore}), chosen by {@code hera.images.store}.
 * <p>
 * Every operation is lazy and runs its blocking I/O on a worker thread, never on the caller's
 * (event-loop) thread. A failing backend surfaces as {@link ImageStoreUnavailableException};
 * a session id that is not a canonical UUID as {@link IllegalArgumentException}.
 */
public interface ImageStore {

    /** Stores the image, replacing an earlier image of the same name in the session. */
    Uni<StoredObject> put(String sessionId, ImageName name, byte[] bytes);

    /** The bytes of the image, or empty when the session has no image of that name. */
    Uni<Optional<byte[]>> get(String sessionId, ImageName name);

    /** The images of the session, ordered by file name; empty for an unknown session. */
    Uni<List<ImageName>> list(String sessionId);

    /** Removes one image of the session; true when it was there. */
    Uni<Boolean> delete(String sessionId, ImageName name);

    /** Removes every object of the session and answers how many were removed. */
    Uni<Integer> deleteSession(String sessionId);

    /** Completes when the backend is reachable and usable; fails with {@link ImageStoreUnavailableException} otherwise. */
    Uni<Void> ping();
}
