package dev.hera.agent.family;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.agent.work.TurnHandler;
import dev.hera.model.ConversationEntry;
import dev.hera.model.FamilyPlan;
import dev.hera.model.FamilyState;
import dev.hera.model.Language;
import dev.hera.model.Persona;
import dev.hera.model.TripInfo;
import dev.hera.model.UserProfile;
import dev.hera.session.Phase;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionMeta;
import dev.hera.session.SessionSnapshot;
import dev.hera.session.SessionStore;
import dev.hera.work.SessionChanges;
import dev.hera.work.Turn;
import dev.hera.work.TurnKind;
import dev.hera.work.TurnRequest;
import dev.hera.work.TurnResult;
import dev.hera.work.TurnWorker;
import io.smallrye.mutiny.Uni;

/**
 * One family message: loads the family's state from the session (never process memory),
 * prepares the family on the first message if {@code /complete} did not, runs
 * {@link FamilyConversation}, and commits the log, trip memo, plan state and plan together —
 * so a redelivered turn writes nothing twice and the story is written once.
 */
@ApplicationScoped
public class FamilyTurnHandler implements TurnHandler {

    private static final SessionKey[] KEYS = { SessionKey.USER_PROFILE, SessionKey.PERSONAS, SessionKey.FAMILY_CONVERSATION,
            SessionKey.FAMILY_TRIP_INFO, SessionKey.FAMILY_STATE, SessionKey.FAMILY_PLAN };

    private final SessionStore sessions;
    private final PlanTexts planTexts;
    private final Clock clock;

    public FamilyTurnHandler(SessionStore sessions, PlanTexts planTexts, Clock clock) {
        this.sessions = sessions;
        this.planTexts = planTexts;
        this.clock = clock;
    }

    @Override
    public TurnKind kind() {
        return TurnKind.FAMILY_MESSAGE;
    }

    @Override
    public Uni<TurnWorker.Answer> answer(Turn turn) {
        String message = turn.request(TurnRequest.FamilyMessage.class).message();
        return sessions.snapshot(turn.sessionId(), KEYS).chain(snapshot -> answer(turn, message, snapshot));
    }

    private Uni<TurnWorker.Answer> answer(Turn turn, String message, SessionSnapshot snapshot) {
        Language language = snapshot.meta().language();
        List<Persona> family = PrepareFamilyHandler.familyOf(turn.sessionId(), snapshot);
        List<ConversationEntry> log = snapshot.log(SessionKey.FAMILY_CONVERSATION);
        int turnNumber = (int) log.stream().filter(e -> ConversationEntry.USER.equals(e.speaker())).count() + 1;
        UserProfile profile = snapshot.document(SessionKey.USER_PROFILE, UserProfile.class).orElse(UserProfile.empty());
        FamilyConversation.Outcome outcome = FamilyConversation.next(new FamilyConversation.Input(
                profile, family,
                snapshot.document(SessionKey.FAMILY_STATE, FamilyState.class).orElse(FamilyState.initial()),
                snapshot.document(SessionKey.FAMILY_TRIP_INFO, TripInfo.class).orElse(new TripInfo(null, List.of())),
                log, message, language, FamilyPersonas.seedOf(turn.sessionId()) + turnNumber, turnNumber, clock,
                LocalDate.now(clock.withZone(ZoneId.of(language == Language.JA ? "Asia/Tokyo" : "UTC")))));

        List<ConversationEntry> entries = new ArrayList<>();
        entries.add(outcome.userEntry());
        entries.addAll(outcome.replies());
        SessionChanges changes = SessionChanges.none()
                .append(SessionKey.FAMILY_CONVERSATION, entries)
                .setDocument(SessionKey.FAMILY_TRIP_INFO, outcome.trip())
                .setDocument(SessionKey.FAMILY_STATE, outcome.state());
        if (snapshot.document(SessionKey.PERSONAS, Persona[].class).isEmpty()) {
            changes.setDocument(SessionKey.PERSONAS, family)
                    .putFields(SessionKey.META, SessionMeta.inPhase(Phase.FAMILY));
        }
        boolean planExists = snapshot.document(SessionKey.FAMILY_PLAN, FamilyPlan.class).isPresent();
        if (outcome.plan() == null || planExists) {
            return Uni.createFrom().item(answerOf(outcome, family, changes));
        }
        return planTexts.write(outcome.plan(), profile, family, language)
                .map(plan -> answerOf(outcome, family, changes.setDocument(SessionKey.FAMILY_PLAN, plan)));
    }

    private TurnWorker.Answer answerOf(FamilyConversation.Outcome outcome, List<Persona> family, SessionChanges changes) {
        List<TurnResult.FamilyLine> lines = new ArrayList<>();
        for (int i = 0; i < outcome.replies().size(); i++) {
            ConversationEntry entry = outcome.replies().get(i);
            lines.add(new TurnResult.FamilyLine(entry.speaker(), family.get(i).name(), entry.message(), entry.timestamp()));
        }
        return new TurnWorker.Answer(new TurnResult.FamilyReply(lines, outcome.state().complete()), changes);
    }
}
