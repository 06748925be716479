package dev.hera.api.interview;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.api.session.ProfileView;
import dev.hera.api.turn.TurnAnswer;
import dev.hera.api.turn.TurnGateway;
import dev.hera.model.Language;
import dev.hera.session.SessionStore;
import dev.hera.work.Turn;
import dev.hera.work.TurnKind;
import dev.hera.work.TurnRequest;
import dev.hera.work.TurnResult;
import io.smallrye.mutiny.Uni;

/** The interview with Hera: a message becomes a turn, and an answered turn becomes Hera's reply with the session's progress. */
@ApplicationScoped
public class InterviewTurns implements TurnAnswer {

    private final SessionStore sessions;
    private final TurnGateway turns;

    public InterviewTurns(SessionStore sessions, TurnGateway turns) {
        this.sessions = sessions;
        this.turns = turns;
    }

    /** Queues the message for Hera (or finds it again by its idempotency key) and waits for her answer. */
    public Uni<TurnGateway.Outcome> send(String sessionId, Language language, String message, String idempotencyKey,
            boolean respondAsync) {
        return turns.submit(sessionId, language, new TurnRequest.InterviewMessage(message), idempotencyKey, respondAsync);
    }

    @Override
    public boolean answers(TurnKind kind) {
        return kind == TurnKind.INTERVIEW_MESSAGE;
    }

    /** The answered turn with the session as it is now (one snapshot read). */
    @Override
    public Uni<InterviewAnswer> answer(String sessionId, Turn turn) {
        return sessions.snapshot(sessionId, ProfileView.KEYS).map(snapshot -> {
            ProfileView view = ProfileView.of(snapshot);
            TurnResult.InterviewReply result = turn.result(TurnResult.InterviewReply.class);
            return new InterviewAnswer(result.reply(), view.history(), view.profile(), view.categories(), view.fields(),
                    view.missing(), view.complete(), result.sessionStatus(), result.completionMessage(),
                    result.lastExtractedFields(), turn.turnId());
        });
    }
}
