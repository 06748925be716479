package dev.hera.api.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of backend-api, under {@code hera.api.}. */
@ConfigMapping(prefix = "hera.api")
public interface ApiConfig {

    /** Longest chat message accepted, in characters. */
    @WithDefault("2000")
    int maxMessageLength();

    /** How long a request waits for the agent's answer before it answers 202 with the turn id. */
    @WithDefault("25S")
    Duration turnDeadline();
}
