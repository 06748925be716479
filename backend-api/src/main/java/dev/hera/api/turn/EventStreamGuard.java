package dev.hera.api.turn;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.hera.api.error.ErrorMapper;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;
import dev.hera.session.SessionIds;
import dev.hera.session.SessionStore;
import io.smallrye.mutiny.Uni;

/**
 * Answers a request for an event stream of an unknown (or malformed) session with the JSON
 * error before the stream starts: once an event stream has begun, its status is already 200.
 */
public class EventStreamGuard {

    private static final Pattern EVENTS = Pattern.compile("^/api/sessions/([^/]+)/events/?$");

    private final SessionStore sessions;

    public EventStreamGuard(SessionStore sessions) {
        this.sessions = sessions;
    }

    @ServerRequestFilter
    public Uni<Response> requireSession(ContainerRequestContext request) {
        Matcher events = EVENTS.matcher(request.getUriInfo().getPath());
        if (!"GET".equals(request.getMethod()) || !events.matches()) {
            return Uni.createFrom().nullItem();
        }
        Language language = ErrorMapper.preferred(request.getHeaders().getFirst("Accept-Language"));
        String id = events.group(1);
        if (!SessionIds.isValid(id)) {
            return Uni.createFrom().item(ErrorMapper.body(ErrorCode.INVALID_SESSION_ID, language, Map.of(), Map.of()));
        }
        return sessions.exists(id)
                .map(exists -> exists ? null : ErrorMapper.body(ErrorCode.SESSION_NOT_FOUND, language, Map.of(), Map.of()))
                .onFailure().recoverWithItem(ErrorMapper.body(ErrorCode.SERVICE_UNAVAILABLE, language, Map.of(),
                        Map.of("Retry-After", "2")));
    }
}
