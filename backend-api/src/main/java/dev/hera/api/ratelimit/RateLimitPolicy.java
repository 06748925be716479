package dev.hera.api.ratelimit;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.hera.session.SessionIds;

/**
 * Which buckets a request draws on. Health checks, Quarkus' own {@code /q/*} endpoints and CORS
 * preflights are never limited. Expensive requests draw on the client's and the session's
 * expensive budgets, so one client cannot drain a model-backed agent and one session cannot be
 * driven from many addresses; everything else draws on the client's cheap budget. A request is
 * expensive when it is a POST to anything under a session ({@code /api/sessions/<id>/...}): every
 * such route makes the agent or the image store work (turns, portraits, completion, uploads), so
 * no list of routes is kept here to fall behind the resources. Creating a session draws on the
 * client's cheap budget and on its own, smaller one: each creation stores a session and queues a
 * greeting for the agent.
 */
@ApplicationScoped
public class RateLimitPolicy {

    private final boolean enabled;
    private final Budget clientCheap;
    private final Budget clientExpensive;
    private final Budget sessionExpensive;
    private final Budget clientSessions;

    @Inject
    public RateLimitPolicy(RateLimitConfig config) {
        this(config.enabled(),
                new Budget(config.clientCheapCapacity(), config.clientCheapRefillPerSecond()),
                new Budget(config.clientExpensiveCapacity(), config.clientExpensiveRefillPerSecond()),
                new Budget(config.sessionExpensiveCapacity(), config.sessionExpensiveRefillPerSecond()),
                new Budget(config.clientSessionsCapacity(), config.clientSessionsRefillPerSecond()));
    }

    public RateLimitPolicy(boolean enabled, Budget clientCheap, Budget clientExpensive, Budget sessionExpensive,
            Budget clientSessions) {
        this.enabled = enabled;
        this.clientCheap = clientCheap;
        this.clientExpensive = clientExpensive;
        this.sessionExpensive = sessionExpensive;
        this.clientSessions = clientSessions;
    }

    /** The buckets to take a token from for this request; empty when it is not limited. */
    public List<Bucket> bucketsFor(String method, String path, String clientAddress) {
        List<String> segments = segments(path);
        if (!enabled || "OPTIONS".equalsIgnoreCase(method) || isExempt(segments)) {
            return List.of();
        }
        if ("POST".equalsIgnoreCase(method) && segments.equals(List.of("api", "sessions"))) {
            return List.of(new Bucket(BucketScope.CLIENT_CHEAP, clientAddress, clientCheap),
                    new Bucket(BucketScope.CLIENT_SESSIONS, clientAddress, clientSessions));
        }
        if (!"POST".equalsIgnoreCase(method) || !isExpensiveAction(segments)) {
            return List.of(new Bucket(BucketScope.CLIENT_CHEAP, clientAddress, clientCheap));
        }
        List<Bucket> buckets = new ArrayList<>(2);
        buckets.add(new Bucket(BucketScope.CLIENT_EXPENSIVE, clientAddress, clientExpensive));
        // Only a canonical id can name a session; anything else is refused by the endpoint anyway
        // and must not create a bucket under an arbitrary key.
        String sessionId = segments.get(2);
        if (SessionIds.isValid(sessionId)) {
            buckets.add(new Bucket(BucketScope.SESSION_EXPENSIVE, sessionId, sessionExpensive));
        }
        return buckets;
    }

    private static boolean isExempt(List<String> segments) {
        return (!segments.isEmpty() && segments.get(0).equals("q"))
                || segments.equals(List.of("api", "health"));
    }

    /** {@code api/sessions/<id>/<anything>}. */
    private static boolean isExpensiveAction(List<String> segments) {
        return segments.size() >= 4 && segments.get(0).equals("api") && segments.get(1).equals("sessions");
    }

    /**
     * The path's segments without empty ones and without matrix parameters, so that
     * {@code //api/sessions/x/messages/} or {@code .../messages;x=1} cannot pass for a cheap request.
     */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        if (path == null) {
            return segments;
        }
        for (String segment : path.split("/")) {
            int matrix = segment.indexOf(';');
            String clean = matrix < 0 ? segment : segment.substring(0, matrix);
            if (!clean.isEmpty()) {
                segments.add(clean);
            }
        }
        return segments;
    }
}
