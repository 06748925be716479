package dev.hera.agent.model;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.langchain4j.exception.HttpException;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

import dev.hera.agent.config.ModelProvider;

/**
 * An image model drawing portraits: an OpenAI-compatible images API ({@code /images/generations},
 * or {@code /images/edits} with the parents' pictures) or Gemini ({@code :generateContent} with
 * image output, the pictures as inline data). The image comes back as base64 and is checked to
 * be a picture before anyone stores it. Non-blocking, bounded by a timeout and retries like
 * every model call.
 */
public final class ImageModel {

    /** A picture handed to the model along with the prompt. */
    public record Reference(byte[] bytes, String contentType, String fileName) {
    }

    /** The smallest width and height of a picture accepted from a model. */
    static final int MIN_SIDE = 64;

    private final ModelProvider provider;
    private final Context eventLoop;
    private final HttpClient http;
    private final String baseUrl;
    private final String apiKey;
    private final String model;
    private final Duration timeout;
    private final int retries;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    ImageModel(ModelProvider provider, Context eventLoop, HttpClient http, String baseUrl, String apiKey, String model,
            Duration timeout, int retries, ObjectMapper json, MeterRegistry metrics) {
        this.provider = provider;
        this.eventLoop = eventLoop;
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
        this.model = model;
        this.timeout = timeout;
        this.retries = retries;
        this.json = json;
        this.metrics = metrics;
    }

    public ModelProvider provider() {
        return provider;
    }

    /**
     * The image the model drew, as PNG (decoded and written again, so only a real picture of a
     * useful size is ever stored); a {@link ModelFailure} otherwise.
     */
    public Uni<byte[]> draw(String task, String prompt, List<Reference> references) {
        Uni<byte[]> call = Uni.createFrom().deferred(() -> Uni.createFrom().completionStage(
                () -> OnEventLoop.call(eventLoop, () -> send(prompt, references)).toCompletionStage()));
        // Parsing a megabyte of JSON, decoding base64 and the picture run on a worker, not the event loop.
        return ModelCalls.bounded(call, timeout, retries)
                .chain(answer -> Uni.createFrom().item(() -> asPng(imageOf(answer)))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .onItemOrFailure().invoke((image, failure) -> ModelCalls.count(metrics, provider, task, failure));
    }

    /** The picture as PNG; decoding runs off the event loop. */
    static byte[] asPng(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null || image.getWidth() < MIN_SIDE || image.getHeight() < MIN_SIDE) {
                throw new ModelFailure(ModelFailure.Kind.INVALID, "not a picture of a useful size");
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new ModelFailure(ModelFailure.Kind.INVALID, "not a readable picture");
        }
    }

    /** Sends the request (on the event loop, see {@link OnEventLoop}); the answer's bytes, read where they arrived. */
    private Future<byte[]> send(String prompt, List<Reference> references) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setIdleTimeout(timeout.toMillis());
        Buffer body;
        if (provider == ModelProvider.GEMINI) {
            options.setAbsoluteURI(baseUrl + "/models/" + model + ":generateContent")
                    .addHeader("x-goog-api-key", apiKey).addHeader("content-type", "application/json");
            body = Buffer.buffer(geminiRequest(prompt, references).toString());
        } else if (references.isEmpty()) {
            options.setAbsoluteURI(baseUrl + "/images/generations")
                    .addHeader("authorization", "Bearer " + apiKey).addHeader("content-type", "application/json");
            ObjectNode request = json.createObjectNode().put("model", model).put("prompt", prompt).put("n", 1)
                    .put("size", "1024x1024");
            if (model.startsWith("dall-e")) {
                request.put("response_format", "b64_json");
            }
            body = Buffer.buffer(request.toString());
        } else {
            String boundary = "hera-" + UUID.randomUUID();
            options.setAbsoluteURI(baseUrl + "/images/edits")
                    .addHeader("authorization", "Bearer " + apiKey)
                    .addHeader("content-type", "multipart/form-data; boundary=" + boundary);
            body = editsRequest(boundary, prompt, references);
        }
        return http.request(options)
                .compose(request -> request.send(body))
                .compose(response -> response.body().map(answer -> {
                    if (response.statusCode() >= 400) {
                        throw new HttpException(response.statusCode(), "image model answered " + response.statusCode());
                    }
                    return answer.getBytes();
                }));
    }

    private ObjectNode geminiRequest(String prompt, List<Reference> references) {
        ObjectNode request = json.createObjectNode();
        ArrayNode parts = request.putArray("contents").addObject().put("role", "user").putArray("parts");
        parts.addObject().put("text", prompt);
        for (Reference reference : references) {
            parts.addObject().putObject("inline_data").put("mime_type", reference.contentType())
                    .put("data", Base64.getEncoder().encodeToString(reference.bytes()));
        }
        request.putObject("generationConfig").putArray("responseModalities").add("TEXT").add("IMAGE");
        return request;
    }

    private Buffer editsRequest(String boundary, String prompt, List<Reference> references) {
        Buffer body = Buffer.buffer();
        field(body, boundary, "model", model);
        field(body, boundary, "prompt", prompt);
        field(body, boundary, "n", "1");
        field(body, boundary, "size", "1024x1024");
        for (Reference reference : references) {
            body.appendString("--" + boundary + "\r\n")
                    .appendString("Content-Disposition: form-data; name=\"image[]\"; filename=\"" + reference.fileName() + "\"\r\n")
                    .appendString("Content-Type: " + reference.contentType() + "\r\n\r\n")
                    .appendBytes(reference.bytes()).appendString("\r\n");
        }
        return body.appendString("--" + boundary + "--\r\n");
    }

    private static void field(Buffer body, String boundary, String name, String value) {
        body.appendString("--" + boundary + "\r\n")
                .appendString("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
                .appendString(value, StandardCharsets.UTF_8.name()).appendString("\r\n");
    }

    /** The base64 image of either answer format. */
    private byte[] imageOf(byte[] answer) {
        JsonNode root;
        try {
            root = json.readTree(answer);
        } catch (Exception e) {
            throw new ModelFailure(ModelFailure.Kind.INVALID, "answer is not JSON");
        }
        String data = null;
        if (provider == ModelProvider.GEMINI) {
            for (JsonNode part : root.path("candidates").path(0).path("content").path("parts")) {
                JsonNode inline = part.has("inlineData") ? part.get("inlineData") : part.path("inline_data");
                if (inline.hasNonNull("data")) {
                    data = inline.get("data").asText();
                    break;
                }
            }
        } else {
            data = root.path("data").path(0).path("b64_json").asText(null);
        }
        if (data == null || data.isBlank()) {
            throw new ModelFailure(ModelFailure.Kind.INVALID, "no image in the answer");
        }
        try {
            return Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new ModelFailure(ModelFailure.Kind.INVALID, "image is not base64");
        }
    }
}
