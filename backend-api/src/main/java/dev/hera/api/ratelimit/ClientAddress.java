package dev.hera.api.ratelimit;

import java.util.regex.Pattern;

/**
 * The address a client's requests are counted under. The peer address of the connection by
 * default: {@code X-Forwarded-For} is written by the client itself unless a proxy in front
 * replaces it, so trusting it by default would let anyone pick a fresh bucket per request.
 */
public final class ClientAddress {

    /** A textual IPv4 or IPv6 address; anything else in the header is ignored (it ends up in a Redis key). */
    private static final Pattern ADDRESS = Pattern.compile("^[0-9A-Fa-f.:]{2,45}$");
    static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    /**
     * The first {@code X-Forwarded-For} entry when it is trusted and looks like an address;
     * the connection's peer address otherwise.
     */
    public static String resolve(String peerAddress, String forwardedFor, boolean trustForwardedFor) {
        if (trustForwardedFor && forwardedFor != null) {
            int comma = forwardedFor.indexOf(',');
            String first = (comma < 0 ? forwardedFor : forwardedFor.substring(0, comma)).trim();
            if (ADDRESS.matcher(first).matches()) {
                return first;
            }
        }
        return peerAddress == null || peerAddress.isBlank() ? UNKNOWN : peerAddress;
    }
}
