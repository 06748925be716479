package dev.hera.work;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * The work queue's depth as gauges, in both services: {@code hera.queue.waiting} (wake-ups not
 * yet handled) and {@code hera.queue.pending} (read by an agent, not yet acknowledged). Sampled
 * every few seconds, so a scrape never waits for Redis.
 */
@ApplicationScoped
public class QueueMetrics {

    static final Duration EVERY = Duration.ofSeconds(5);

    private final WorkQueue queue;
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private Cancellable sampling;

    public QueueMetrics(WorkQueue queue, MeterRegistry metrics) {
        this.queue = queue;
        Gauge.builder("hera.queue.waiting", waiting, AtomicLong::get)
                .description("Wake-ups in the work stream not yet handled").register(metrics);
        Gauge.builder("hera.queue.pending", pending, AtomicLong::get)
                .description("Wake-ups read by an agent and not yet acknowledged").register(metrics);
    }

    void onStart(@Observes StartupEvent event) {
        sampling = Multi.createFrom().ticks().every(EVERY)
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> queue.depth().onFailure().recoverWithNull())
                .subscribe().with(depth -> {
                    if (depth != null) {
                        waiting.set(depth.waiting());
                        pending.set(depth.pending());
                    }
                }, failure -> { });
    }

    void onStop(@Observes ShutdownEvent event) {
        if (sampling != null) {
            sampling.cancel();
        }
    }
}
