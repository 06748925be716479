package dev.hera.api.turn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
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
import io.restassured.http.ContentType;

/** Turn lookup and the session's event stream. */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class TurnEventsTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void unknownTurnsAndSessionsAre404() {
        String id = ApiState.newSession("en");
        given().get("/api/sessions/" + id + "/turns/0b9f6a52-3c1e-4d2a-9f3e-7a1b2c3d4e5f").then().statusCode(404)
                .body("code", equalTo("TURN_NOT_FOUND")).body("error", equalTo("There is no such turn in this session."));
        given().get("/api/sessions/0b9f6a52-3c1e-4d2a-9f3e-7a1b2c3d4e5f/turns/0b9f6a52-3c1e-4d2a-9f3e-7a1b2c3d4e5f")
                .then().statusCode(404).body("code", equalTo("SESSION_NOT_FOUND"));
        given().get("/api/sessions/0b9f6a52-3c1e-4d2a-9f3e-7a1b2c3d4e5f/events").then().statusCode(404)
                .body("code", equalTo("SESSION_NOT_FOUND"));
    }

    @Test
    void theEventStreamCarriesEachAnswerOfTheSession() throws Exception {
        String id = ApiState.newSession("ja");
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sessions/" + id + "/events"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> stream = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        CompletableFuture<Void> listening = new CompletableFuture<>();
        CompletableFuture<String> firstEvent = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null;) {
                    if (line.startsWith(":")) {
                        listening.complete(null);
                    } else if (line.startsWith("data:")) {
                        return line.substring(5).strip();
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // The stream says when it follows the session; the message is sent only then.
        listening.get(10, TimeUnit.SECONDS);

        given().contentType(ContentType.JSON).body(Map.of("message", "イベントで届いて")).post("/api/sessions/" + id + "/messages")
                .then().statusCode(200);

        String event = firstEvent.get(10, TimeUnit.SECONDS);
        assertTrue(event.contains("\"status\":\"DONE\""), event);
        assertTrue(event.contains("re: イベントで届いて"), event);
    }
}
