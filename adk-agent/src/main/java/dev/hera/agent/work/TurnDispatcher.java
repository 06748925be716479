package dev.hera.agent.work;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import dev.hera.error.ErrorCode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import dev.hera.work.Turn;
import dev.hera.session.SessionIds;
import dev.hera.work.TraceParent;
import dev.hera.work.TurnKind;
import dev.hera.work.TurnWorker;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.mutiny.Uni;

/** Routes each turn to the handler of its kind. */
@ApplicationScoped
public class TurnDispatcher implements TurnWorker.Handler {

    private final Map<TurnKind, TurnHandler> handlers = new EnumMap<>(TurnKind.class);
    private final MeterRegistry metrics;
    private final Tracer tracer;

    public TurnDispatcher(Instance<TurnHandler> all, MeterRegistry metrics, Tracer tracer) {
        this.metrics = metrics;
        this.tracer = tracer;
        for (TurnHandler handler : all) {
            if (handlers.put(handler.kind(), handler) != null) {
                throw new IllegalStateException("two handlers for " + handler.kind());
            }
        }
    }

    @Override
    public Uni<TurnWorker.Answer> answer(Turn turn) {
        TurnHandler handler = handlers.get(turn.kind());
        if (handler == null) {
            return Uni.createFrom().failure(new TurnWorker.TurnFailure(ErrorCode.TURN_FAILED,
                    "this agent cannot answer " + turn.kind()));
        }
        Timer.Sample started = Timer.start(metrics);
        // The agent's span continues the trace of the request that queued the turn.
        Span span = tracer.spanBuilder("hera.turn " + turn.kind().name()).setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceParent.parentOf(turn.traceParent()))
                .setAttribute("hera.turn.id", turn.turnId())
                .setAttribute("hera.session.ref", SessionIds.reference(turn.sessionId()))
                .setAttribute("hera.turn.kind", turn.kind().name())
                .startSpan();
        return handler.answer(turn).onTermination().invoke((answer, failure, cancelled) -> {
            boolean answered = failure == null && !cancelled;
            started.stop(Timer.builder("hera.turn.duration").description("Time to answer a turn, by kind and outcome")
                    .tag("kind", turn.kind().name())
                    .tag("outcome", answered ? "answered" : "failed")
                    .publishPercentileHistogram()
                    .register(metrics));
            if (!answered) {
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        });
    }
}
