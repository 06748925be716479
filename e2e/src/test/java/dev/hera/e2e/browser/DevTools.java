package dev.hera.e2e.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Chrome DevTools Protocol over one WebSocket, with the JDK's own client: commands answered
 * by id, events handed to listeners (on the socket's thread, so a listener must not wait for a
 * command's answer).
 */
final class DevTools implements AutoCloseable {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<JsonNode>>> listeners = new ConcurrentHashMap<>();
    private final WebSocket socket;

    DevTools(URI webSocketUrl) {
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(webSocketUrl, new Receiver()).join();
    }

    /** Sends a command and waits for its result; a protocol error becomes an exception. */
    JsonNode send(String method, Map<String, ?> params) {
        try {
            return sendAsync(method, params).get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(method + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(method + ": no answer in " + COMMAND_TIMEOUT, e);
        }
    }

    JsonNode send(String method) {
        return send(method, Map.of());
    }

    /** Sends a command without waiting: the way for a listener to answer an event. */
    CompletableFuture<JsonNode> sendAsync(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", json.valueToTree(params));
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        pending.put(id, result);
        synchronized (socket) { // the JDK's WebSocket takes one text at a time
            socket.sendText(message.toString(), true).join();
        }
        return result;
    }

    void on(String event, Consumer<JsonNode> listener) {
        listeners.computeIfAbsent(event, any -> new CopyOnWriteArrayList<>()).add(listener);
    }

    @Override
    public void close() {
        socket.abort();
    }

    private void receive(String text) {
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON from the browser: " + text, e);
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> result = pending.remove(message.get("id").asInt());
            if (result == null) {
                return;
            }
            if (message.has("error")) {
                result.completeExceptionally(new IllegalStateException(message.get("error").toString()));
            } else {
                result.complete(message.get("result"));
            }
        } else {
            listeners.getOrDefault(message.path("method").asText(), List.of())
                    .forEach(listener -> listener.accept(message.path("params")));
        }
    }

    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence part, boolean last) {
            text.append(part);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                receive(message);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            onError(webSocket, new IllegalStateException("the browser closed the connection: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(result -> result.completeExceptionally(error));
        }
    }
}
