package dev.hera.api.access;

import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.hera.api.config.ApiConfig;
import dev.hera.api.config.AuthMode;
import dev.hera.api.error.ApiException;
import dev.hera.api.error.ErrorMapper;
import dev.hera.error.ErrorCode;
import dev.hera.image.ImageLinks;
import dev.hera.model.Language;
import dev.hera.session.SessionIds;
import dev.hera.session.SessionMeta;
import dev.hera.session.SessionNotFoundException;
import dev.hera.session.SessionStore;
import io.smallrye.mutiny.Uni;

/**
 * Who may use a session, decided before any resource of {@code /api/sessions/<id>/…} runs.
 * <ul>
 * <li>A signed image link opens its one image, with no header; altered, expired or another
 * session's: 404.</li>
 * <li>In {@link AuthMode#TOKEN} every other session request carries {@code Authorization: Bearer
 * <session_token>}: none → 401 with {@code WWW-Authenticate}; a wrong one → the very 404 of a session
 * that does not exist, so a guess learns nothing.</li>
 * <li>In {@link AuthMode#OIDC} it carries an identity provider's JWT: none or one that does not
 * verify → 401; another subject's session → the same 404.</li>
 * <li>An event stream of an unknown session is refused with its JSON 404 here in every mode: once a
 * stream has begun, its status is already 200.</li>
 * </ul>
 */
public class SessionAccess {

    public static final String CHALLENGE = "Bearer realm=\"hera\"";

    private static final Pattern SESSION_ROUTE = Pattern.compile(
            "^" + Pattern.quote(ImageLinks.SESSIONS_PATH) + "/([^/]+)(/.*)?$");
    private static final Pattern IMAGE = Pattern.compile("^/photos/([^/]+)$");
    private static final Pattern EVENTS = Pattern.compile("^/events/?$");
    private static final Pattern STATUS = Pattern.compile("^/status/?$");
    private static final String BEARER = "bearer ";

    private final SessionStore sessions;
    private final AdmittedSession admitted;
    private final RecentlyAdmitted recently;
    private final SignedImageLinks links;
    private final Callers callers;
    private final AuthMode mode;

    public SessionAccess(SessionStore sessions, AdmittedSession admitted, RecentlyAdmitted recently,
            SignedImageLinks links, Callers callers, ApiConfig config) {
        this.sessions = sessions;
        this.admitted = admitted;
        this.recently = recently;
        this.links = links;
        this.callers = callers;
        this.mode = config.auth();
    }

    @ServerRequestFilter
    public Uni<Response> admit(ContainerRequestContext request) {
        Matcher route = SESSION_ROUTE.matcher(request.getUriInfo().getPath());
        if (!route.matches()) {
            return Uni.createFrom().nullItem();
        }
        Language language = ErrorMapper.preferred(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String id = route.group(1);
        if (!SessionIds.isValid(id)) {
            return refuse(ErrorCode.INVALID_SESSION_ID, language);
        }
        String rest = route.group(2) == null ? "" : route.group(2);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        Matcher image = IMAGE.matcher(rest);
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (read && image.matches()
                && (query.containsKey(SignedImageLinks.EXPIRES) || query.containsKey(SignedImageLinks.SIGNATURE))) {
            return links.opens(id, image.group(1), query.getFirst(SignedImageLinks.EXPIRES),
                    query.getFirst(SignedImageLinks.SIGNATURE))
                            ? Uni.createFrom().nullItem()
                            : refuse(ErrorCode.IMAGE_NOT_FOUND, language);
        }
        if (mode == AuthMode.NONE) {
            return read && EVENTS.matcher(rest).matches() ? requireSession(id, language) : Uni.createFrom().nullItem();
        }
        if (mode == AuthMode.OIDC) {
            return callers.owner(language)
                    .chain(caller -> owner(id, language, meta -> Callers.owns(meta.owner(), caller)))
                    .onFailure(ApiException.class).recoverWithItem(refused -> {
                        ApiException api = (ApiException) refused;
                        return ErrorMapper.body(api.code(), language, api.details(), api.headers());
                    });
        }
        String token = bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            return Uni.createFrom().item(ErrorMapper.body(ErrorCode.AUTHENTICATION_REQUIRED, language, Map.of(),
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)));
        }
        // The status, polled by clients, may trust a check of a moment ago: it reads the session whole
        // and answers 404 itself when the session is gone. Every other route checks in Redis.
        if (read && STATUS.matcher(rest).matches() && recently.admits(id, token)) {
            return Uni.createFrom().nullItem();
        }
        return owner(id, language, meta -> {
            boolean opens = SessionTokens.opens(meta.owner(), token);
            if (opens) {
                recently.remember(id, token);
            }
            return opens;
        });
    }

    private Uni<Response> requireSession(String id, Language language) {
        return owner(id, language, meta -> true);
    }

    /** Lets the request through when the session exists and {@code admits} its metadata; 404 otherwise. */
    private Uni<Response> owner(String id, Language language, Predicate<SessionMeta> admits) {
        return sessions.meta(id)
                .invoke(admitted::admit)
                .map(meta -> admits.test(meta) ? null : ErrorMapper.body(ErrorCode.SESSION_NOT_FOUND, language,
                        Map.of(), Map.of()))
                .onFailure(SessionNotFoundException.class)
                .recoverWithItem(() -> ErrorMapper.body(ErrorCode.SESSION_NOT_FOUND, language, Map.of(), Map.of()))
                .onFailure().recoverWithItem(() -> ErrorMapper.body(ErrorCode.SERVICE_UNAVAILABLE, language, Map.of(),
                        Map.of()));
    }

    private static Uni<Response> refuse(ErrorCode code, Language language) {
        return Uni.createFrom().item(ErrorMapper.body(code, language, Map.of(), Map.of()));
    }

    /** The credential of an {@code Authorization: Bearer} header; null for none or another scheme. */
    private static String bearer(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
