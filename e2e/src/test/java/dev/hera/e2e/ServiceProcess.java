package dev.hera.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.hera.testing.FreePorts;

/**
 * One Hera service started from its packaged jar ({@code <module>/target/quarkus-app/quarkus-run.jar})
 * as a separate process, the way an operator runs it, configured through environment variables.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String module;
    private final int port;
    private final int managementPort;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    public ServiceProcess(String module, Map<String, String> environment) {
        this.module = module;
        this.port = FreePorts.next();
        this.managementPort = FreePorts.next();
        this.environment = Map.copyOf(environment);
        try {
            this.log = Files.createTempFile("hera-" + module + "-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A command started as from a terminal, where Ctrl-C interrupts: SIGINT back to its default.
     * A process started in the background of a non-interactive shell (as a CI runner may start
     * the build) inherits SIGINT ignored, and bash can neither trap nor reset a signal ignored
     * when it starts, so a test's "Ctrl-C" would not reach the script it tests.
     */
    public static List<String> asInATerminal(String... command) {
        List<String> line = new ArrayList<>(List.of("env", "--default-signal=INT"));
        line.addAll(List.of(command));
        return line;
    }

    public static Path root() {
        return Path.of(System.getProperty("hera.root", "..")).toAbsolutePath().normalize();
    }

    public ServiceProcess start() {
        return start("/q/health/ready");
    }

    /**
     * Starts the process and waits only until it has started ({@code /q/health/started}), for a
     * service expected never to be ready.
     */
    public ServiceProcess startUnready() {
        return start("/q/health/started");
    }

    private ServiceProcess start(String awaited) {
        Path jar = root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package)");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(log.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            awaitUp(awaited, Duration.ofSeconds(60));
        } catch (RuntimeException notUp) {
            // A service that never came up is not left running behind the failed test.
            kill();
            throw notUp;
        }
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Where {@code /q/*} (health, metrics, OpenAPI, Swagger UI) is served: the management port, in production. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** Kills the process at once, like a crash ({@code kill -9}). */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    /** The service's output so far, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /**
     * The sum of every series of a Prometheus metric at {@code /q/metrics}, e.g. all turns answered
     * ({@code hera_turn_duration_seconds_count}, whatever their kind and outcome); 0 before the first.
     */
    public double metric(String name) {
        try {
            return get("/q/metrics").body().lines()
                    .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(module + " did not answer its metrics", e);
        }
    }

    /** Waits until the readiness probe answers UP ({@code ready}) or DOWN, as a dependency comes and goes. */
    public void awaitReadiness(boolean ready) {
        Eventually.await(module + (ready ? " ready" : " not ready"), Duration.ofSeconds(30), () -> {
            try {
                return get("/q/health/ready").statusCode() == 200;
            } catch (IOException e) {
                throw new UncheckedIOException(module + " did not answer its readiness probe", e);
            }
        }, now -> now == ready);
    }

    /** The readiness probe's status and JSON body. */
    public HttpResponse<String> readiness() {
        try {
            return get("/q/health/ready");
        } catch (IOException e) {
            throw new UncheckedIOException(module + " did not answer its readiness probe", e);
        }
    }

    /** The service's whole output so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitUp(String path, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited:\n" + logTail());
            }
            try {
                if (get(path).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            sleep(50);
        }
        throw new IllegalStateException(module + " not up at " + path + " in " + timeout + ":\n" + logTail());
    }

    /** A GET of {@code /q/<path>} on the management port. */
    private HttpResponse<String> get(String path) throws IOException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl() + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
