package dev.hera.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A real {@code redis-server} process on a free loopback port, with its data in a temporary
 * directory. The binary comes from the PATH (or {@code HERA_REDIS_SERVER}); {@code .ci/run}
 * installs Debian's redis-server when it is missing.
 */
public final class RedisServer implements AutoCloseable {

    private final int port;
    /** The TLS port, or 0 when the server speaks only plain TCP. */
    private final int tlsPort;
    private final RedisTls tls;
    private final Path dir;
    private final List<String> extraArgs;
    private Process process;

    public RedisServer(int port, List<String> extraArgs) {
        this(port, 0, null, extraArgs);
    }

    private RedisServer(int port, int tlsPort, RedisTls tls, List<String> extraArgs) {
        this.port = port;
        this.tlsPort = tlsPort;
        this.tls = tls;
        this.extraArgs = List.copyOf(extraArgs);
        try {
            this.dir = Files.createTempDirectory("hera-redis-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RedisServer startOnFreePort() {
        return startOnFreePort(List.of());
    }

    /**
     * A server that keeps an append-only file, written through on every command: like a production
     * Redis with AOF, {@link #start()} after {@link #kill()} brings back every write it acknowledged.
     */
    public static RedisServer startDurableOnFreePort() {
        return startDurableOnFreePort(List.of());
    }

    /**
     * A server that also speaks TLS with {@code tls}' certificate (on {@link #tlsUri()}); the plain
     * port stays for the tests' own commands.
     */
    public static RedisServer startWithTlsOnFreePort(RedisTls tls, List<String> extraArgs) {
        int tlsPort = FreePorts.next();
        List<String> args = new ArrayList<>(tls.serverArgs(tlsPort));
        args.addAll(extraArgs);
        RedisServer server = new RedisServer(FreePorts.next(), tlsPort, tls, args);
        server.start();
        return server;
    }

    /** The durable server of {@link #startDurableOnFreePort()} with more arguments (ACL users, say). */
    public static RedisServer startDurableOnFreePort(List<String> extraArgs) {
        List<String> args = new ArrayList<>(List.of("--appendonly", "yes", "--appendfsync", "always"));
        args.addAll(extraArgs);
        return startOnFreePort(args);
    }

    public static RedisServer startOnFreePort(List<String> extraArgs) {
        RedisServer server = new RedisServer(FreePorts.next(), extraArgs);
        server.start();
        return server;
    }

    public int port() {
        return port;
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** {@code rediss://localhost:<tls port>}; only for a server started with TLS. */
    public String tlsUri() {
        if (tlsPort == 0) {
            throw new IllegalStateException("this redis-server speaks no TLS");
        }
        return "rediss://localhost:" + tlsPort;
    }

    /** The certificate a client trusts for {@link #tlsUri()}; empty for a server without TLS. */
    public Optional<Path> tlsCertificate() {
        return Optional.ofNullable(tls).map(RedisTls::certificate);
    }

    public Path dataDirectory() {
        return dir;
    }

    public synchronized void start() {
        List<String> command = new ArrayList<>(List.of(binary(),
                "--port", String.valueOf(port),
                "--bind", "127.0.0.1",
                "--dir", dir.toString(),
                "--save", "",
                "--daemonize", "no",
                "--protected-mode", "no"));
        command.addAll(extraArgs);
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start redis-server; install it (apt-get install redis-server) "
                    + "or point HERA_REDIS_SERVER at the binary", e);
        }
        awaitPing(Duration.ofSeconds(10));
    }

    /** Stops the server at once, like a crash ({@code SIGKILL}). */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor();
        }
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            waitFor();
            process = null;
        }
    }

    /** Sends one inline command and returns the first reply line (for test assertions). */
    public String command(String... words) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            send(socket.getOutputStream(), words);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one command whose reply is a bulk string (such as {@code CLUSTER INFO}) and returns it whole. */
    public String bulk(String... words) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            send(socket.getOutputStream(), words);
            java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
            String header = line(in);
            if (!header.startsWith("$")) {
                return header;
            }
            byte[] body = new byte[Integer.parseInt(header.substring(1))];
            in.readFully(body);
            return new String(body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends one command and returns its whole reply: a String (simple, bulk or error, the error as
     * {@code -ERR …}), a Long, null, or a List of those (nested as Redis nests them).
     */
    public Object reply(String... words) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            send(socket.getOutputStream(), words);
            return read(new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object read(java.io.DataInputStream in) throws IOException {
        String header = line(in);
        String rest = header.substring(1);
        switch (header.charAt(0)) {
            case '+', '-':
                return header.charAt(0) == '-' ? header : rest;
            case ':':
                return Long.parseLong(rest);
            case '$': {
                int length = Integer.parseInt(rest);
                if (length < 0) {
                    return null;
                }
                byte[] bytes = new byte[length];
                in.readFully(bytes);
                line(in);
                return new String(bytes, StandardCharsets.UTF_8);
            }
            case '*': {
                int count = Integer.parseInt(rest);
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    items.add(read(in));
                }
                return count < 0 ? null : items;
            }
            default:
                throw new IllegalStateException("not a RESP reply: " + header);
        }
    }

    /** Every key matching {@code pattern}, found with SCAN (for assertions on what is stored). */
    public List<String> scanKeys(String pattern) {
        List<String> keys = new ArrayList<>();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
            String cursor = "0";
            do {
                send(out, "SCAN", cursor, "MATCH", pattern, "COUNT", "1000");
                line(in); // *2
                cursor = bulk(in);
                int count = Integer.parseInt(line(in).substring(1));
                for (int i = 0; i < count; i++) {
                    keys.add(bulk(in));
                }
            } while (!"0".equals(cursor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /** Writes one command in RESP. */
    private static void send(OutputStream out, String... words) throws IOException {
        StringBuilder resp = new StringBuilder("*").append(words.length).append("\r\n");
        for (String word : words) {
            resp.append('$').append(word.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(word).append("\r\n");
        }
        out.write(resp.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String bulk(java.io.DataInputStream in) throws IOException {
        int length = Integer.parseInt(line(in).substring(1));
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        line(in);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String line(java.io.DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b; (b = in.read()) != -1;) {
            if (b == '\r') {
                in.read();
                break;
            }
            line.append((char) b);
        }
        return line.toString();
    }

    private void awaitPing(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited; see " + dir.resolve("redis.log"));
            }
            try {
                if ("+PONG".equals(command("PING"))) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(20);
        }
        throw new IllegalStateException("redis-server did not answer PING on port " + port);
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String binary() {
        String configured = System.getenv("HERA_REDIS_SERVER");
        return configured == null || configured.isBlank() ? "redis-server" : configured;
    }
}
