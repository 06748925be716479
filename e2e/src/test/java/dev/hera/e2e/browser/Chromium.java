package dev.hera.e2e.browser;

import java.io.File;
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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The system's headless Chromium (from the PATH, or {@code HERA_CHROMIUM}; {@code bin/test} installs
 * Debian's {@code chromium} when it is missing), with a throw-away profile, driven through the
 * DevTools protocol. Nothing is downloaded: no bundled browser, no driver.
 */
public final class Chromium implements AutoCloseable {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final Path profile;
    private final Process process;
    private final DevTools devTools;

    private Chromium(String language, int width, int height) {
        try {
            profile = Files.createTempDirectory("hera-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(binary(),
                "--headless=new",
                "--remote-debugging-port=0", // the port it took is written to DevToolsActivePort
                "--user-data-dir=" + profile,
                "--lang=" + language, "--accept-lang=" + language,
                "--window-size=" + width + "," + height,
                "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--no-sandbox"); // Chromium refuses to run as root with its sandbox
        }
        command.add("about:blank");
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(profile.resolve("chromium.log").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Chromium; install it (apt-get install chromium) "
                    + "or point HERA_CHROMIUM at the binary", e);
        }
        devTools = new DevTools(pageSocket(awaitPort()));
    }

    /** Starts a browser in the given language whose one page has the given window size, in CSS pixels. */
    public static Chromium start(String language, int width, int height) {
        return new Chromium(language, width, height);
    }

    DevTools devTools() {
        return devTools;
    }

    @Override
    public void close() {
        devTools.close();
        List<ProcessHandle> helpers = process.descendants().toList(); // renderer, GPU, zygote
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        helpers.forEach(ProcessHandle::destroyForcibly);
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary directory left behind
        }
    }

    private int awaitPort() {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Chromium exited:\n" + log());
            }
            try {
                List<String> lines = Files.readAllLines(portFile);
                if (lines.size() >= 2) { // written in full
                    return Integer.parseInt(lines.get(0).trim());
                }
            } catch (IOException notYet) {
                // not written yet
            }
            pause();
        }
        throw new IllegalStateException("Chromium opened no DevTools port in 30 s:\n" + log());
    }

    /** The WebSocket of the page Chromium opened with {@code about:blank}. */
    private static URI pageSocket(int port) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (JsonNode target : new ObjectMapper().readTree(response.body())) {
                if ("page".equals(target.path("type").asText())) {
                    return URI.create(target.path("webSocketDebuggerUrl").asText());
                }
            }
            throw new IllegalStateException("Chromium has no page: " + response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String log() {
        try {
            return Files.readString(profile.resolve("chromium.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static String binary() {
        String configured = System.getenv("HERA_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : NAMES) {
                if (Files.isExecutable(Path.of(directory, name))) {
                    return Path.of(directory, name).toString();
                }
            }
        }
        return NAMES.get(0); // let the start fail with the hint
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
