package dev.hera.agent.work;

import dev.hera.work.Turn;
import dev.hera.work.TurnKind;
import dev.hera.work.TurnWorker;
import io.smallrye.mutiny.Uni;

/** Answers the turns of one kind. Implementations are CDI beans; blocking work goes off the event loop. */
public interface TurnHandler {

    TurnKind kind();

    Uni<TurnWorker.Answer> answer(Turn turn);
}
