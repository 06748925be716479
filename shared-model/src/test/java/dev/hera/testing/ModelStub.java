package dev.hera.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

/**
 * A local language-model server speaking the two wire formats Hera uses: OpenAI chat completions
 * ({@code POST <base>/chat/completions}, streamed as server-sent events or whole) and Gemini
 * ({@code POST <base>/models/<model>:streamGenerateContent?alt=sse} or {@code :generateContent}).
 * Image requests ({@code <base>/images/generations}, {@code /images/edits} as multipart, and
 * Gemini's {@code :generateContent} once an image is set) are answered with a base64 picture.
 * What the "model" says, how late, or which error status it answers with is set by the test; every
 * request is recorded (a multipart body as JSON of its fields and files). Waiting is a timer, so hundreds of slow answers cost no threads.
 */
public final class ModelStub implements AutoCloseable {

    /** One request the stub received. */
    public record Call(String path, Map<String, String> headers, JsonNode body) {

        /** The text of the last user message, in either wire format. */
        public String userText() {
            JsonNode messages = body.path("messages");
            if (messages.isArray() && !messages.isEmpty()) {
                return messages.get(messages.size() - 1).path("content").asText();
            }
            JsonNode contents = body.path("contents");
            return contents.isArray() && !contents.isEmpty()
                    ? contents.get(contents.size() - 1).path("parts").path(0).path("text").asText() : "";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private volatile Function<Call, String> answer = call -> "{}";
    private volatile Duration delay = Duration.ZERO;
    private volatile int failStatus;
    /** How many of the next requests have their connection closed instead of an answer. */
    private final AtomicInteger closeNext = new AtomicInteger();
    private volatile byte[] image;
    /** Answers are withheld until this many requests wait at once (0: answered as they come). */
    private int holdUntil;
    /** Requests not answered yet (held, or waiting for their delay), so that {@link #reset()} can end them. */
    private final Map<HttpServerRequest, Waiting> waiting = new java.util.HashMap<>();

    /** What the test programmed when a request came: it is answered that way, however late. */
    private record Program(Function<Call, String> answer, int failStatus, byte[] image, Duration delay) {
    }

    /** A request waiting for its answer; {@code timer} is its delay's timer (-1: none started yet). */
    private record Waiting(Call call, Program program, long timer) {
    }

    private ModelStub() {
        server = vertx.createHttpServer().requestHandler(this::handle);
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            throw new IllegalStateException("model stub did not start", e);
        }
    }

    public static ModelStub start() {
        return new ModelStub();
    }

    public int port() {
        return server.actualPort();
    }

    /** Base URL of the OpenAI-compatible API. */
    public String openAiBaseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /** Base URL of the Gemini API. */
    public String geminiBaseUrl() {
        return "http://127.0.0.1:" + port() + "/v1beta";
    }

    /** What the model says, computed from the request. */
    public ModelStub answer(Function<Call, String> text) {
        this.answer = text;
        return this;
    }

    /** The model says this text to every request. */
    public ModelStub answer(String text) {
        return answer(call -> text);
    }

    /** Image requests are answered with this picture, base64-encoded as each wire format has it. */
    public ModelStub image(byte[] picture) {
        this.image = picture;
        return this;
    }

    /** Every answer comes this late. */
    public ModelStub delay(Duration late) {
        this.delay = late;
        return this;
    }

    /**
     * Withholds every answer until {@code waiting} requests wait for theirs at once, then answers
     * them all: a client that does not send that many calls together gets no answer at all.
     */
    public synchronized ModelStub holdUntil(int waiting) {
        this.holdUntil = waiting;
        return this;
    }

    /** Every request is answered with this error status (0: answer normally). */
    public ModelStub failWith(int status) {
        this.failStatus = status;
        return this;
    }

    /** The next {@code requests} requests are received, then their connection is closed with no answer. */
    public ModelStub closeConnections(int requests) {
        closeNext.set(requests);
        return this;
    }

