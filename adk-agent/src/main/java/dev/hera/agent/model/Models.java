package dev.hera.agent.model;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.agent.config.AgentConfig;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;

/**
 * The language model chosen by configuration ({@code hera.agent.model.*}), built once at start.
 * Both go through LangChain4j (OpenAI's client, Gemini's streaming model) on a non-blocking
 * Vert.x HTTP client, with quarkus-langchain4j's native-image support for their types. Either way a waiting
 * call holds no thread.
 */
@ApplicationScoped
public class Models {

    private static final Logger LOG = Logger.getLogger(Models.class);

    private final Optional<JsonModel> model;

    public Models(AgentConfig config, Vertx vertx, ObjectMapper json, MeterRegistry metrics) {
        AgentConfig.Model settings = config.model();
        ModelProvider provider = settings.provider();
        if (provider == ModelProvider.OFFLINE) {
            model = Optional.empty();
            return;
        }
        String baseUrl = settings.baseUrl().orElse(provider.defaultBaseUrl());
        String name = settings.name().orElse(provider.defaultModel());
        String key = settings.apiKey().orElse("none");
        // As many connections as turns in flight: a waiting model call holds a connection, never a thread.
        VertxHttpClient.Builder http = new VertxHttpClient.Builder(vertx, config.maxInFlight());
        JsonModel.Call call = switch (provider) {
            case OPENAI -> new OpenAiCall(http, baseUrl, key, name, settings.temperature(), settings.timeout());
            case GEMINI -> JsonModel.Call.streaming(GoogleAiGeminiStreamingChatModel.builder()
                    .httpClientBuilder(http)
                    .baseUrl(baseUrl).apiKey(key).modelName(name)
                    .temperature(settings.temperature()).timeout(settings.timeout())
                    .build());
            case OFFLINE -> throw new IllegalStateException("unreachable");
        };
        model = Optional.of(new JsonModel(provider, call, settings.timeout(), settings.retries(), json, metrics));
        LOG.infof("thinking with %s model %s (offline engine as fallback)", provider.id(), name);
    }

    /** The configured model; empty when the offline engine thinks alone. */
    public Optional<JsonModel> model() {
        return model;
    }
}
