package dev.hera.api.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.hera.api.testing.ApiState;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Event streams are bounded: a few per session and per client, each for a limited time. */
@QuarkusTest
@TestProfile(EventStreamLimitsTest.SmallLimits.class)
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class EventStreamLimitsTest {

    static final int PER_SESSION = 2;
    static final int PER_CLIENT = 3;
    static final Duration LIFETIME = Duration.ofSeconds(3);

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The test client is a trusted proxy: X-Forwarded-For makes each test its own client.
            return Map.of("hera.api.events.max-per-session", String.valueOf(PER_SESSION),
                    "hera.api.events.max-per-client", String.valueOf(PER_CLIENT),
                    "hera.api.events.max-duration", LIFETIME.toSeconds() + "S",
                    "hera.rate-limit.trusted-proxies", "127.0.0.1,::1");
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    /** An open stream: its status, and (for a 200) whether it has ended. */
    private record Stream(int status, String body, CompletableFuture<Void> ended) {
    }

    @Test
    void aSessionAndAClientHoldOnlyAFewStreamsAndAClosedOneFreesItsPlace() throws Exception {
        String client = "198.51.100.7";
        String first = ApiState.newSession("en");
        String second = ApiState.newSession("en");
        String third = ApiState.newSession("en");

        Stream a = open(first, client);
        Stream b = open(first, client);
        Stream refused = open(first, client);
        assertEquals(429, refused.status(), "a third stream of one session");
        assertTrue(refused.body().contains("\"code\":\"TOO_MANY_STREAMS\""), refused.body());
        assertEquals(429, open(first, "198.51.100.8").status(), "the session's bound holds whatever client asks");

        Stream c = open(second, client);
        assertEquals(200, c.status());
        assertEquals(429, open(third, client).status(), "a fourth stream of one client");
        assertEquals(200, a.status());
        assertEquals(200, b.status());

        // Each stream ends on its own after its lifetime, and its place is free again.
        a.ended().get(LIFETIME.toSeconds() + 10, TimeUnit.SECONDS);
        b.ended().get(10, TimeUnit.SECONDS);
        c.ended().get(10, TimeUnit.SECONDS);
        Stream again = open(first, client);
        assertEquals(200, again.status());
        assertFalse(again.ended().isDone(), "a new stream is open");
    }

    private Stream open(String sessionId, String client) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sessions/" + sessionId + "/events"))
                .header("Accept", "text/event-stream").header("X-Forwarded-For", client).build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            return new Stream(response.statusCode(), new String(response.body().readAllBytes(), StandardCharsets.UTF_8),
                    CompletableFuture.completedFuture(null));
        }
        CompletableFuture<Void> listening = new CompletableFuture<>();
        CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null;) {
                    if (line.startsWith(":")) {
                        listening.complete(null);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        listening.get(10, TimeUnit.SECONDS);
        return new Stream(200, "", ended);
    }
}
