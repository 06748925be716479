package dev.hera.e2e;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * The tests' client keeps each session's token as the demo page does: remembered from the answer
 * that created the session, sent as {@code Authorization: Bearer} with every request of that session
 * that carries no Authorization of its own. Sessions it did not create go without one.
 */
final class SessionTokens implements Filter {

    static final SessionTokens KEEPER = new SessionTokens();

    private static final Pattern SESSION_ROUTE = Pattern.compile("/api/sessions/([0-9a-f-]{36})(/.*)?$");
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private SessionTokens() {
    }

    /** The token of a session this client created; fails for any other. */
    String of(String sessionId) {
        String token = tokens.get(sessionId);
        if (token == null) {
            throw new AssertionError("no token kept for " + sessionId);
        }
        return token;
    }

    /** {@code Bearer <token>} of a session this client created. */
    String bearer(String sessionId) {
        return "Bearer " + of(sessionId);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
            FilterContext context) {
        Matcher route = SESSION_ROUTE.matcher(request.getURI().replaceAll("\\?.*$", ""));
        if (route.find() && !request.getHeaders().hasHeaderWithName("Authorization")
                && !request.getURI().contains("signature=") && tokens.containsKey(route.group(1))) {
            request.header("Authorization", bearer(route.group(1)));
        }
        Response response = context.next(request, expected);
        if ("POST".equals(request.getMethod()) && request.getURI().replaceAll("\\?.*$", "").endsWith("/api/sessions")
                && response.statusCode() == 200) {
            String token = response.path("session_token");
            if (token != null) {
                tokens.put(response.path("session_id"), token);
            }
        }
        return response;
    }
}
