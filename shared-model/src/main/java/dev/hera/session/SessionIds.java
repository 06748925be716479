package dev.hera.session;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.hera.image.Sha256;

/** Session ids are canonical lower-case UUIDs; anything else never reaches a key or a path. */
public final class SessionIds {

    private static final int LENGTH = 36;

    private SessionIds() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Whether {@code id} is a canonical lower-case UUID: checked on every request, so without a regular expression. */
    public static boolean isValid(String id) {
        if (id == null || id.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = id.charAt(i);
            boolean valid = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
            if (!valid) {
                return false;
            }
        }
        return true;
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
