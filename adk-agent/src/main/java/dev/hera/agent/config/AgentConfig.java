package dev.hera.agent.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of adk-agent, under {@code hera.agent.}. */
@ConfigMapping(prefix = "hera.agent")
public interface AgentConfig {

    /** Most turns (sessions) answered at once by this process; a model call waiting costs no thread. */
    @WithDefault("256")
    int maxInFlight();

    /** How long one read of the work stream waits for wake-ups. */
    @WithDefault("2S")
    Duration readBlock();

    /** Longest time one turn may take before it is answered as failed. */
    @WithDefault("90S")
    Duration turnTimeout();

    /** Name of this consumer in the work stream's group; host name and process id when unset. */
    Optional<String> consumerName();

    /** How long a stopping agent lets the turns it is answering finish. */
    @WithDefault("10S")
    Duration shutdownGrace();
}
