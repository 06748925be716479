package dev.hera.api.access;

import jakarta.enterprise.context.RequestScoped;

import dev.hera.session.SessionMeta;
import dev.hera.session.SessionStore;
import io.smallrye.mutiny.Uni;

/**
 * The session's metadata as {@link SessionAccess} read it to admit the request, kept for the
 * resource that then serves it: one read of {@code _meta} per request, not two. Where access did
 * not read it (no credential to check), the resource reads it here.
 */
@RequestScoped
public class AdmittedSession {

    private final SessionStore sessions;
    private SessionMeta admitted;

    public AdmittedSession(SessionStore sessions) {
        this.sessions = sessions;
    }

    void admit(SessionMeta meta) {
        admitted = meta;
    }

    /** The session's metadata; fails with {@code SessionNotFoundException} when there is no such session. */
    public Uni<SessionMeta> meta(String sessionId) {
        SessionMeta known = admitted;
        return known != null && known.sessionId().equals(sessionId) ? Uni.createFrom().item(known) : sessions.meta(sessionId);
    }
}
