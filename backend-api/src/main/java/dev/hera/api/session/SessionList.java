package dev.hera.api.session;

import java.time.Instant;
import java.util.List;

import dev.hera.session.SessionMeta;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The caller's sessions, newest first ({@code GET /api/sessions}, oidc mode).
 *
 * @param sessions each session that still exists
 */
@RegisterForReflection
public record SessionList(List<Item> sessions) {

    /**
     * One session.
     *
     * @param sessionId its id
     * @param createdAt when it was created
     * @param locale    its language
     * @param phase     where its journey is ({@code interview}, {@code family}, ...)
     */
    @RegisterForReflection
    public record Item(String sessionId, Instant createdAt, String locale, String phase) {
    }

    static SessionList of(List<SessionMeta> sessions) {
        return new SessionList(sessions.stream().map(meta -> new Item(meta.sessionId(), meta.createdAt(), meta.locale(),
                meta.phase() == null ? null : meta.phase().wire())).toList());
    }
}
