package dev.hera.agent.work;

import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import dev.hera.work.TurnWorker;
import io.quarkus.dev.console.DevConsoleManager;
import io.quarkus.dev.spi.HotReplacementContext;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Live reload for an application that works off a queue. In dev mode Quarkus applies source
 * changes when an HTTP request arrives, but the agent's work comes from Redis: here the agent
 * looks for changes after it has read wake-ups and before it answers them, so an edited class or
 * resource (in this module or in shared-model) answers the very next turn. When there are changes,
 * Quarkus replaces the application; the wake-ups just read stay unacknowledged and the new
 * application, same consumer, answers them first.
 */
final class LiveReload {

    private static final Logger LOG = Logger.getLogger(LiveReload.class);

    private LiveReload() {
    }

    /** The step to run before answering: a scan for changes in dev mode, nothing otherwise. */
    static TurnWorker.BeforeAnswering beforeAnswering() {
        return LaunchMode.current() == LaunchMode.DEVELOPMENT ? LiveReload::scan : TurnWorker.BeforeAnswering.NOTHING;
    }

    private static Uni<Void> scan() {
        HotReplacementContext context = DevConsoleManager.getHotReplacementContext();
        if (context == null) {
            return Uni.createFrom().voidItem();
        }
        CompletableFuture<Void> scanned = new CompletableFuture<>();
        // Not a thread of the application: replacing the application stops all of those.
        Thread scanner = new Thread(() -> {
            try {
                context.doScan(false);
            } catch (Exception e) {
                LOG.warnf("live reload failed: %s", e.toString());
            }
            scanned.complete(null);
        }, "hera-live-reload");
        scanner.setDaemon(true);
        Context caller = Vertx.currentContext();
        scanner.start();
        Uni<Void> done = Uni.createFrom().completionStage(scanned);
        // The turns are answered where they would have been without the scan.
        return caller == null ? done : done.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }
}
