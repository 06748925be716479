package dev.hera.api.photo;

import java.time.Instant;

import dev.hera.model.ImageRef;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What is known about a stored image, without its storage key.
 *
 * @param name        {@code user.jpg}, {@code partner.png}, {@code child_1.png}, ...
 * @param contentType {@code image/png} or {@code image/jpeg}, from the content
 * @param size        bytes
 * @param sha256      hex SHA-256 of the bytes
 * @param createdAt   when it was stored
 */
@RegisterForReflection
public record PhotoInfo(String name, String contentType, long size, String sha256, Instant createdAt) {

    static PhotoInfo of(ImageRef ref) {
        return new PhotoInfo(ref.name(), ref.contentType(), ref.size(), ref.sha256(), ref.createdAt());
    }
}
