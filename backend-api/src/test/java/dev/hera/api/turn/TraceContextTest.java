package dev.hera.api.turn;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.api.testing.ApiState;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import dev.hera.work.Turn;
import dev.hera.work.TurnKind;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With tracing on, a turn queued by a request carries that request's trace, for the agent to continue. */
@QuarkusTest
@TestProfile(TraceContextTest.TracingOn.class)
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class TraceContextTest {

    /** Tracing on (it is off by default). */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false");
        }
    }

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String CLIENT_SPAN_ID = "b7ad6b7169203331";

    @Inject
    SessionStore sessions;

    @Inject
    ObjectMapper json;

    @Test
    void theQueuedTurnCarriesTheTraceOfTheRequest() throws Exception {
        String id = ApiState.newSession("ja");
        given().contentType(ContentType.JSON).header("traceparent", "00-" + TRACE_ID + "-" + CLIENT_SPAN_ID + "-01")
                .body(Map.of("message", "32歳です")).post("/api/sessions/" + id + "/messages")
                .then().statusCode(200);

        Map<String, String> turns = sessions.readHash(id, SessionKey.TURNS).await().atMost(Duration.ofSeconds(10));
        Turn turn = null;
        for (String raw : turns.values()) {
            Turn each = json.readValue(raw, Turn.class);
            if (each.kind() == TurnKind.INTERVIEW_MESSAGE) {
                turn = each;
            }
        }
        String[] parts = turn.traceParent().split("-");
        assertEquals(TRACE_ID, parts[1], "the client's trace goes on into the queued turn");
        assertNotEquals(CLIENT_SPAN_ID, parts[2], "the parent is the API's own span for the request");
    }
}
