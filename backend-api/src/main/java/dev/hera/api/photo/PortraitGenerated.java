package dev.hera.api.photo;

import java.util.List;
import java.util.function.UnaryOperator;

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

    /** The agent's result, with each link to an image replaced by {@code link} of it (signed, say). */
    public static PortraitGenerated of(TurnResult.Portraits drawn, UnaryOperator<String> link) {
        TurnResult.PortraitMeta meta = drawn.meta();
        if (meta != null && meta.children() != null) {
            meta = new TurnResult.PortraitMeta(meta.target(), meta.engine(), meta.promptUsed(), meta.children().stream()
                    .map(child -> new TurnResult.ChildPortrait(child.name(), child.gender(), link.apply(child.imageUrl()),
                            child.engine()))
                    .toList());
        }
        return new PortraitGenerated("success", link.apply(drawn.imageUrl()), drawn.images().stream()
                .map(image -> new TurnResult.PortraitImage(image.name(), link.apply(image.imageUrl()), image.contentType(),
                        image.size()))
                .toList(), meta);
    }
}
