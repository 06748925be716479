package dev.hera.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hera.testing.FreePorts;
import dev.hera.testing.RedisServer;

/**
 * The README's development command as a new contributor runs it: {@code bin/dev} in a copy of the
 * repository as a fresh clone has it (no {@code target/}, nothing of Hera's in the local Maven
 * repository) starts both services in Quarkus dev mode on one Redis; an interview turn is
 * answered; a change to the agent's code and one to shared-model are live on the next requests,
 * in the same processes; Ctrl-C stops everything it started.
 */
class DevModeTest {

    /** The first start compiles every module and may download dev-mode artifacts. */
    private static final Duration FIRST_START = Duration.ofMinutes(12);
    private static final String JDWP_HANDSHAKE = "JDWP-Handshake";

    @TempDir
    Path work;

    private final List<String> output = new CopyOnWriteArrayList<>();
    private Path clone;
    private Process dev;
    private CompletableFuture<Void> reader;
    private RedisServer redis;
    private final int api = FreePorts.next();
    private final int agent = FreePorts.next();
    private final int apiDebug = FreePorts.next();
    private final int agentDebug = FreePorts.next();

    @Test
    void bothServicesLiveReloadChangesToTheAgentAndToSharedModelAndCtrlCLeavesNoProcess() throws Exception {
        Path localRepository = Path.of(System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        assertFalse(Files.exists(localRepository.resolve("dev/hera")), "the local Maven repository holds Hera's own artifacts ("
                + localRepository.resolve("dev/hera") + "): dev mode must be shown to work without them; remove that directory");
        clone = freshCopy(ServiceProcess.root(), work.resolve("hera"));

        try (RedisServer redis = RedisServer.startOnFreePort()) {
            this.redis = redis;
            ProcessBuilder builder = new ProcessBuilder(ServiceProcess.asInATerminal("bash", "bin/dev")).directory(clone.toFile()).redirectErrorStream(true);
            builder.environment().putAll(Map.of(
                    "HERA_API_PORT", String.valueOf(api),
                    "HERA_AGENT_PORT", String.valueOf(agent),
                    "HERA_API_DEBUG_PORT", String.valueOf(apiDebug),
                    "HERA_AGENT_DEBUG_PORT", String.valueOf(agentDebug),
                    "QUARKUS_REDIS_HOSTS", redis.uri(),
                    // The copy's Maven resolves from the local repository this build uses.
                    "MAVEN_ARGS", "-Dmaven.repo.local=" + localRepository));
            dev = builder.start();
            reader = CompletableFuture.runAsync(this::read);
            try {
                awaitReady();
                useTheRunningSystem();
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\n" + String.join("\n", output) + logs() + keepLogs(), e);
            } finally {
                dev.descendants().forEach(ProcessHandle::destroyForcibly);
                dev.destroyForcibly();
            }
        }
    }

    private void useTheRunningSystem() throws Exception {
        assertTrue(output.contains("hera: using the Redis at 127.0.0.1:" + redis.port()), "bin/dev uses the Redis it was given");
        Set<Long> processes = alive(dev);
        HeraApi hera = new HeraApi("http://localhost:" + api);

        String first = hera.newSession("en");
        hera.say(first, "I'm 29 and I live in Boston.");
        List<Map<String, String>> history = hera.awaitHistory(first, 3);
        assertEquals("hera", history.get(0).get("speaker"), "the agent greeted");
        assertEquals("hera", history.get(2).get("speaker"), "the agent answered the message");
        assertEquals(29, hera.status(first).getInt("user_profile.age"));

        given().get("http://localhost:" + api + "/q/dev-ui/").then().statusCode(200);
        given().get("http://localhost:" + agent + "/q/dev-ui/").then().statusCode(200);
        given().get("http://localhost:" + api + "/q/swagger-ui/").then().statusCode(200);
        assertDebuggerListens(apiDebug);
        assertDebuggerListens(agentDebug);

        edit("adk-agent/src/main/java/dev/hera/agent/interview/reply/HeraReplies.java",
                "parts.add(variants.pick(\"g.welcome\", Greetings.WELCOME.in(lang)));",
                "parts.add(\"Changed while running.\");\n        parts.add(variants.pick(\"g.welcome\", Greetings.WELCOME.in(lang)));");
        edit("shared-model/src/main/java/dev/hera/error/ErrorCode.java",
                "\"Please write a message.\"", "\"Please write a message; changed while running.\"");

        // The API looks for changes when a request comes, at most every 2 seconds (Quarkus' HTTP dev mode).
        Eventually.await("shared-model's change applied by the API", Duration.ofSeconds(60),
                () -> hera.say(first, "").then().statusCode(400).body("code", equalTo("MESSAGE_REQUIRED")).extract().path("error"),
                "Please write a message; changed while running."::equals);
        // The agent looks for changes before it answers each turn it reads: this session's greeting.
        String second = hera.newSession("en");
        String greeting = hera.awaitHistory(second, 1).get(0).get("message");
        assertTrue(greeting.startsWith("Changed while running. "), greeting);
        hera.say(second, "I'm 41.").then().statusCode(200).body("user_profile.age", equalTo(41));
        assertEquals(processes, alive(dev), "the changes were applied in the running processes");

        new ProcessBuilder("kill", "-INT", String.valueOf(dev.pid())).start().waitFor();
        assertTrue(dev.waitFor(60, TimeUnit.SECONDS), "bin/dev stops on Ctrl-C");
        reader.get(10, TimeUnit.SECONDS);
        assertTrue(output.contains("hera: stopped"), "bin/dev says it stopped");
        for (long pid : processes) {
            ProcessHandle.of(pid).ifPresent(process -> {
                process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                assertFalse(process.isAlive(), process.info().commandLine().orElse("?") + " is left behind");
            });
        }
        for (int port : new int[] { api, agent, apiDebug, agentDebug }) {
            assertFalse(listening(port), "port " + port + " still open");
        }
        assertTrue(listening(redis.port()), "a Redis that bin/dev did not start is left running");
    }

    /** The repository's files as a clone has them: tracked and new files, nothing ignored (no target/). */
    private static Path freshCopy(Path repository, Path copy) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                .directory(repository.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String listing;
        try (InputStream in = git.getInputStream()) {
            listing = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(0, git.waitFor(), "git ls-files in " + repository);
        for (String file : listing.split("\0")) {
            Path source = repository.resolve(file);
            if (file.isEmpty() || !Files.isRegularFile(source)) {
                continue; // deleted in the work tree, not yet committed
            }
            Path target = copy.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
        assertFalse(Files.exists(copy.resolve("shared-model/target")));
        return copy;
    }

    private void edit(String path, String from, String to) throws IOException {
        Path file = clone.resolve(path);
        String text = Files.readString(file);
        assertEquals(1, text.split(java.util.regex.Pattern.quote(from), -1).length - 1, "one '" + from + "' in " + file);
        Files.writeString(file, text.replace(from, to));
    }

    private static Set<Long> alive(Process process) {
        return process.descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    /** A Java debugger (JDWP) answers its handshake on the port. */
    private static void assertDebuggerListens(int port) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(JDWP_HANDSHAKE.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertArrayEquals(JDWP_HANDSHAKE.getBytes(StandardCharsets.US_ASCII), socket.getInputStream().readNBytes(JDWP_HANDSHAKE.length()),
                    "a debugger answers on port " + port);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(dev.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null;) {
                output.add(line);
            }
        } catch (IOException e) {
            output.add("(output ended: " + e.getMessage() + ")");
        }
    }

    private void awaitReady() throws Exception {
        String line = "hera: dev mode ready (live reload)";
        long deadline = System.nanoTime() + FIRST_START.toNanos();
        while (System.nanoTime() < deadline) {
            if (output.contains(line)) {
                return;
            }
            if (!dev.isAlive()) {
                throw new AssertionError("bin/dev exited");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no '" + line + "' in " + FIRST_START);
    }

    /** The end of each service's dev-mode log, for a failure message. */
    /** The services' whole dev-mode logs, kept under target/ after a failure. */
    private String keepLogs() {
        Path kept = Path.of("target", "dev-mode-logs").toAbsolutePath();
        try {
            Files.createDirectories(kept);
            try (var logs = Files.list(clone.resolve(".hera/logs"))) {
                for (Path log : logs.toList()) {
                    Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return "\n(whole logs in " + kept + ")";
        } catch (IOException e) {
            return "\n(logs not kept: " + e + ")";
        }
    }

    private String logs() {
        StringBuilder tails = new StringBuilder();
        for (String module : List.of("adk-agent", "backend-api")) {
            Path log = clone.resolve(".hera/logs/" + module + "-dev.log");
            if (Files.exists(log)) {
                List<String> lines;
                try {
                    lines = Files.readAllLines(log);
                } catch (IOException e) {
                    lines = List.of("(unreadable: " + e + ")");
                }
                tails.append("\n--- ").append(log.getFileName()).append(" ---\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
            }
        }
        return tails.toString();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
