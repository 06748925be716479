package dev.hera.agent.work;

import java.net.InetAddress;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.hera.agent.config.AgentConfig;
import dev.hera.config.HeraConfig;
import dev.hera.work.TurnWorker;
import dev.hera.work.WorkQueue;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Starts answering turns from the work queue when the agent starts, and stops cleanly. */
@ApplicationScoped
public class AgentWorkLoop {

    private static final Logger LOG = Logger.getLogger(AgentWorkLoop.class);

    private final TurnWorker worker;
    private final AgentConfig config;

    public AgentWorkLoop(WorkQueue queue, TurnDispatcher dispatcher, AgentConfig config, HeraConfig hera, Clock clock,
            MeterRegistry metrics) {
        this.config = config;
        String consumer = config.consumerName().orElseGet(AgentWorkLoop::defaultConsumerName);
        this.worker = new TurnWorker(queue, dispatcher,
                new TurnWorker.Settings(consumer, config.maxInFlight(), config.readBlock(), config.turnTimeout()),
                clock, hera.work().lease(), hera.work().reclaimAfter(), LiveReload.beforeAnswering());
        Gauge.builder("hera.turns.in.flight", worker, TurnWorker::inFlight)
                .description("Sessions whose turns this agent is answering right now").register(metrics);
        FunctionCounter.builder("hera.queue.redeliveries", worker, TurnWorker::redelivered)
                .description("Wake-ups this agent took over from agents that left them unacknowledged").register(metrics);
    }

    void onStart(@Observes StartupEvent event) {
        worker.start();
        LOG.infof("answering turns (at most %d at once)", config.maxInFlight());
    }

    void onStop(@Observes ShutdownEvent event) {
        try {
            worker.stop().toCompletableFuture().get(config.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.info("stopped with turns in flight; another agent reclaims them");
        }
    }

    /** Turns being answered right now (for metrics and tests). */
    public int inFlight() {
        return worker.inFlight();
    }

    private static String defaultConsumerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "agent";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
