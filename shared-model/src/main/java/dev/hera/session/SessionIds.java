package dev.hera.session;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.hera.image.Sha256;

/** Session ids are canonical lower-case UUIDs; anything else never reaches a key or a path. */
public final class SessionIds {

    private static final Pattern CANONICAL =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private SessionIds() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static boolean isValid(String id) {
        return id != null && CANONICAL.matcher(id).matches();
    }

    public static String require(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("not a session id");
        }
        return id;
    }

    /**
     * A reference to the session for logs and traces that cannot be turned back into its id (the
     * id alone opens the session): the first 12 hex digits of its SHA-256.
     */
    public static String reference(String id) {
        return Sha256.hex(String.valueOf(id).getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
