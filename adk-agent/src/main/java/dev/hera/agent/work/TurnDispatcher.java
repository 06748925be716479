package dev.hera.agent.work;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import dev.hera.error.ErrorCode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import dev.hera.work.Turn;
import dev.hera.work.TurnKind;
import dev.hera.work.TurnWorker;
import io.smallrye.mutiny.Uni;

/** Routes each turn to the handler of its kind. */
@ApplicationScoped
public class TurnDispatcher implements TurnWorker.Handler {

    private final Map<TurnKind, TurnHandler> handlers = new EnumMap<>(TurnKind.class);
    private final MeterRegistry metrics;

    public TurnDispatcher(Instance<TurnHandler> all, MeterRegistry metrics) {
        this.metrics = metrics;
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
        return handler.answer(turn).onTermination().invoke((answer, failure, cancelled) -> started.stop(
                Timer.builder("hera.turn.duration").description("Time to answer a turn, by kind and outcome")
                        .tag("kind", turn.kind().name())
                        .tag("outcome", failure == null && !cancelled ? "answered" : "failed")
                        .publishPercentileHistogram()
                        .register(metrics)));
    }
}
