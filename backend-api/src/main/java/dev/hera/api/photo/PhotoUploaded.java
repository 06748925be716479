package dev.hera.api.photo;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answer to an accepted upload (the reference's fields, plus what was stored).
 *
 * @param status   always {@code "success"}
 * @param imageUrl where the image is served, with its real extension
 * @param image    what was stored
 */
@RegisterForReflection
public record PhotoUploaded(String status, String imageUrl, PhotoInfo image) {
}
