package dev.hera.api.photo;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer when a portrait was drawn before the deadline; documents the body, which is passed
 * through from the agent's turn result.
 *
 * @param status   always {@code "success"}
 * @param imageUrl where the (first) new image is served
 * @param images   every new image, for the children
 * @param meta     what was drawn and how (target, prompt used, child index, ...)
 */
@Schema(name = "PortraitGenerated")
public record PortraitGenerated(String status, String imageUrl, List<PhotoInfo> images, Map<String, Object> meta) {
}
