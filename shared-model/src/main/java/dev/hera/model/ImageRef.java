package dev.hera.model;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An image stored for a session (the user's photo, the partner's and children's portraits).
 * Only the object key is kept, never a server path.
 *
 * @param name        the image's file name within the session, e.g. {@code user.jpg}, {@code partner.png}, {@code child_1.png}
 * @param objectKey   the key in the image store
 * @param contentType the real content type, e.g. {@code image/png}
 * @param size        size in bytes
 * @param sha256      hex SHA-256 of the content
 * @param createdAt   when it was stored
 */
@RegisterForReflection
public record ImageRef(String name, String objectKey, String contentType, long size, String sha256,
        Instant createdAt) {
}
