package dev.hera.session;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.image.ImageName;
import dev.hera.image.ImageStore;
import dev.hera.model.ImageRef;
import io.smallrye.mutiny.Uni;

/**
 * The images of a session: bytes in the {@link ImageStore}, and which images exist in the
 * session's {@code photos} key (field = image base name such as {@code user}, value = the
 * {@link ImageRef}), so listing costs no storage call and the metadata shares the session's TTL.
 * A session has at most one image per base name: a new {@code user.jpg} replaces {@code user.png}.
 */
@ApplicationScoped
public class SessionPhotos {

    /** An image's bytes with what is known about them. */
    public record Photo(ImageRef ref, byte[] bytes) {
    }

    /**
     * The session's metadata and its recorded images, read together in one round trip, so that a
     * caller learns the session's language with the images at no extra cost.
     *
     * @param meta   the session's {@code _meta}
     * @param images the recorded images, ordered by file name
     */
    public record Album(SessionMeta meta, List<ImageRef> images) {

        public Album {
            images = List.copyOf(images);
        }

        /** The recorded image of exactly this file name ({@code user.png} is not {@code user.jpg}). */
        public Optional<ImageRef> find(ImageName name) {
            return images.stream().filter(ref -> ref.name().equals(name.fileName())).findFirst();
        }

        /** Whether an image of this base name ({@code user}, {@code partner}, ...) is recorded, whatever its type. */
        public boolean has(String base) {
            return images.stream().anyMatch(ref -> ImageName.parse(ref.name())
                    .map(name -> name.base().equals(base)).orElse(false));
        }
    }

    private final SessionStore sessions;
    private final ImageStore images;
    private final PhotoRetention retention;
    private final ObjectMapper json;
    private final Clock clock;

    public SessionPhotos(SessionStore sessions, ImageStore images, PhotoRetention retention, ObjectMapper json,
            Clock clock) {
        this.sessions = sessions;
        this.images = images;
        this.retention = retention;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Stores an image of an existing session. The session is watched for its end first (so no
     * object outlives it, see {@link PhotoRetention}); the object is written then and recorded
     * last; when the session vanished meanwhile (deleted or expired) the object is removed again,
     * so nothing is left behind.
     */
    public Uni<ImageRef> save(String sessionId, ImageName name, byte[] bytes) {
        return refs(sessionId).call(existing -> retention.watch(sessionId))
                .chain(existing -> images.put(sessionId, name, bytes).chain(stored -> {
                    ImageRef ref = new ImageRef(name.fileName(), stored.key(), stored.contentType(), stored.size(),
                            stored.sha256(), clock.instant());
                    return sessions.putFields(sessionId, SessionKey.PHOTOS, Map.of(name.base(), encode(ref)))
                            .onFailure(SessionNotFoundException.class)
                            .call(() -> images.delete(sessionId, name))
                            .chain(() -> removeReplaced(sessionId, name, existing))
                            .replaceWith(ref);
                }));
    }

    /**
     * Forgets one image: its record first (so it is never listed half-there), then its object.
     * An object the store cannot delete now goes with the session's prefix when it is erased.
     */
    public Uni<Void> remove(String sessionId, ImageName name) {
        return sessions.removeFields(sessionId, SessionKey.PHOTOS, List.of(name.base()))
                .chain(() -> images.delete(sessionId, name).onFailure().recoverWithItem(false))
                .replaceWithVoid();
    }

    /** The session's images, by name; fails with {@link SessionNotFoundException} for an unknown session. */
    public Uni<List<ImageRef>> list(String sessionId) {
        return album(sessionId).map(Album::images);
    }

    /**
     * The session's metadata and images in one round trip; fails with {@link SessionNotFoundException}
     * for an unknown session.
     */
    public Uni<Album> album(String sessionId) {
        return sessions.snapshot(sessionId, SessionKey.PHOTOS).map(snapshot -> new Album(snapshot.meta(),
                decodeAll(snapshot.hash(SessionKey.PHOTOS)).values().stream()
                        .sorted(Comparator.comparing(ImageRef::name))
                        .toList()));
    }

    /** One image by its file name; empty when the session has no image of that name. */
    public Uni<Optional<Photo>> read(String sessionId, ImageName name) {
        return refs(sessionId).chain(refs -> {
            ImageRef ref = refs.get(name.base());
            if (ref == null || !ref.name().equals(name.fileName())) {
                return Uni.createFrom().item(Optional.<Photo>empty());
            }
            return images.get(sessionId, name).map(bytes -> bytes.map(b -> new Photo(ref, b)));
        });
    }

    /** The recorded images of an existing session, by base name. */
    private Uni<Map<String, ImageRef>> refs(String sessionId) {
        return sessions.snapshot(sessionId, SessionKey.PHOTOS).map(snapshot -> decodeAll(snapshot.hash(SessionKey.PHOTOS)));
    }

    private Map<String, ImageRef> decodeAll(Map<String, String> hash) {
        return hash.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                entry -> decode(entry.getValue())));
    }

    private Uni<Void> removeReplaced(String sessionId, ImageName saved, Map<String, ImageRef> before) {
        ImageRef previous = before.get(saved.base());
        if (previous == null || previous.name().equals(saved.fileName())) {
            return Uni.createFrom().voidItem();
        }
        return ImageName.parse(previous.name())
                .map(old -> images.delete(sessionId, old).replaceWithVoid())
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    private String encode(ImageRef ref) {
        try {
            return json.writeValueAsString(ref);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImageRef decode(String raw) {
        try {
            return json.readValue(raw, ImageRef.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored image metadata is not an ImageRef", e);
        }
    }
}
