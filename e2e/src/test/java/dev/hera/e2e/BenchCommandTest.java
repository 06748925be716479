package dev.hera.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.hera.testing.FreePorts;
import io.restassured.path.json.JsonPath;

/**
 * The README's benchmark command, {@code bench/run.sh}, with short loads: it starts Redis and both
 * services, runs every load, writes its figures where it is told, and leaves no process behind. The
 * figures are the harness working (each load reached the system and was measured), not speeds: a
 * shared machine's speed is no test result.
 */
class BenchCommandTest {

    private static final int MODEL_TURNS = 40;

    @Test
    void theBenchmarkCommandMeasuresEveryRowAndStopsWhatItStarted() throws Exception {
        int api = portWithItsManagementPortFree();
        int agent = portWithItsManagementPortFree();
        int redis = FreePorts.next();
        int stub = FreePorts.next();
        Path out = Files.createTempDirectory("hera-bench-");
        Path committed = ServiceProcess.root().resolve("docs/benchmarks.md");
        byte[] committedBefore = Files.readAllBytes(committed);

        ProcessBuilder builder = new ProcessBuilder("bash", ServiceProcess.root().resolve("bench/run.sh").toString())
                .directory(ServiceProcess.root().toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of(
                "BENCH_API_PORT", String.valueOf(api),
                "BENCH_AGENT_PORT", String.valueOf(agent),
                "BENCH_REDIS_PORT", String.valueOf(redis),
                "BENCH_STUB_PORT", String.valueOf(stub),
                "BENCH_DURATION", "2s",
                "BENCH_ROUND", "1s",
                "BENCH_MODEL_TURNS", String.valueOf(MODEL_TURNS),
                "BENCH_OUT", out.toString()));
        Process bench = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(bench));
        try {
            boolean ended = bench.waitFor(8, TimeUnit.MINUTES);
            assertTrue(ended, "bench/run.sh still running after 8 minutes");
            String printed = output.get(10, TimeUnit.SECONDS);
            assertEquals(0, bench.exitValue(), printed);

            JsonPath figures = JsonPath.from(out.resolve("benchmarks.json").toFile());
            assertTrue(figures.getInt("startup_ms.adk_agent") > 0 && figures.getInt("startup_ms.backend_api") > 0, printed);
            assertTrue(figures.getInt("first_offline_turn_ms") > 0, printed);
            int roundTrips = figures.getInt("redis_round_trips_per_turn");
            assertTrue(roundTrips > 0 && roundTrips <= 8, "round trips per turn: " + roundTrips);
            assertEquals(0, figures.getInt("blocked_thread_warnings"), printed);
            assertTrue(figures.getFloat("status_64c.requests_per_s") > 0, printed);
            assertTrue(figures.getFloat("status_64c.redis_ceiling_per_s") > 0, printed);
            assertTrue(figures.getInt("interview_turns_at_100_per_s.turns") > 0, printed);
            assertTrue(figures.getFloat("photo_uploads_200kb_8c.uploads_per_s") > 0, printed);
            assertEquals(0, figures.getInt("photo_uploads_200kb_8c.failed"), printed);
            assertEquals(MODEL_TURNS, figures.getInt("model_turns_at_once_1s_model.turns"), printed);
            assertEquals(MODEL_TURNS, figures.getInt("model_turns_at_once_1s_model.answered_200"), printed);
            assertEquals(MODEL_TURNS, figures.getInt("model_turns_at_once_1s_model.model_calls"), printed);
            assertEquals(0, figures.getInt("model_turns_at_once_1s_model.offline_fallbacks"), printed);
            assertTrue(figures.getInt("rss_mb_after_load.backend_api") > 0 && figures.getInt("rss_mb_after_load.adk_agent") > 0, printed);

            String table = Files.readString(out.resolve("benchmarks.md"));
            for (String row : List.of("| startup to ready", "| first offline interview turn", "| RSS after the load",
                    "| `GET /status`, 64 connections", "| API ÷ Redis ceiling", "| interview turns through the queue",
                    "| Redis round trips of one interview turn", "| blocked-thread warnings", "| photo uploads",
                    "| " + MODEL_TURNS + " interview turns sent at once")) {
                assertTrue(table.contains(row), row + " missing:\n" + table);
            }
            assertFalse(table.contains("n/a"), table);
            assertArrayEquals(committedBefore, Files.readAllBytes(committed), "docs/benchmarks.md was rewritten");
            for (int port : new int[] { api, api + 100, agent, agent + 100, redis, stub }) {
                assertTrue(FreePorts.isFree(port), "port " + port + " still open");
            }
        } finally {
            bench.descendants().forEach(ProcessHandle::destroyForcibly);
            bench.destroyForcibly();
            try (var written = Files.list(out)) {
                for (Path file : written.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(out);
        }
    }

    /** The harness puts each service's management port 100 above its HTTP port. */
    private static int portWithItsManagementPortFree() {
        while (true) {
            int port = FreePorts.next();
            if (port + 100 <= 65535 && FreePorts.isFree(port + 100)) {
                return port;
            }
        }
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "(output ended: " + e.getMessage() + ")";
        }
    }
}
