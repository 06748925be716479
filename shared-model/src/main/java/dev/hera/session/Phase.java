package dev.hera.session;

import java.util.Locale;

/** Where a session is in its journey, as stored in {@code _meta} and shown in its status. */
public enum Phase {
    /** Hera is getting to know the person: a new session starts here. */
    INTERVIEW,
    /** The future family exists and talks with the person. */
    FAMILY;

    /** The stored and shown name: {@code interview}, {@code family}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The phase of a stored name; null for none or one this version does not know. */
    public static Phase fromWire(String name) {
        for (Phase phase : values()) {
            if (phase.wire().equals(name)) {
                return phase;
            }
        }
        return null;
    }
}
