package dev.hera.agent.interview;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import dev.hera.agent.interview.extract.Extraction;
import dev.hera.agent.interview.extract.ProfileExtractor;
import dev.hera.agent.interview.reply.HeraReplies;
import dev.hera.agent.interview.reply.ReplyContext;
import dev.hera.agent.work.ComputePool;
import dev.hera.model.ConversationEntry;
import dev.hera.model.Language;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileField;
import dev.hera.profile.ProfileMerge;
import dev.hera.profile.ProfileRules;
import io.smallrye.mutiny.Uni;

/**
 * The interview without any network: deterministic Japanese and English extraction, and Hera's
 * templated replies that acknowledge what was understood and ask for what is missing.
 * The embedded default, and the fallback of every model provider.
 */
@ApplicationScoped
@Typed(OfflineInterviewEngine.class)
public class OfflineInterviewEngine implements InterviewEngine {

    /** The name reported in turn results. */
    public static final String NAME = "offline";

    private final ProfileExtractor extractor = new ProfileExtractor();
    private final HeraReplies replies = new HeraReplies();
    /** Where {@link #step} computes; null: on the subscribing thread. */
    private final ComputePool pool;

    @Inject
    public OfflineInterviewEngine(ComputePool pool) {
        this.pool = pool;
    }

    /** An engine that computes on the thread that subscribes (for tests that drive it directly). */
    public OfflineInterviewEngine() {
        this(null);
    }

    @Override
    public Uni<Step> step(Input input) {
        return pool == null ? Uni.createFrom().item(() -> compute(input)) : pool.run(() -> compute(input));
    }

    /** The same step, synchronously (the model engines call it as their fallback). */
    public Step compute(Input input) {
        String lastQuestion = lastHeraMessage(input.recentHistory());
        Extraction extraction = extractor.extract(input.message(), input.language(), input.profile(), lastQuestion,
                input.turnNumber() == 1);
        UserProfile merged = ProfileMerge.merge(input.profile(), extraction.fragment());
        List<ProfileField> missing = ProfileRules.missingFields(merged);
        String reply = replies.reply(input.language(), new ReplyContext(merged, missing, extraction.understood(),
                input.turnNumber(), input.seed(), missing.isEmpty(), missing.isEmpty() ? null : extraction.nameCheck()));
        return new Step(extraction.fragment(), extraction.understood(), reply, NAME, null);
    }

    @Override
    public String completion(Language language, UserProfile profile, long seed) {
        return replies.completion(language, profile, seed);
    }

    @Override
    public String greeting(Language language, long seed) {
        return replies.greeting(language, seed);
    }

    private static String lastHeraMessage(List<ConversationEntry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (ConversationEntry.HERA.equals(history.get(i).speaker())) {
                return history.get(i).message();
            }
        }
        return null;
    }
}
