package dev.hera.api.family;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.api.error.ApiException;
import dev.hera.api.turn.TurnAnswer;
import dev.hera.api.turn.TurnGateway;
import dev.hera.error.ErrorCode;
import dev.hera.model.ConversationEntry;
import dev.hera.model.FamilyPlan;
import dev.hera.model.FamilyState;
import dev.hera.model.Language;
import dev.hera.model.Persona;
import dev.hera.model.TripInfo;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileRules;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionSnapshot;
import dev.hera.session.SessionStore;
import dev.hera.work.Turn;
import dev.hera.work.TurnKind;
import dev.hera.work.TurnRequest;
import dev.hera.work.TurnResult;
import io.smallrye.mutiny.Uni;

/**
 * The family: who may talk to it (only once the interview is complete), its messages as turns,
 * and the family's state as stored, read in one snapshot and never written here.
 */
@ApplicationScoped
public class FamilyTurns implements TurnAnswer {

    /** The keys the family's status is read from. */
    private static final SessionKey[] STATUS_KEYS = { SessionKey.FAMILY_CONVERSATION, SessionKey.FAMILY_TRIP_INFO,
            SessionKey.FAMILY_STATE, SessionKey.FAMILY_PLAN, SessionKey.PERSONAS };

    private final SessionStore sessions;
    private final TurnGateway turns;

    public FamilyTurns(SessionStore sessions, TurnGateway turns) {
        this.sessions = sessions;
        this.turns = turns;
    }

    /** What {@link #send} decides on: the session's profile (and its language). */
    public Uni<SessionSnapshot> beforeSending(String sessionId) {
        return sessions.snapshot(sessionId, SessionKey.USER_PROFILE);
    }

    /**
     * Queues the message for the family (or finds it again by its idempotency key) and waits for
     * the answer; 409 while the interview is not complete.
     */
    public Uni<TurnGateway.Outcome> send(SessionSnapshot session, Language language, String message,
            String idempotencyKey, boolean respondAsync) {
        UserProfile profile = session.document(SessionKey.USER_PROFILE, UserProfile.class).orElse(UserProfile.empty());
        if (!ProfileRules.isComplete(profile)) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.FAMILY_NOT_READY, language));
        }
        return turns.submit(session.meta().sessionId(), language, new TurnRequest.FamilyMessage(message), idempotencyKey,
                respondAsync);
    }

    @Override
    public boolean answers(TurnKind kind) {
        return kind == TurnKind.FAMILY_MESSAGE;
    }

    /** The answered turn with the family as it is now (one snapshot read). */
    @Override
    public Uni<FamilyAnswer> answer(String sessionId, Turn turn) {
        return sessions.snapshot(sessionId, STATUS_KEYS).map(snapshot -> {
            FamilyStatus status = status(snapshot);
            return new FamilyAnswer(turn.result(TurnResult.FamilyReply.class).reply(), status.conversationHistory(),
                    status.familyTripInfo(), status.conversationComplete(), status.familyPlan(), turn.turnId());
        });
    }

    /** The family as stored now. */
    public Uni<FamilyStatus> status(String sessionId) {
        return sessions.snapshot(sessionId, STATUS_KEYS).map(FamilyTurns::status);
    }

    private static FamilyStatus status(SessionSnapshot snapshot) {
        Optional<FamilyPlan> plan = snapshot.document(SessionKey.FAMILY_PLAN, FamilyPlan.class);
        boolean complete = plan.isPresent() || snapshot.document(SessionKey.FAMILY_STATE, FamilyState.class)
                .map(FamilyState::complete).orElse(false);
        return new FamilyStatus(
                snapshot.log(SessionKey.FAMILY_CONVERSATION),
                snapshot.document(SessionKey.FAMILY_TRIP_INFO, TripInfo.class).orElseGet(() -> new TripInfo(null, null)),
                complete,
                plan.orElse(null),
                snapshot.document(SessionKey.PERSONAS, Persona[].class).map(List::of).orElseGet(List::of));
    }
}
