package dev.hera.agent.model;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.agent.config.AgentConfig;
import dev.hera.agent.config.ModelProvider;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;

/**
 * The language model and the image model chosen by configuration ({@code hera.agent.model.*},
 * {@code hera.agent.image-model.*}), built once at start.
 * Both go through LangChain4j (OpenAI's client, Gemini's streaming model) on a non-blocking
 * Vert.x HTTP client, with quarkus-langchain4j's native-image support for their types. Either way a waiting
 * call holds no thread.
 */
@ApplicationScoped
public class Models {

    private static final Logger LOG = Logger.getLogger(Models.class);

    private final Optional<JsonModel> model;
    private final Optional<ImageModel> imageModel;

    public Models(AgentConfig config, Vertx vertx, ObjectMapper json, MeterRegistry metrics) {
        this.model = chatModel(config, vertx, json, metrics);
        this.imageModel = imageModel(config, vertx, json, metrics);
    }

    private static Optional<JsonModel> chatModel(AgentConfig config, Vertx vertx, ObjectMapper json, MeterRegistry metrics) {
        AgentConfig.Model settings = config.model();
        ModelProvider provider = settings.provider();
        if (provider == ModelProvider.OFFLINE) {
            return Optional.empty();
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
        LOG.infof("thinking with %s model %s (offline engine as fallback)", provider.id(), name);
        return Optional.of(new JsonModel(provider, call, settings.timeout(), settings.retries(), json, metrics));
    }

    private static Optional<ImageModel> imageModel(AgentConfig config, Vertx vertx, ObjectMapper json,
            MeterRegistry metrics) {
        AgentConfig.ImageModel settings = config.imageModel();
        ModelProvider provider = settings.provider();
        if (provider == ModelProvider.OFFLINE) {
            return Optional.empty();
        }
        String name = settings.name().orElse(provider.defaultImageModel());
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(config.maxInFlight())
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis())));
        LOG.infof("drawing with %s model %s (offline renderer as fallback)", provider.id(), name);
        return Optional.of(new ImageModel(provider, OnEventLoop.root(vertx), http, settings.baseUrl().orElse(provider.defaultBaseUrl()),
                settings.apiKey().orElse("none"), name, settings.timeout(), settings.retries(), json, metrics));
    }

    /** The configured image model; empty when the offline renderer draws alone. */
    public Optional<ImageModel> imageModel() {
        return imageModel;
    }

    /** The configured model; empty when the offline engine thinks alone. */
    public Optional<JsonModel> model() {
        return model;
    }
}
