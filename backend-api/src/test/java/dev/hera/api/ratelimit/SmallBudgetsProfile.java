package dev.hera.api.ratelimit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Budgets small enough to exhaust in a test, slow to refill so a test cannot get a token back by
 * accident; the test client is a trusted proxy, so that X-Forwarded-For makes each test its own client.
 */
public class SmallBudgetsProfile implements QuarkusTestProfile {

    static final int CLIENT_CHEAP = 5;
    static final int CLIENT_EXPENSIVE = 4;
    static final int SESSION_EXPENSIVE = 3;
    static final int CLIENT_SESSIONS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("hera.rate-limit.client-sessions-capacity", String.valueOf(CLIENT_SESSIONS)),
                Map.entry("hera.rate-limit.client-sessions-refill-per-second", "0.01"),
                Map.entry("hera.rate-limit.trusted-proxies", "127.0.0.1,::1"),
                Map.entry("hera.rate-limit.client-cheap-capacity", String.valueOf(CLIENT_CHEAP)),
                Map.entry("hera.rate-limit.client-cheap-refill-per-second", "0.2"),
                Map.entry("hera.rate-limit.client-expensive-capacity", String.valueOf(CLIENT_EXPENSIVE)),
                Map.entry("hera.rate-limit.client-expensive-refill-per-second", "0.01"),
                Map.entry("hera.rate-limit.session-expensive-capacity", String.valueOf(SESSION_EXPENSIVE)),
                Map.entry("hera.rate-limit.session-expensive-refill-per-second", "0.01"));
    }
}
