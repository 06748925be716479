package dev.hera.agent.model;

import java.util.Locale;

/** Who thinks for Hera: the offline engine, any OpenAI-compatible endpoint, or Google Gemini. */
public enum ModelProvider {

    /** No network and no key: the deterministic engines. */
    OFFLINE(null, null),
    /** OpenAI or anything speaking its chat-completions protocol (Ollama, vLLM, ...). */
    OPENAI("https://api.openai.com/v1", "gpt-4o-mini"),
    /** Google Gemini (Generative Language API). */
    GEMINI("https://generativelanguage.googleapis.com/v1beta", "gemini-2.5-flash");

    private final String defaultBaseUrl;
    private final String defaultModel;

    ModelProvider(String defaultBaseUrl, String defaultModel) {
        this.defaultBaseUrl = defaultBaseUrl;
        this.defaultModel = defaultModel;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    public String defaultModel() {
        return defaultModel;
    }

    /** The name used in configuration, metrics and turn results. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
