import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A language-model stand-in for the benchmark: an OpenAI-compatible chat-completions endpoint
 * on loopback that answers every request after a fixed delay with one streamed JSON interview
 * answer. Run with the JDK alone: {@code java bench/ModelStub.java <port> <delay-ms>}.
 */
public class ModelStub {

    private static final String ANSWER = "{\\\"reply\\\":\\\"ありがとうございます。ほかにも教えてください。\\\",\\\"profile\\\":{},\\\"summary\\\":\\\"\\\"}";
    private static final byte[] BODY = body();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        long delay = Long.parseLong(args[1]);
        AtomicInteger served = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2048);
        // The waiting is a timer, not a thread per request: on the benchmark's 2 cores the stand-in
        // must cost as little CPU as it can, the system under test shares them.
        ScheduledExecutorService answers = Executors.newSingleThreadScheduledExecutor();
        server.createContext("/v1/chat/completions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            // Counted as it arrives: a caller may have its answer before a count after the answer.
            served.incrementAndGet();
            answers.schedule(() -> answer(exchange, "text/event-stream", BODY), delay, TimeUnit.MILLISECONDS);
        });
        server.createContext("/served", exchange -> answer(exchange, "text/plain",
                String.valueOf(served.get()).getBytes(StandardCharsets.UTF_8)));
        server.start();
        System.out.println("model stub on " + port + ", answering after " + delay + " ms");
    }

    private static byte[] body() {
        String chunk = "{\"id\":\"b\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"stub\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"" + ANSWER + "\"},\"finish_reason\":null}]}";
        String stop = "{\"id\":\"b\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"stub\","
                + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}";
        return ("data: " + chunk + "\n\ndata: " + stop + "\n\ndata: [DONE]\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, String type, byte[] body) {
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            out.write(body);
        } catch (IOException gone) {
            // The caller gave up (its timeout); nothing to answer.
        }
    }
}
