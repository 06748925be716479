package dev.hera.api.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return PREFIX + BASE64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Whether {@code token} is the one whose hash the session stored, in time independent of where they differ. */
    public static boolean opens(String storedOwner, String token) {
        if (storedOwner == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(storedOwner.getBytes(StandardCharsets.US_ASCII),
                owner(token).getBytes(StandardCharsets.US_ASCII));
    }
}