    /**
     * Back to answering "{}" at once, with the record of calls cleared. Requests of the test before
     * that still wait (held, or delayed) are ended now with a 503, so none of them is answered, or
     * counted as in flight, during the next test.
     */
    public ModelStub reset() {
        List<HttpServerRequest> abandoned;
        synchronized (this) {
            holdUntil = 0;
            waiting.values().forEach(left -> vertx.cancelTimer(left.timer()));
            abandoned = List.copyOf(waiting.keySet());
            waiting.clear();
            inFlight.set(0);
        }
        abandoned.forEach(request -> vertx.runOnContext(v -> request.response().setStatusCode(503)
                .end("{\"error\":{\"message\":\"stub reset between tests\"}}")));
        answer = call -> "{}";
        delay = Duration.ZERO;
        failStatus = 0;
        closeNext.set(0);
        image = null;
        calls.clear();
        mostInFlight.set(0);
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The most requests that were waiting for their answer at the same time. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    private void handle(HttpServerRequest request) {
        request.body().onSuccess(buffer -> {
            JsonNode body;
            try {
                String type = request.getHeader("content-type");
                body = type != null && type.startsWith("multipart/form-data") ? multipart(buffer.toString(StandardCharsets.ISO_8859_1))
                        : buffer.length() == 0 ? JSON.createObjectNode() : JSON.readTree(buffer.getBytes());
            } catch (Exception e) {
                request.response().setStatusCode(400).end("{\"error\":{\"message\":\"bad json\"}}");
                return;
            }
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            request.headers().forEach(header -> headers.put(header.getKey(), header.getValue()));
            Call call = new Call(request.uri(), headers, body);
            calls.add(call);
            if (closeNext.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                request.connection().close();
                return;
            }
            Program program = new Program(answer, failStatus, image, delay);
            List<HttpServerRequest> release = new java.util.ArrayList<>();
            synchronized (this) {
                waiting.put(request, new Waiting(call, program, -1));
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                if (holdUntil == 0) {
                    release.add(request);
                } else if (inFlight.get() >= holdUntil) {
                    holdUntil = 0;
                    release.addAll(waiting.keySet());
                }
            }
            release.forEach(this::answerAfterDelay);
        });
    }

    private void answerAfterDelay(HttpServerRequest request) {
        synchronized (this) {
            Waiting left = waiting.get(request);
            if (left == null || left.timer() >= 0) {
                return;
            }
            long late = left.program().delay().toMillis();
            if (late > 0) {
                waiting.put(request, new Waiting(left.call(), left.program(), vertx.setTimer(late, timer -> answerNow(request))));
                return;
            }
        }
        answerNow(request);
    }

    private void answerNow(HttpServerRequest request) {
        Waiting left;
        synchronized (this) {
            left = waiting.remove(request);
            if (left == null) {
                return;
            }
            inFlight.decrementAndGet();
        }
        respond(request, left.call(), left.program());
    }

    private void respond(HttpServerRequest request, Call call, Program program) {
        int failStatus = program.failStatus();
        byte[] image = program.image();
        if (failStatus > 0) {
            request.response().setStatusCode(failStatus).putHeader("content-type", "application/json")
                    .end("{\"error\":{\"message\":\"stub failure\",\"code\":" + failStatus + "}}");
            return;
        }
        String path = request.path();
        if (path.endsWith("/images/generations") || path.endsWith("/images/edits")) {
            ObjectNode root = JSON.createObjectNode().put("created", 0);
            root.putArray("data").addObject().put("b64_json", imageText(program));
            request.response().putHeader("content-type", "application/json").end(root.toString());
            return;
        }
        if (path.contains(":generateContent") && image != null) {
            ObjectNode root = JSON.createObjectNode();
            ObjectNode content = root.putArray("candidates").addObject().put("finishReason", "STOP").putObject("content")
                    .put("role", "model");
            ArrayNode parts = content.putArray("parts");
            parts.addObject().put("text", "Here is the portrait.");
            parts.addObject().putObject("inlineData").put("mimeType", "image/png").put("data", imageText(program));
            request.response().putHeader("content-type", "application/json").end(root.toString());
            return;
        }
        String text = program.answer().apply(call);
        boolean gemini = path.contains(":generateContent") || path.contains(":streamGenerateContent");
        boolean streamed = gemini ? path.contains(":streamGenerateContent") : call.body().path("stream").asBoolean(false);
        String document = gemini ? geminiAnswer(text) : openAiAnswer(text, streamed);
        if (!streamed) {
            request.response().putHeader("content-type", "application/json").end(document);
        } else if (gemini) {
            request.response().putHeader("content-type", "text/event-stream").end("data: " + document + "\n\n");
        } else {
            String stop = openAiChunk(null, "stop");
            request.response().setChunked(true).putHeader("content-type", "text/event-stream");
            request.response().write("data: " + document + "\n\n");
            vertx.setTimer(5, timer -> request.response().end("data: " + stop + "\n\n" + "data: [DONE]\n\n"));
        }
    }

    /** The picture as base64, or what the test set as the model's text (to send something that is no picture). */
    private static String imageText(Program program) {
        return program.image() != null ? Base64.getEncoder().encodeToString(program.image()) : program.answer().apply(null);
    }

    /** A multipart body as JSON: its text fields, and its files as {@code files: [{name, filename, size}]}. */
    private static JsonNode multipart(String raw) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode files = body.putArray("files");
        for (String part : raw.split("\r\n--")) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headersEnd);
            String content = part.substring(headersEnd + 4);
            String name = between(headers, "name=\"", "\"");
            String filename = between(headers, "filename=\"", "\"");
            if (filename != null) {
                files.addObject().put("name", name).put("filename", filename).put("size", content.length());
            } else if (name != null) {
                body.put(name, new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).strip());
            }
        }
        return body;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        if (from < 0) {
            return null;
        }
        from += start.length();
        int to = text.indexOf(end, from);
        return to < 0 ? null : text.substring(from, to);
    }

    private static String openAiAnswer(String text, boolean streamed) {
        if (streamed) {
            return openAiChunk(text, null);
        }
        ObjectNode root = JSON.createObjectNode().put("id", "stub-1").put("object", "chat.completion")
                .put("created", 0).put("model", "stub");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        root.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
        return root.toString();
    }

    private static String openAiChunk(String text, String finish) {
        ObjectNode root = JSON.createObjectNode().put("id", "stub-1").put("object", "chat.completion.chunk")
                .put("created", 0).put("model", "stub");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (text != null) {
            delta.put("role", "assistant").put("content", text);
        }
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return root.toString();
    }

    private static String geminiAnswer(String text) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode candidate = root.putArray("candidates").addObject().put("finishReason", "STOP").put("index", 0);
        ObjectNode content = candidate.putObject("content").put("role", "model");
        content.putArray("parts").addObject().put("text", text);
        root.putObject("usageMetadata").put("promptTokenCount", 1).put("candidatesTokenCount", 1).put("totalTokenCount", 2);
        root.put("modelVersion", "stub");
        return root.toString();
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // best effort
        }
    }
}
