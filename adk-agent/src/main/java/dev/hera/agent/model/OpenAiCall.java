package dev.hera.agent.model;

import java.time.Duration;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import dev.langchain4j.model.openai.internal.DefaultOpenAiClient;
import dev.langchain4j.model.openai.internal.OpenAiClient;
import dev.langchain4j.model.openai.internal.OpenAiUtils;
import dev.langchain4j.model.openai.internal.chat.ChatCompletionChoice;
import io.smallrye.mutiny.Uni;

/**
 * A call to an OpenAI-compatible chat-completions endpoint: LangChain4j's OpenAI client, streamed
 * over the given (non-blocking) HTTP client, so the request waits without a thread and without a
 * small shared connection pool limiting how many sessions wait at once.
 */
final class OpenAiCall implements JsonModel.Call {

    private final OpenAiClient client;
    private final String model;
    private final double temperature;

    OpenAiCall(HttpClientBuilder http, String baseUrl, String apiKey, String model, double temperature,
            Duration timeout) {
        this.client = DefaultOpenAiClient.builder().httpClientBuilder(http).baseUrl(baseUrl).apiKey(apiKey)
                .connectTimeout(timeout).readTimeout(timeout).build();
        this.model = model;
        this.temperature = temperature;
    }

    @Override
    public Uni<String> chat(ChatRequest request) {
        OpenAiChatRequestParameters parameters = OpenAiChatRequestParameters.builder()
                .modelName(model).temperature(temperature).responseFormat(request.responseFormat()).build();
        var completion = OpenAiUtils.toOpenAiChatRequest(ChatRequest.builder().messages(request.messages())
                .parameters(parameters).build(), parameters, false, false).stream(true).build();
        return Uni.createFrom().emitter(emitter -> {
            StringBuilder text = new StringBuilder();
            client.chatCompletion(completion)
                    .onPartialResponse(chunk -> {
                        if (chunk.choices() != null) {
                            for (ChatCompletionChoice choice : chunk.choices()) {
                                if (choice.delta() != null && choice.delta().content() != null) {
                                    text.append(choice.delta().content());
                                }
                            }
                        }
                    })
                    .onComplete(() -> emitter.complete(text.toString()))
                    .onError(emitter::fail)
                    .execute();
        });
    }
}
