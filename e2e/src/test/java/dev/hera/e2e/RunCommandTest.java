package dev.hera.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.hera.testing.FreePorts;
import io.restassured.http.ContentType;

/**
 * The README's first command, as a new user runs it: {@code bin/run} starts its own Redis and
 * both services, prints the URLs, answers an interview turn, and on Ctrl-C stops everything it
 * started.
 */
class RunCommandTest {

    private static final Duration READY = Duration.ofSeconds(120);
    private static final Pattern ARCHIVE_FLAG = Pattern.compile("-XX:(?:AOTCache|SharedArchiveFile)=(\\S+)");
    /** What HotSpot logs when it cannot map an archive it was given. */
    private static final Pattern UNUSABLE_ARCHIVE = Pattern.compile("\\[(?:error|warning)\\]\\[(?:aot|cds)");

    @Test
    void theRunCommandBringsTheSystemUpAndCtrlCLeavesNoProcess() throws Exception {
        int api = FreePorts.next();
        int agent = FreePorts.next();
        int redis = FreePorts.next();
        int apiManagement = FreePorts.next();
        int agentManagement = FreePorts.next();
        Path state = Files.createTempDirectory("hera-run-");
        ProcessBuilder builder = new ProcessBuilder(ServiceProcess.asInATerminal("bash", ServiceProcess.root().resolve("bin/run").toString()))
                .directory(ServiceProcess.root().toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of(
                "HERA_API_PORT", String.valueOf(api),
                "HERA_AGENT_PORT", String.valueOf(agent),
                "HERA_API_MANAGEMENT_PORT", String.valueOf(apiManagement),
                "HERA_AGENT_MANAGEMENT_PORT", String.valueOf(agentManagement),
                "QUARKUS_REDIS_HOSTS", "redis://localhost:" + redis,
                "HERA_STATE_DIR", state.toString()));
        Process run = builder.start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> read(run, output));
        try {
            awaitLine(output, "hera: ready", run);
            String printed = String.join("\n", output);
            assertTrue(printed.contains("starting redis-server on port " + redis), printed);
            assertTrue(printed.contains("Demo page    http://localhost:" + api + "/"), printed);
            assertTrue(printed.contains("Swagger UI   http://localhost:" + apiManagement + "/q/swagger-ui"), printed);
            given().get("http://localhost:" + apiManagement + "/q/swagger-ui/").then().statusCode(200);
            List<ProcessHandle> started = run.descendants().toList();
            assertEquals(3, started.stream().filter(ProcessHandle::isAlive).count(), "redis-server and two services: " + started);
            startedFromTheirArchives(printed, started, state);

            String base = "http://localhost:" + api;
            String id = given().baseUri(base).filter(SessionTokens.KEEPER).contentType(ContentType.JSON)
                    .body(Map.of("locale", "en")).post("/api/sessions").then().statusCode(200).extract().path("session_id");
            given().baseUri(base).filter(SessionTokens.KEEPER).contentType(ContentType.JSON)
                    .body(Map.of("message", "I'm 29 and I live in Boston."))
                    .post("/api/sessions/" + id + "/messages")
                    .then().statusCode(200).body("reply", not(emptyOrNullString())).body("user_profile.age", equalTo(29));

            new ProcessBuilder("kill", "-INT", String.valueOf(run.pid())).start().waitFor();
            assertTrue(run.waitFor(30, TimeUnit.SECONDS), "bin/run stops on Ctrl-C");
            reader.get(10, TimeUnit.SECONDS);
            assertTrue(output.contains("hera: stopped"), String.join("\n", output));
            // Redis stops along with the agent: its reader ends instead of retrying through the grace period.
            String agentLog = Files.readString(state.resolve("logs/adk-agent.log"));
            assertFalse(agentLog.contains("stopped with turns in flight"), agentLog);
            for (ProcessHandle process : started) {
                process.onExit().get(10, TimeUnit.SECONDS);
                assertFalse(process.isAlive(), process.info().command().orElse("?") + " is left behind");
            }
            for (int port : new int[] { api, agent, redis, apiManagement, agentManagement }) {
                assertFalse(listening(port), "port " + port + " still open");
            }
        } finally {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
        }
    }

    /**
     * The first run records a startup archive per service (an AOT cache on JDK 25+, a CDS archive
     * before), and the services run from it: their command lines name it, and their JVMs report no
     * archive they could not use.
     */
    private static void startedFromTheirArchives(String printed, List<ProcessHandle> started, Path state) throws IOException {
        for (String module : List.of("adk-agent", "backend-api")) {
            assertTrue(printed.contains("hera: recording a startup archive for " + module), printed);
            String command = started.stream().map(process -> process.info().commandLine().orElse(""))
                    .filter(line -> line.contains(module + "/target/quarkus-app/quarkus-run.jar")).findFirst().orElseThrow();
            Matcher archive = ARCHIVE_FLAG.matcher(command);
            assertTrue(archive.find(), command);
            assertTrue(Files.size(Path.of(archive.group(1))) > 0, command);
            assertTrue(Path.of(archive.group(1)).startsWith(state.resolve("startup")), command);
            String log = Files.readString(state.resolve("logs").resolve(module + ".log"));
            assertFalse(UNUSABLE_ARCHIVE.matcher(log).find(), log);
        }
    }

    private static void read(Process process, List<String> output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null;) {
                output.add(line);
            }
        } catch (IOException e) {
            output.add("(output ended: " + e.getMessage() + ")");
        }
    }

    private static void awaitLine(List<String> output, String line, Process run) throws InterruptedException {
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            if (output.contains(line)) {
                return;
            }
            if (!run.isAlive()) {
                throw new AssertionError("bin/run exited:\n" + String.join("\n", output));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no '" + line + "' in " + READY + ":\n" + String.join("\n", output));
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
