package dev.hera.api.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address a client's requests are counted under. The connection's peer address, unless that
 * peer is one of the configured trusted proxies: then {@code X-Forwarded-For} is read from the
 * right (the hop the trusted proxy saw) and the client is the first address that is not itself a
 * trusted proxy. Entries left of it were written by the client and are never believed, so a
 * client cannot pick a fresh bucket by sending its own header. IPv6 clients are counted per /64,
 * the block one subscriber usually holds.
 */
public final class ClientAddress {

    static final String UNKNOWN = "unknown";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    /** Only hex digits, colons and dots, with a colon: an IPv6 literal, never a host name to look up. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** A network: an address and the number of leading bits that must match. */
    record Network(byte[] address, int prefixLength) {

        /** {@code 10.0.0.0/8}, {@code 2001:db8::/32}, or a single address. */
        static Network parse(String text) {
            String trimmed = text.strip();
            int slash = trimmed.indexOf('/');
            byte[] address = literal(slash < 0 ? trimmed : trimmed.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("not an address or network: " + text));
            int bits = address.length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(trimmed.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("not a prefix length for " + text);
            }
            return new Network(address, prefix);
        }

        boolean contains(byte[] candidate) {
            if (candidate.length != address.length) {
                return false;
            }
            int whole = prefixLength / 8;
            if (!Arrays.equals(address, 0, whole, candidate, 0, whole)) {
                return false;
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest);
            return (address[whole] & mask) == (candidate[whole] & mask);
        }
    }

    private ClientAddress() {
    }

    /** The key a client is counted under: its address, or the /64 of an IPv6 address. */
    public static String resolve(String peerAddress, String forwardedFor, List<Network> trustedProxies) {
        Optional<byte[]> peer = literal(peerAddress == null ? "" : peerAddress);
        if (peer.isEmpty()) {
            return UNKNOWN;
        }
        byte[] client = peer.get();
        if (forwardedFor != null && trusted(client, trustedProxies)) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                Optional<byte[]> hop = literal(hops[i].strip());
                if (hop.isEmpty()) {
                    break; // garbage: whatever is left of it is the client's word
                }
                client = hop.get();
                if (!trusted(client, trustedProxies)) {
                    break;
                }
            }
        }
        return key(client);
    }

    private static boolean trusted(byte[] address, List<Network> trustedProxies) {
        return trustedProxies.stream().anyMatch(network -> network.contains(address));
    }

    /** IPv4 as written; IPv6 as its /64 network (an IPv4-mapped address is the IPv4 address). */
    private static String key(byte[] address) {
        if (address.length == 4) {
            return (address[0] & 0xFF) + "." + (address[1] & 0xFF) + "." + (address[2] & 0xFF) + "." + (address[3] & 0xFF);
        }
        StringBuilder network = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            network.append(Integer.toHexString(((address[i] & 0xFF) << 8) | (address[i + 1] & 0xFF))).append(':');
        }
        return network.append(":/64").toString();
    }

    /** The bytes of a textual IP address; empty for anything else (no name is ever looked up). */
    static Optional<byte[]> literal(String text) {
        String candidate = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (candidate.length() > 45) {
            return Optional.empty();
        }
        if (IPV4.matcher(candidate).matches()) {
            // Parsed here: an out-of-range quad would make InetAddress look the text up as a host name.
            byte[] quad = new byte[4];
            String[] parts = candidate.split("\\.");
            for (int i = 0; i < 4; i++) {
                int value = Integer.parseInt(parts[i]);
                if (value > 255) {
                    return Optional.empty();
                }
                quad[i] = (byte) value;
            }
            return Optional.of(quad);
        }
        if (!IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            // With a colon the text is an IPv6 literal to InetAddress: parsed, never looked up.
            return Optional.of(InetAddress.getByName(candidate).getAddress());
        } catch (UnknownHostException | RuntimeException notAnAddress) {
            return Optional.empty();
        }
    }
}
