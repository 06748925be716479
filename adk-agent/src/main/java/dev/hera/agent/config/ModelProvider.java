package dev.hera.agent.config;

import java.util.Locale;

/** Who thinks for Hera: the offline engine, any OpenAI-compatible endpoint, or Google Gemini. */
public enum ModelProvider {

    /** No network and no key: the deterministic engines. */
    OFFLINE(null, null, null),
    /** OpenAI or anything speaking its chat-completions protocol (Ollama, vLLM, ...). */
    OPENAI("https://api.openai.com/v1", "gpt-4o-mini", "gpt-image-1"),
    /** Google Gemini (Generative Language API). */
    GEMINI("https://generativelanguage.googleapis.com/v1beta", "gemini-2.5-flash", "gemini-2.5-flash-image");

    private final String defaultBaseUrl;
    private final String defaultModel;
    private final String defaultImageModel;

    ModelProvider(String defaultBaseUrl, String defaultModel, String defaultImageModel) {
        this.defaultBaseUrl = defaultBaseUrl;
        this.defaultModel = defaultModel;
        this.defaultImageModel = defaultImageModel;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    public String defaultModel() {
        return defaultModel;
    }

    public String defaultImageModel() {
        return defaultImageModel;
    }

    /** The name used in configuration, metrics and turn results. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
