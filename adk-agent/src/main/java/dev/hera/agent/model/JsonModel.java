package dev.hera.agent.model;

import java.time.Duration;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

import dev.hera.agent.config.ModelProvider;

/**
 * One configured language model, asked for JSON of a given schema. The call is non-blocking, so
 * it waits without a thread; it is bounded by a timeout, retried on transport failures, and its
 * answer is checked against the schema. Every failure ends as a {@link ModelFailure}, upon which
 * the caller answers with the offline engine.
 */
public final class JsonModel {

    private final ModelProvider provider;
    private final Call call;
    private final Duration timeout;
    private final int retries;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    /** One request to the provider; the item is the text the model said. Must not block. */
    @FunctionalInterface
    public interface Call {
        Uni<String> chat(ChatRequest request);

        /** A streaming LangChain4j model as a call: the text once the stream completes. */
        static Call streaming(StreamingChatModel model) {
            return request -> Uni.createFrom().emitter(emitter -> model.chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                    // the whole answer is used once complete
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    emitter.complete(response.aiMessage() == null ? null : response.aiMessage().text());
                }

                @Override
                public void onError(Throwable error) {
                    emitter.fail(error);
                }
            }));
        }
    }

    public JsonModel(ModelProvider provider, Call call, Duration timeout, int retries, ObjectMapper json,
            MeterRegistry metrics) {
        this.provider = provider;
        this.call = call;
        this.timeout = timeout;
        this.retries = retries;
        this.json = json;
        this.metrics = metrics;
    }

    public ModelProvider provider() {
        return provider;
    }

    /**
     * Asks the model. {@code task} names the schema (and the metric); {@code instructions} is the
     * system message and {@code content} the user message. The answer, checked against the schema,
     * is handed to {@code read}, which throws a {@link ModelFailure} for what the schema cannot say
     * (lengths, names that must appear, ...).
     */
    public <T> Uni<T> ask(String task, String instructions, String content, JsonObjectSchema schema,
            Function<JsonNode, T> read) {
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(instructions), UserMessage.from(content))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON)
                        .jsonSchema(JsonSchema.builder().name(task).rootElement(schema).build()).build())
                .build();
        return ModelCalls.bounded(Uni.createFrom().deferred(() -> call.chat(request)), timeout, retries)
                .map(text -> read.apply(checked(text, schema)))
                .onItemOrFailure().invoke((answer, failure) -> ModelCalls.count(metrics, provider, task, failure));
    }

    private JsonNode checked(String text, JsonObjectSchema schema) {
        if (text == null || text.isBlank()) {
            throw new ModelFailure(ModelFailure.Kind.INVALID, "empty answer");
        }
        JsonNode answer;
        try {
            answer = json.readTree(withoutFence(text));
        } catch (JsonProcessingException e) {
            throw new ModelFailure(ModelFailure.Kind.INVALID, "answer is not JSON");
        }
        JsonShape.check(answer, schema);
        return answer;
    }

    /** Some models wrap JSON in a Markdown code fence even when asked for JSON. */
    static String withoutFence(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("```")) {
            int start = trimmed.indexOf('\n');
            int end = trimmed.lastIndexOf("```");
            if (start > 0 && end > start) {
                return trimmed.substring(start + 1, end);
            }
        }
        return trimmed;
    }

}
