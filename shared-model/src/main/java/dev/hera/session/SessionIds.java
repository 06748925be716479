package dev.hera.session;

import java.util.UUID;
import java.util.regex.Pattern;

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
}
