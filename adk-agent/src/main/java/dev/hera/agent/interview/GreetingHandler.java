package dev.hera.agent.interview;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.agent.work.TurnHandler;
import dev.hera.model.ConversationEntry;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.work.SessionChanges;
import dev.hera.work.Turn;
import dev.hera.work.TurnKind;
import dev.hera.work.TurnResult;
import dev.hera.work.TurnWorker;
import io.smallrye.mutiny.Uni;

/** Hera's first words in a new session, written at the head of the interview history. */
@ApplicationScoped
public class GreetingHandler implements TurnHandler {

    private final SessionStore sessions;
    private final InterviewEngine engine;
    private final Clock clock;

    public GreetingHandler(SessionStore sessions, InterviewEngine engine, Clock clock) {
        this.sessions = sessions;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public TurnKind kind() {
        return TurnKind.GREETING;
    }

    @Override
    public Uni<TurnWorker.Answer> answer(Turn turn) {
        return sessions.snapshot(turn.sessionId()).map(snapshot -> {
            String greeting = engine.greeting(InterviewTurnHandler.languageOf(snapshot), turn.turnId().hashCode());
            return new TurnWorker.Answer(new TurnResult.Greeting(greeting),
                    SessionChanges.none().append(SessionKey.CONVERSATION_HISTORY, List.of(ConversationEntry.hera(greeting, clock))));
        });
    }
}
