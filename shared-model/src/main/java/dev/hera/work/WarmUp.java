package dev.hera.work;

import org.jboss.logging.Logger;

/**
 * Runs a service's warm-up (loading what its first request would otherwise load) on a thread of
 * its own once the service has started: readiness does not wait for it, and a request that comes
 * first still gets the right answer, only sooner or later.
 */
public final class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);

    private WarmUp() {
    }

    /** Starts {@code warmUp} in the background; a failure is logged and stops nothing. */
    public static Thread inBackground(String what, Runnable warmUp) {
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            try {
                warmUp.run();
                LOG.debugf("%s warmed up in %d ms", what, (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                // The request that meets the same fault fails alone.
                LOG.warnf(e, "warming %s up failed", what);
            }
        }, "hera-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
