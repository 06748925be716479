package dev.hera.api.photo;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.hera.work.TurnResult;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answer when a portrait was drawn before the deadline: the agent's result, marked successful.
 *
 * @param status   always {@code "success"}
 * @param imageUrl where the (first) new image is served
 * @param images   every new image
 * @param meta     what was drawn and how (target, engine, the prompt used or each child's portrait)
 */
@Schema(name = "PortraitGenerated")
@RegisterForReflection
public record PortraitGenerated(String status, String imageUrl, List<TurnResult.PortraitImage> images,
        TurnResult.PortraitMeta meta) {

    public static PortraitGenerated of(TurnResult.Portraits drawn) {
        return new PortraitGenerated("success", drawn.imageUrl(), drawn.images(), drawn.meta());
    }
}
