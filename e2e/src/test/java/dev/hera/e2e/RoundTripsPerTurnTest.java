package dev.hera.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.hera.testing.RedisMonitor;

/**
 * What one interview turn costs in Redis round trips, counted with MONITOR on the real system
 * (both services as processes, each as its ACL user): every command a client sends for the turn,
 * the API's and the agent's together, from the request to the agent's acknowledgement. A script
 * is one round trip, whatever it runs inside.
 */
class RoundTripsPerTurnTest {

    /** The most round trips one turn may take (issue 18: it took 15). */
    private static final int MOST = 8;

    @Test
    void anInterviewTurnTakesAtMostEightRoundTrips() throws IOException {
        // Counted as the benchmark runs the system: rate limits off (with them, each request adds one
        // script call per bucket), no sweeping; the agent's idle reads of the stream wait longer than
        // the count lasts, and the queue gauges (sampled on their own clock) are not the turn's.
        try (HeraSystem system = new HeraSystem(Map.of("HERA_RATE_LIMIT_ENABLED", "false",
                "HERA_SESSION_SWEEP_EVERY", "0", "HERA_AGENT_READ_BLOCK", "60S")).start()) {
            HeraApi hera = new HeraApi(system.api());
            String id = hera.newSession("ja");
            // One turn at a time, each wake-up acknowledged before the next turn: a wake-up that
            // arrives while the session's lease is held stays pending until it is reclaimed, and its
            // reclaiming (half a minute on) must not fall into the count.
            awaitQuiet(system);
            hera.say(id, HeraApi.JAPANESE_INTERVIEW.get(0)).then().statusCode(200);
            awaitQuiet(system);

            List<String> turn;
            try (RedisMonitor monitor = new RedisMonitor(system.redis().port())) {
                hera.say(id, HeraApi.JAPANESE_INTERVIEW.get(1)).then().statusCode(200);
                turn = Eventually.await("the turn's last command", Duration.ofSeconds(30), () -> {
                    List<String> before = commands(monitor);
                    sleep(300);
                    List<String> after = commands(monitor);
                    return after.size() == before.size() ? after : null;
                }, commands -> commands != null);
            }
            assertTrue(turn.size() <= MOST, turn.size() + " round trips for one turn:\n" + String.join("\n", turn));
            assertTrue(turn.stream().anyMatch(line -> line.contains(id)), "the count saw the turn: " + turn);
        }
    }

    /** Waits until the turns so far are handled to the end: their wake-ups acknowledged and removed. */
    private static void awaitQuiet(HeraSystem system) {
        Eventually.await("no wake-up pending", Duration.ofSeconds(30),
                () -> system.redis().command("XLEN", "hera:turns"), length -> length.equals(":0"));
    }

    private static List<String> commands(RedisMonitor monitor) {
        return monitor.clientCommandsMentioning("\"").stream()
                .filter(line -> !line.contains("\"xlen\"") && !line.contains("\"xpending\""))
                .toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
