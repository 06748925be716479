package dev.hera.agent.image;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import dev.hera.image.ImageLinks;
import dev.hera.model.ImageRef;
import dev.hera.work.TurnResult;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** What the portrait handlers share: drawing off the event loop, seeds, and the result's image entries. */
final class PortraitResults {

    /** The engine named in {@code meta.engine} for portraits drawn here. */
    static final String OFFLINE_ENGINE = "offline";

    private PortraitResults() {
    }

    /** Runs the drawing on a worker thread: Java2D is CPU-bound and must not hold the event loop. */
    static <T> Uni<T> drawn(Supplier<T> drawing) {
        return Uni.createFrom().item(drawing).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** A stored image as the result lists it. */
    static TurnResult.PortraitImage image(ImageLinks links, String sessionId, ImageRef ref) {
        return new TurnResult.PortraitImage(ref.name(), links.of(sessionId, ref.name()), ref.contentType(), ref.size());
    }

    /**
     * A seed that depends on the text only (FNV-1a over its UTF-8 bytes), so that the same
     * profile gives the same portrait in any session and on any JVM.
     */
    static long seedOf(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
