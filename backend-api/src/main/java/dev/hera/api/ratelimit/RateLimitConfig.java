package dev.hera.api.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Rate limits of backend-api, under {@code hera.rate-limit.}. Budgets are token buckets: a
 * capacity (the burst allowed at once) and a refill rate (tokens regained per second). The
 * defaults are generous: a person chatting never notices them, a script hammering is stopped.
 */
@ConfigMapping(prefix = "hera.rate-limit")
public interface RateLimitConfig {

    /** Whether requests are rate-limited at all. */
    @WithDefault("true")
    boolean enabled();

    /**
     * The proxies in front of the API (addresses or networks, {@code 10.0.0.0/8}, {@code fd00::/8}):
     * behind them the client is the rightmost X-Forwarded-For address that is not one of them. None
     * by default: the connection's peer is the client.
     */
    Optional<List<String>> trustedProxies();

    /** Burst of cheap requests (reads and other non-model work) one client address may send. */
    @WithDefault("120")
    int clientCheapCapacity();

    /** Cheap requests per second a client address regains. */
    @WithDefault("20")
    double clientCheapRefillPerSecond();

    /** Burst of expensive requests (turns, image generation, uploads, completion) one client address may send. */
    @WithDefault("30")
    int clientExpensiveCapacity();

    /** Expensive requests per second a client address regains. */
    @WithDefault("2")
    double clientExpensiveRefillPerSecond();

    /** Burst of expensive requests one session may receive, whatever addresses they come from. */
    @WithDefault("20")
    int sessionExpensiveCapacity();

    /** Expensive requests per second a session regains. */
    @WithDefault("1")
    double sessionExpensiveRefillPerSecond();

    /** Sessions one client address may create in a burst (each creation also counts as a cheap request). */
    @WithDefault("20")
    int clientSessionsCapacity();

    /** Sessions per second a client address regains the right to create (0.1: six a minute). */
    @WithDefault("0.1")
    double clientSessionsRefillPerSecond();

    /** Longest wait for Redis during a check; past it the request is let through. */
    @WithDefault("500MS")
    Duration checkTimeout();
}
