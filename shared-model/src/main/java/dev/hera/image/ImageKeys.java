package dev.hera.image;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The object keys of session images: {@code sessions/<sessionId>/photos/<fileName>}.
 * <p>
 * The session id must be a canonical lower-case UUID and the file name an {@link ImageName},
 * so a key can never leave its session's prefix {@code sessions/<sessionId>/}. The local
 * store uses the same keys as relative paths under its directory.
 */
public final class ImageKeys {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private ImageKeys() {
    }

    /** {@code sessions/<sessionId>/}: every object of the session lives under it. */
    public static String sessionPrefix(String sessionId) {
        return "sessions/" + requireSessionId(sessionId) + "/";
    }

    /** {@code sessions/<sessionId>/photos/}: the images of the session. */
    public static String photosPrefix(String sessionId) {
        return sessionPrefix(sessionId) + "photos/";
    }

    /** {@code sessions/<sessionId>/photos/<fileName>}. */
    public static String objectKey(String sessionId, ImageName name) {
        if (name == null) {
            throw new IllegalArgumentException("image name is required");
        }
        return photosPrefix(sessionId) + name.fileName();
    }

    /** The image a key of this session names; empty for keys of other sessions or foreign objects. */
    public static Optional<ImageName> imageNameOf(String sessionId, String key) {
        String prefix = photosPrefix(sessionId);
        return key != null && key.startsWith(prefix)
                ? ImageName.parse(key.substring(prefix.length()))
                : Optional.empty();
    }

    /**
     * Returns the id when it is a canonical lower-case UUID.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static String requireSessionId(String sessionId) {
        if (sessionId == null || !CANONICAL_UUID.matcher(sessionId).matches()) {
            throw new IllegalArgumentException("session id is not a canonical lower-case UUID");
        }
        return sessionId;
    }
}
