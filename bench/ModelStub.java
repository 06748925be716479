import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A language-model stand-in for the benchmark: an OpenAI-compatible chat-completions endpoint
 * on loopback that answers every request after a fixed delay with one streamed JSON interview
 * answer. Run with the JDK alone: {@code java bench/ModelStub.java <port> <delay-ms>}.
 */
public class ModelStub {

    private static final String ANSWER = "{\\\"reply\\\":\\\"ありがとうございます。ほかにも教えてください。\\\",\\\"profile\\\":{},\\\"summary\\\":\\\"\\\"}";

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        long delay = Long.parseLong(args[1]);
        AtomicInteger served = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2048);
        // One thread per waiting request: a stand-in may block, the system under test must not.
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String chunk = "{\"id\":\"b\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"stub\","
                    + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"" + ANSWER + "\"},\"finish_reason\":null}]}";
            String stop = "{\"id\":\"b\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"stub\","
                    + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}";
            byte[] body = ("data: " + chunk + "\n\ndata: " + stop + "\n\ndata: [DONE]\n\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            served.incrementAndGet();
        });
        server.createContext("/served", exchange -> {
            byte[] body = String.valueOf(served.get()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        System.out.println("model stub on " + port + ", answering after " + delay + " ms");
    }
}
