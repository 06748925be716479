package dev.hera.agent.model;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * LangChain4j's HTTP client SPI on Vert.x' non-blocking client, so that a streaming model call
 * waits without holding a thread: hundreds of turns may wait for the model at once. The answer
 * is read whole (Hera asks for one JSON document) and then handed to LangChain4j's event parser.
 */
final class VertxHttpClient implements HttpClient {

    /**
     * Tries of one request whose connection closes before its answer begins: a kept-alive
     * connection the provider closed as the pool handed it out (servers close idle connections on
     * their own clock) is no failure of the model, so the request goes out again at once on
     * another; the model call's own retries, with their back-off, are for the provider's failures.
     */
    private static final int TRIES_ON_CLOSED_CONNECTIONS = 3;

    private final Context eventLoop;
    private final io.vertx.core.http.HttpClient client;
    private final Duration readTimeout;

    private VertxHttpClient(Context eventLoop, io.vertx.core.http.HttpClient client, Duration readTimeout) {
        this.eventLoop = eventLoop;
        this.client = client;
        this.readTimeout = readTimeout;
    }

    /** The builder LangChain4j's model builders accept. */
    static final class Builder implements HttpClientBuilder {

        private final Vertx vertx;
        private final int maxConnections;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);

        Builder(Vertx vertx, int maxConnections) {
            this.vertx = vertx;
            this.maxConnections = maxConnections;
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            if (timeout != null) {
                this.connectTimeout = timeout;
            }
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            if (timeout != null) {
                this.readTimeout = timeout;
            }
            return this;
        }

        @Override
        public HttpClient build() {
            HttpClientOptions options = new HttpClientOptions()
                    .setConnectTimeout((int) connectTimeout.toMillis())
                    .setMaxPoolSize(maxConnections)
                    .setKeepAlive(true);
            return new VertxHttpClient(OnEventLoop.root(vertx), vertx.createHttpClient(options), readTimeout);
        }
    }

    private record Answer(int status, Map<String, List<String>> headers, String body) {
        SuccessfulHttpResponse successful() {
            return SuccessfulHttpResponse.builder().statusCode(status).headers(headers).body(body).build();
        }
    }

    private Future<Answer> send(HttpRequest request) {
        return OnEventLoop.call(eventLoop, () -> response(request, TRIES_ON_CLOSED_CONNECTIONS)
                .compose(response -> response.body().map(body -> answer(response, body))));
    }

    private Future<HttpClientResponse> response(HttpRequest request, int tries) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.valueOf(request.method().name()))
                .setAbsoluteURI(request.url())
                .setIdleTimeout(readTimeout.toMillis());
        request.headers().forEach((name, values) -> values.forEach(value -> options.addHeader(name, value)));
        return client.request(options)
                .compose(call -> request.body() == null ? call.send() : call.send(Buffer.buffer(request.body())))
                .recover(failure -> failure instanceof HttpClosedException && tries > 1 ? response(request, tries - 1)
                        : Future.failedFuture(failure));
    }

    private static Answer answer(HttpClientResponse response, Buffer body) {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        response.headers().forEach(header -> headers.computeIfAbsent(header.getKey(), k -> new java.util.ArrayList<>())
                .add(header.getValue()));
        return new Answer(response.statusCode(), headers, body.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Blocking form, for LangChain4j paths that are not streamed; Hera itself only streams. */
    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        try {
            Answer answer = send(request).toCompletionStage().toCompletableFuture()
                    .get(readTimeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
            if (answer.status() >= 400) {
                throw new HttpException(answer.status(), answer.body());
            }
            return answer.successful();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("request failed: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        send(request).onComplete(result -> {
            if (result.failed()) {
                listener.onError(result.cause());
                return;
            }
            Answer answer = result.result();
            if (answer.status() >= 400) {
                listener.onError(new HttpException(answer.status(), answer.body()));
                return;
            }
            try {
                listener.onOpen(answer.successful());
                parser.parse(new ByteArrayInputStream(answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        listener);
                listener.onClose();
            } catch (RuntimeException e) {
                listener.onError(e);
            }
        });
    }
}
