package dev.hera.api.session;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answer to {@code DELETE /api/sessions/{id}}.
 *
 * @param sessionId     the forgotten session
 * @param deleted       always true
 * @param imagesDeleted how many stored images were removed with it
 */
@RegisterForReflection
public record SessionDeleted(String sessionId, boolean deleted, int imagesDeleted) {
}
