package dev.hera.agent.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.TurnAwait;
import dev.hera.work.Turn;
import dev.hera.work.TurnRequest;
import dev.hera.work.TurnStatus;
import dev.hera.work.WorkQueue;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/** With tracing on, the agent's span for a turn continues the trace of the request that queued it; the queue's metrics are exposed. */
@QuarkusTest
@TestProfile(TracingAndQueueMetricsTest.TracingOn.class)
@WithTestResource(RedisServerResource.class)
class TracingAndQueueMetricsTest {

    /** Tracing on (it is off by default), with spans kept in memory. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String API_SPAN_ID = "00f067aa0ba902b7";

    @Inject
    SessionStore sessions;

    @Inject
    WorkQueue queue;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theAgentsSpanForATurnContinuesTheTraceOfTheRequestThatQueuedIt() throws Exception {
        String id = sessions.create("ja").await().atMost(WAIT).sessionId();
        SpanContext apiSpan = SpanContext.createFromRemoteParent(TRACE_ID, API_SPAN_ID, TraceFlags.getSampled(),
                TraceState.getDefault());
        Turn queued;
        try (Scope scope = Context.root().with(Span.wrap(apiSpan)).makeCurrent()) {
            queued = queue.submit(id, new TurnRequest.InterviewMessage("32歳です"), null)
                    .await().atMost(WAIT).turn();
        }
        assertEquals("00-" + TRACE_ID + "-" + API_SPAN_ID + "-01", queued.traceParent(), "the turn carries the trace");
        assertEquals(TurnStatus.DONE, TurnAwait.answered(queue, id, queued, WAIT).status());

        SpanData agentSpan = awaitSpanOf(queued);
        assertEquals("hera.turn INTERVIEW_MESSAGE", agentSpan.getName());
        assertEquals(TRACE_ID, agentSpan.getTraceId(), "one trace from the API request to the agent's work");
        assertEquals(API_SPAN_ID, agentSpan.getParentSpanId());
    }

    @Test
    void theTurnAndQueueMetricsAreExposed() {
        String id = sessions.create("ja").await().atMost(WAIT).sessionId();
        Turn turn = queue.submit(id, new TurnRequest.InterviewMessage("大阪に住んでいます"), null)
                .await().atMost(WAIT).turn();
        TurnAwait.answered(queue, id, turn, WAIT);
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        for (String name : new String[] { "hera_turn_duration_seconds_bucket", "hera_turns_in_flight", "hera_queue_waiting",
                "hera_queue_pending", "hera_queue_redeliveries_total" }) {
            assertTrue(metrics.contains(name), name + " is exposed");
        }
    }

    private SpanData awaitSpanOf(Turn turn) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (SpanData span : spans.getFinishedSpanItems()) {
                if (turn.turnId().equals(span.getAttributes().get(AttributeKey.stringKey("hera.turn.id")))) {
                    return span;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no span for turn " + turn.turnId() + " among " + spans.getFinishedSpanItems());
    }
}
