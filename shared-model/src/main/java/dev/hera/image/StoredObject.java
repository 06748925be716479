package dev.hera.image;

/**
 * What the image store kept for one image.
 *
 * @param name        the image name
 * @param key         the object key ({@link ImageKeys#objectKey}), also the relative path in the local store
 * @param contentType {@code image/png} or {@code image/jpeg}
 * @param size        the number of bytes stored
 * @param sha256      the SHA-256 of the bytes, lower-case hex
 */
public record StoredObject(ImageName name, String key, String contentType, long size, String sha256) {
}
