package dev.hera.api.ratelimit;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.hera.api.error.ErrorMapper;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Answers {@code 429} with {@code Retry-After} once a request's buckets are empty. It runs before
 * resource matching, so unknown paths are limited too, and it never blocks the event loop: the
 * check is one non-blocking script call per bucket, the buckets of a request checked in parallel.
 *
 * <p>When Redis cannot be reached (or is slower than {@code hera.rate-limit.check-timeout}) the
 * request is let through: the limiter protects the service, and refusing every request because
 * its bookkeeping is down would turn a Redis outage into a total one, including for endpoints
 * that do not need Redis; those that do answer {@code 503} on their own. The failure is logged at
 * debug level only, because the endpoints and the readiness check already report the outage.
 *
 * <p>A request that draws on two buckets (client and session) may take a token from one while
 * the other refuses it; that small over-counting is accepted to keep each bucket one key in one
 * hash slot, checked by one script.
 */
// Created at startup, not at the first request: the counters below are exported from the start.
@Startup
public class RateLimitFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);

    private final RateLimitPolicy policy;
    private final TokenBucketLimiter limiter;
    private final RateLimitConfig config;
    private final Clients clients;
    private final Map<BucketScope, Counter> rejections = new EnumMap<>(BucketScope.class);

    public RateLimitFilter(RateLimitPolicy policy, TokenBucketLimiter limiter, RateLimitConfig config, Clients clients,
            MeterRegistry registry) {
        this.policy = policy;
        this.limiter = limiter;
        this.config = config;
        this.clients = clients;
        for (BucketScope scope : BucketScope.values()) {
            // Registered up front so that every scope's series exists (at 0) before the first rejection.
            rejections.put(scope, Counter.builder("hera.rate.limit.rejections")
                    .description("Requests refused with 429 because a rate-limit bucket was empty")
                    .tag("scope", scope.label())
                    .register(registry));
        }
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http, HttpHeaders headers) {
        if (!config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        String client = clients.of(http);
        List<Bucket> buckets = policy.bucketsFor(request.getMethod(), request.getUriInfo().getPath(), client);
        if (buckets.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        List<Uni<BucketDecision>> checks = buckets.stream().map(limiter::take).toList();
        return Uni.join().all(checks).andFailFast()
                .ifNoItem().after(config.checkTimeout()).fail()
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("rate limit not checked, request let through: %s", failure.toString());
                    return List.of();
                })
                .map(decisions -> refusal(decisions, headers));
    }

    /** The 429 answer when any bucket refused, for the one that frees up last; null to let the request through. */
    private Response refusal(List<BucketDecision> decisions, HttpHeaders headers) {
        return decisions.stream()
                .filter(decision -> !decision.allowed())
                .max(Comparator.comparing(BucketDecision::retryAfter))
                .map(refused -> tooManyRequests(refused, headers))
                .orElse(null);
    }

    private Response tooManyRequests(BucketDecision refused, HttpHeaders headers) {
        rejections.get(refused.bucket().scope()).increment();
        long seconds = refused.retryAfterSeconds();
        return ErrorMapper.body(ErrorCode.RATE_LIMITED, language(headers),
                Map.<String, Object>of("retry_after", seconds),
                Map.of("Retry-After", String.valueOf(seconds),
                        "X-RateLimit-Limit", String.valueOf(refused.limit()),
                        "X-RateLimit-Remaining", String.valueOf(refused.remaining())));
    }

    /** Japanese when Accept-Language cannot be read: a malformed header must not turn a 429 into a pass. */
    private static Language language(HttpHeaders headers) {
        try {
            return ErrorMapper.preferred(headers);
        } catch (RuntimeException malformed) {
            return Language.DEFAULT;
        }
    }
}
