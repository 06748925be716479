package dev.hera.api.photo;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The images of a session.
 *
 * @param status always {@code "success"}
 * @param images the images, ordered by name
 */
@RegisterForReflection
public record PhotoList(String status, List<Item> images) {

    /**
     * One image of the list.
     *
     * @param name        its file name
     * @param imageUrl    where it is served
     * @param contentType {@code image/png} or {@code image/jpeg}
     * @param size        bytes
     * @param createdAt   when it was stored
     */
    @RegisterForReflection
    @Schema(name = "PhotoListItem")
    public record Item(String name, String imageUrl, String contentType, long size, Instant createdAt) {
    }
}
