package dev.hera.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a {@link ModelStub} for a Quarkus test and points the agent's model settings at it.
 * Init args: {@code provider}, {@code openai} (default) or {@code gemini}; {@code settings}, which
 * model the stub stands for: {@code model} (default, the language model) or {@code image-model};
 * further init args are passed on as configuration. A test gets the stub injected into a field of type {@link ModelStub}.
 */
public class ModelStubResource implements QuarkusTestResourceLifecycleManager {

    /** The API key the stub expects; a test value, not a secret. */
    public static final String API_KEY = "stub-key-for-tests";

    private ModelStub stub;
    private final Map<String, String> args = new HashMap<>();

    @Override
    public void init(Map<String, String> initArgs) {
        args.putAll(initArgs);
    }

    @Override
    public Map<String, String> start() {
        stub = ModelStub.start();
        String provider = args.getOrDefault("provider", "openai");
        String prefix = "hera.agent." + args.getOrDefault("settings", "model") + ".";
        Map<String, String> config = new HashMap<>(args);
        config.remove("provider");
        config.remove("settings");
        config.put(prefix + "provider", provider);
        config.put(prefix + "base-url", "gemini".equals(provider) ? stub.geminiBaseUrl() : stub.openAiBaseUrl());
        config.put(prefix + "api-key", API_KEY);
        config.putIfAbsent(prefix + "name", "stub-model");
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(stub, new TestInjector.MatchesType(ModelStub.class));
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.close();
        }
    }
}
