package dev.hera.agent.work;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/**
 * Threads for the offline engines' CPU work, one per core: that work never holds an event-loop
 * thread (which serves every Redis reply and HTTP exchange of the process), and no more turns
 * compute at once than there are cores to run them, so each finishes sooner under load.
 */
@ApplicationScoped
public class ComputePool {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            task -> {
                Thread thread = new Thread(task, "hera-compute-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    /** Runs {@code work} on one of the pool's threads when subscribed. */
    public <T> Uni<T> run(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(executor);
    }

    @PreDestroy
    void shutdown() {
        executor.shutdown();
    }
}
