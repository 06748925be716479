package dev.hera.api.turn;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.api.config.ApiConfig;

/**
 * The event streams this API process holds open, counted per session and per client: each one
 * holds a connection and a subscription for as long as it lasts, so neither one session nor one
 * client may open more than its share.
 */
@ApplicationScoped
public class EventStreams {

    private final int perSession;
    private final int perClient;
    private final Map<String, Integer> sessions = new HashMap<>();
    private final Map<String, Integer> clients = new HashMap<>();

    public EventStreams(ApiConfig config) {
        this.perSession = config.events().maxPerSession();
        this.perClient = config.events().maxPerClient();
    }

    /** A stream for the session and client, to be closed when it ends; empty when either has all it may hold. */
    public synchronized Optional<Runnable> open(String sessionId, String client) {
        if (sessions.getOrDefault(sessionId, 0) >= perSession || clients.getOrDefault(client, 0) >= perClient) {
            return Optional.empty();
        }
        sessions.merge(sessionId, 1, Integer::sum);
        clients.merge(client, 1, Integer::sum);
        return Optional.of(new Runnable() {
            private boolean closed;

            @Override
            public void run() {
                synchronized (EventStreams.this) {
                    if (!closed) {
                        closed = true;
                        sessions.computeIfPresent(sessionId, (id, open) -> open == 1 ? null : open - 1);
                        clients.computeIfPresent(client, (id, open) -> open == 1 ? null : open - 1);
                    }
                }
            }
        });
    }
}
