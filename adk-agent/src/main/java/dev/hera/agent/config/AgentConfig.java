package dev.hera.agent.config;

import java.time.Duration;
import java.util.Optional;

import dev.hera.agent.config.ModelProvider;
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

    /** The language model that thinks for Hera; the offline engine when none is configured. */
    Model model();

    /** Settings of the language model, under {@code hera.agent.model.}. */
    interface Model {

        /** {@code offline} (no network, no key), {@code openai} (any OpenAI-compatible endpoint) or {@code gemini}. */
        @WithDefault("offline")
        ModelProvider provider();

        /** The provider's API address; the provider's public endpoint when unset. */
        Optional<String> baseUrl();

        /** The API key (a secret: set it through the environment, never in a file). */
        Optional<String> apiKey();

        /** The model's name; a small, fast model of the provider when unset. */
        Optional<String> name();

        /** Longest wait for one answer of the model. */
        @WithDefault("20S")
        Duration timeout();

        /** Further tries after a timeout or a transport failure, before the offline engine answers. */
        @WithDefault("1")
        int retries();

        /** Sampling temperature. */
        @WithDefault("0.7")
        double temperature();
    }

    /** The image model that draws the portraits; the offline renderer when none is configured. */
    ImageModel imageModel();

    /** Settings of the image model, under {@code hera.agent.image-model.}. */
    interface ImageModel {

        /** {@code offline} (the Java2D renderer), {@code openai} (an OpenAI-compatible images API) or {@code gemini}. */
        @WithDefault("offline")
        ModelProvider provider();

        /** The provider's API address; the provider's public endpoint when unset. */
        Optional<String> baseUrl();

        /** The API key (a secret: set it through the environment, never in a file). */
        Optional<String> apiKey();

        /** The model's name; {@code gpt-image-1} or {@code gemini-2.5-flash-image} when unset. */
        Optional<String> name();

        /** Longest wait for one image. */
        @WithDefault("60S")
        Duration timeout();

        /** Further tries after a timeout or a transport failure, before the offline renderer draws. */
        @WithDefault("1")
        int retries();
    }
}
