package dev.hera.agent.interview;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.agent.work.TurnHandler;
import dev.hera.model.ConversationEntry;
import dev.hera.model.ConversationSummary;
import dev.hera.model.Language;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileMerge;
import dev.hera.profile.ProfilePruning;
import dev.hera.profile.ProfileRules;
import dev.hera.session.SessionKey;
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
 * One interview message: reads the session's profile and history (never process memory), asks
 * the engine, deep-merges what it extracted, and commits the person's message, Hera's reply and
 * the merged profile together. Completion is decided by the profile rules alone; the completion
 * message is said once, on the turn that completes the profile.
 */
@ApplicationScoped
public class InterviewTurnHandler implements TurnHandler {

    /** How many earlier entries of the history the engine sees (a bounded prompt). */
    static final int RECENT_ENTRIES = 12;

    private final SessionStore sessions;
    private final InterviewEngine engine;
    private final Clock clock;

    public InterviewTurnHandler(SessionStore sessions, InterviewEngine engine, Clock clock) {
        this.sessions = sessions;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public TurnKind kind() {
        return TurnKind.INTERVIEW_MESSAGE;
    }

    @Override
    public Uni<TurnWorker.Answer> answer(Turn turn) {
        String message = turn.request(TurnRequest.InterviewMessage.class).message();
        return sessions.snapshot(turn.sessionId(), SessionKey.USER_PROFILE, SessionKey.CONVERSATION_HISTORY,
                SessionKey.CONVERSATION_SUMMARY)
                .chain(snapshot -> {
                    UserProfile profile = snapshot.document(SessionKey.USER_PROFILE, UserProfile.class).orElse(UserProfile.empty());
                    List<ConversationEntry> history = snapshot.log(SessionKey.CONVERSATION_HISTORY);
                    Language language = languageOf(snapshot);
                    int turnNumber = (int) history.stream().filter(e -> ConversationEntry.USER.equals(e.speaker())).count() + 1;
                    long seed = turn.turnId().hashCode();
                    String summary = snapshot.document(SessionKey.CONVERSATION_SUMMARY, ConversationSummary.class)
                            .map(ConversationSummary::text).orElse(null);
                    var input = new InterviewEngine.Input(language, profile,
                            history.subList(Math.max(0, history.size() - RECENT_ENTRIES), history.size()), summary,
                            message, turnNumber, seed);
                    return engine.step(input).map(step -> answerOf(profile, step, language, message, seed));
                });
    }

    private TurnWorker.Answer answerOf(UserProfile before, InterviewEngine.Step step, Language language, String message,
            long seed) {
        UserProfile merged = ProfileMerge.merge(before, step.fragment(), clock);
        boolean complete = ProfileRules.isComplete(merged);
        boolean justCompleted = complete && !ProfileRules.isComplete(before);
        String completion = justCompleted ? engine.completion(language, merged, seed) : null;
        String reply = justCompleted ? completion : step.reply();

        SessionChanges changes = SessionChanges.none()
                .setDocument(SessionKey.USER_PROFILE, merged)
                .append(SessionKey.CONVERSATION_HISTORY,
                        List.of(ConversationEntry.user(message, clock), ConversationEntry.hera(reply, clock)));
        if (step.summary() != null) {
            changes = changes.setDocument(SessionKey.CONVERSATION_SUMMARY, new ConversationSummary(step.summary()));
        }
        var result = new TurnResult.InterviewReply(reply,
                complete ? TurnResult.InterviewStatus.COMPLETED : TurnResult.InterviewStatus.INCOMPLETE, completion,
                ProfilePruning.prune(step.fragment()), step.engine());
        return new TurnWorker.Answer(result, changes);
    }

    static Language languageOf(SessionSnapshot snapshot) {
        return snapshot.meta().language();
    }
}
