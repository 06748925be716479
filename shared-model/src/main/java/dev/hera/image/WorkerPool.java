package dev.hera.image;

import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** Runs blocking store calls lazily on the worker pool, so that callers on the event loop never block. */
final class WorkerPool {

    private WorkerPool() {
    }

    static <T> Uni<T> call(Supplier<T> blockingCall) {
        return Uni.createFrom().item(blockingCall)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
