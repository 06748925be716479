package dev.hera.api.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import dev.hera.image.Sha256;

/**
 * Session tokens: 256 random bits handed to the creator once; the session keeps only their
 * SHA-256 (its {@code owner}), so a copy of Redis holds no credential.
 */
public final class SessionTokens {

    private static final String PREFIX = "token-sha256:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private SessionTokens() {
    }

    /** A new token, to be returned to the creator (and never stored). */
    public static String issue() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return BASE64URL.encodeToString(bits);
    }

    /** What a session stores to recognise the holder of {@code token}. */
    public static String owner(String token) {
        return PREFIX + Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code token} is the one whose hash the session stored, in time independent of where they differ. */
    public static boolean opens(String storedOwner, String token) {
        return token != null && sameOwner(storedOwner, owner(token));
    }

    /** Whether a session's stored owner is {@code expected}, compared in constant time (any kind of owner). */
    static boolean sameOwner(String storedOwner, String expected) {
        return storedOwner != null && MessageDigest.isEqual(storedOwner.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }
}
