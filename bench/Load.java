import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageIO;

/**
 * Load shapes of the benchmark that wrk does not make, with the JDK alone:
 * <ul>
 * <li>{@code java bench/Load.java turns <api> <n>}: n sessions, then one interview message in each,
 * all sent at once; prints wall time, turns/s and how many were answered (200) or accepted (202);</li>
 * <li>{@code java bench/Load.java rate <api> <turns-per-second> <seconds>}: interview messages sent
 * at a fixed rate (open loop, spread over as many sessions as turns per second); prints the
 * achieved rate and latency percentiles;</li>
 * <li>{@code java bench/Load.java uploads <api> <connections> <seconds>}: a 200 KB JPEG uploaded
 * over and over on that many connections for that long; prints uploads/s and MB/s.</li>
 * </ul>
 * Output is {@code key=value} lines for the harness.
 */
public class Load {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "turns" -> turns(args[1], Integer.parseInt(args[2]));
            case "uploads" -> uploads(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "rate" -> atRate(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("turns | uploads | rate");
        }
    }

    static void turns(String api, int n) throws Exception {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sessions.add(newSession(api));
        }
        greeted(api, sessions); // the burst measures the turns alone, not the greetings' backlog
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        long start = System.nanoTime();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (Session session : sessions) {
            sent.add(HTTP.sendAsync(post(session, session.url(api, "/messages"), "{\"message\":\"旅行と料理が好きです。\"}"),
                    HttpResponse.BodyHandlers.discarding()).thenAccept(r -> {
                        (r.statusCode() == 200 ? answered : r.statusCode() == 202 ? accepted : other).incrementAndGet();
                    }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("wall_ms=%d%nturns_per_s=%.1f%nanswered=%d%naccepted=%d%nother=%d%n", ms, n * 1000.0 / ms,
                answered.get(), accepted.get(), other.get());
    }

    static void atRate(String api, int perSecond, int seconds) throws Exception {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < perSecond; i++) {
            sessions.add(newSession(api));
        }
        greeted(api, sessions);
        int total = perSecond * seconds;
        long[] latencies = new long[total];
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / perSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int n = i;
            long sentAt = System.nanoTime();
            Session session = sessions.get(i % perSecond);
            sent.add(HTTP.sendAsync(post(session, session.url(api, "/messages"),
                    "{\"message\":\"週末は料理をしています。\"}"), HttpResponse.BodyHandlers.discarding())
                    .thenAccept(r -> {
                        latencies[n] = (System.nanoTime() - sentAt) / 1_000_000;
                        if (r.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        double took = (System.nanoTime() - start) / 1e9;
        java.util.Arrays.sort(latencies);
        System.out.printf("turns=%d%nachieved_per_s=%.1f%np50_ms=%d%np99_ms=%d%nnot_200=%d%n", total, total / took,
                latencies[total / 2], latencies[(int) (total * 0.99)], failed.get());
    }

    /** A session as its client keeps it: the id, and the token every request of it carries (none with HERA_API_AUTH=none). */
    record Session(String id, String token) {
        String url(String api, String suffix) {
            return api + "/api/sessions/" + id + suffix;
        }

        HttpRequest.Builder authorized(HttpRequest.Builder request) {
            return token == null ? request : request.header("Authorization", "Bearer " + token);
        }
    }

    /**
     * Waits until Hera's greeting (queued when a session is created) is in every session's history:
     * a turn sent earlier would wait behind it.
     */
    private static void greeted(String api, List<Session> sessions) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        for (Session session : sessions) {
            HttpRequest status = session.authorized(HttpRequest.newBuilder(URI.create(session.url(api, "/status")))).GET().build();
            while (HTTP.send(status, HttpResponse.BodyHandlers.ofString()).body().contains("\"conversation_history\":[]")) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the greetings were not answered within 120 s");
                }
                Thread.sleep(20);
            }
        }
    }

    private static Session newSession(String api) throws Exception {
        String body = HTTP.send(post(api + "/api/sessions", "{\"locale\":\"ja\"}"), HttpResponse.BodyHandlers.ofString()).body();
        String token = body.contains("\"session_token\"") ? body.replaceAll(".*\"session_token\":\"([^\"]+)\".*", "$1") : null;
        return new Session(body.replaceAll(".*\"session_id\":\"([^\"]+)\".*", "$1"), token);
    }

    static void uploads(String api, int connections, int seconds) throws Exception {
        byte[] jpeg = jpeg(200 * 1024);
        String boundary = "hera-bench";
        byte[] body = multipart(boundary, jpeg);
        Session session = newSession(api);
        HttpRequest upload = session.authorized(HttpRequest.newBuilder(URI.create(session.url(api, "/photos/user"))))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        int status = HTTP.send(upload, HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == 200 ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("photo_bytes=%d%nuploads_per_s=%.1f%nmb_per_s=%.1f%nfailed=%d%n", jpeg.length, ok.get() / s,
                ok.get() * jpeg.length / s / 1_048_576, failed.get());
    }

    private static HttpRequest post(String url, String json) {
        return post(new Session(null, null), url, json);
    }

    private static HttpRequest post(Session session, String url, String json) {
        // Prefer: a turn not answered within the API's deadline is accepted (202), as before the 504 limit.
        return session.authorized(HttpRequest.newBuilder(URI.create(url))).header("Content-Type", "application/json")
                .header("Prefer", "respond-async")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** A JPEG of about {@code size} bytes: noise compresses badly, so its size follows its area. */
    private static byte[] jpeg(int size) throws Exception {
        Random random = new Random(7);
        for (int side = 200;; side += 20) {
            BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    image.setRGB(x, y, random.nextInt(0xFFFFFF));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            if (out.size() >= size) {
                return out.toByteArray();
            }
        }
    }

    private static byte[] multipart(String boundary, byte[] file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"me.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
