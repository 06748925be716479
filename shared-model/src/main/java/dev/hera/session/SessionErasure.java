package dev.hera.session;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.image.ImageStore;
import io.smallrye.mutiny.Uni;

/**
 * Forgets a session: every Redis key and every stored image (face photos are personal data).
 * The keys go first, so that no write can land in the session any more (writes require
 * {@code _meta}); then the objects.
 */
@ApplicationScoped
public class SessionErasure {

    /** What was removed. */
    public record Erased(boolean existed, int images) {
    }

    private final SessionStore sessions;
    private final ImageStore images;
    private final PhotoRetention retention;

    public SessionErasure(SessionStore sessions, ImageStore images, PhotoRetention retention) {
        this.sessions = sessions;
        this.images = images;
        this.retention = retention;
    }

    public Uni<Erased> erase(String sessionId) {
        return sessions.delete(sessionId)
                .chain(existed -> images.deleteSession(sessionId).map(count -> new Erased(existed, count)))
                .call(erased -> retention.forget(sessionId));
    }
}
