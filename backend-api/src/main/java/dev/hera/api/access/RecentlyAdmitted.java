package dev.hera.api.access;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Session tokens this process checked against Redis a moment ago, so that a client polling its
 * session's status (the most frequent request) costs one Redis read instead of two. Only the
 * status uses it, which reads the whole session and answers 404 itself once it is deleted; every
 * other request checks the token in Redis. A token never changes for its session, and only a token
 * that opened the session is remembered (as a hash with the session id, never the token itself).
 */
@ApplicationScoped
public class RecentlyAdmitted {

    /** How long a check is believed. */
    static final Duration LIFETIME = Duration.ofSeconds(10);
    /** Past this many, everything is forgotten at once (memory stays bounded whatever the traffic). */
    static final int MOST = 20_000;

    private final ConcurrentHashMap<String, Long> untilByCheck = new ConcurrentHashMap<>();
    private final Clock clock;

    public RecentlyAdmitted(Clock clock) {
        this.clock = clock;
    }

    /** Whether {@code token} opened session {@code id} in this process less than {@link #LIFETIME} ago. */
    boolean admits(String id, String token) {
        Long until = untilByCheck.get(key(id, token));
        return until != null && until > clock.millis();
    }

    void remember(String id, String token) {
        if (untilByCheck.size() >= MOST) {
            untilByCheck.clear();
        }
        untilByCheck.put(key(id, token), clock.millis() + LIFETIME.toMillis());
    }

    private static String key(String id, String token) {
        return id + ' ' + SessionTokens.owner(token);
    }
}
