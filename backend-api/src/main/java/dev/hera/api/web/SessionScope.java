package dev.hera.api.web;

import dev.hera.api.error.ApiException;
import dev.hera.error.ErrorCode;
import dev.hera.image.ImageLinks;
import dev.hera.model.Language;
import dev.hera.session.SessionIds;
import dev.hera.session.SessionMeta;

/**
 * What every session-scoped endpoint does first: refuse an id that is not a canonical UUID
 * before it reaches a Redis key or an object key, and speak the session's language.
 */
public final class SessionScope {

    /** The path every session-scoped endpoint lives under. */
    public static final String SESSIONS_PATH = ImageLinks.SESSIONS_PATH;

    private SessionScope() {
    }

    /** The id when it is a canonical session id; 400 {@code INVALID_SESSION_ID} otherwise. */
    public static String requireId(String sessionId) {
        if (!SessionIds.isValid(sessionId)) {
            throw new ApiException(ErrorCode.INVALID_SESSION_ID);
        }
        return sessionId;
    }

    /** The session's language; Japanese, the reference's language, when the session has none recorded. */
    public static Language language(SessionMeta meta) {
        return meta == null ? Language.DEFAULT : meta.language();
    }

    /** {@code /api/sessions/<id>}. */
    public static String path(String sessionId) {
        return ImageLinks.sessionPath(sessionId);
    }
}
