package dev.hera.agent.interview;

import java.util.List;

import dev.hera.model.ConversationEntry;
import dev.hera.model.Language;
import dev.hera.model.UserProfile;
import io.smallrye.mutiny.Uni;

/**
 * Hera's mind for one interview message: what the person told (a profile fragment) and what
 * Hera says back. Two kinds exist: the offline engine (no network) and model providers, which
 * fall back to the offline engine when they fail.
 */
public interface InterviewEngine {

    /**
     * What one interview message needs: the profile so far, the recent turns, a model's rolling
     * summary of the turns before them (null when there is none), the new message.
     */
    record Input(Language language, UserProfile profile, List<ConversationEntry> recentHistory, String summary,
            String message, int turnNumber, long seed) {
    }

    /**
     * What came of the message. {@code fragment} holds only what this message told (merged into the
     * profile by the caller); {@code understood} names what was understood (for logs and replies);
     * {@code summary} is a model's new rolling summary (null when unchanged).
     */
    record Step(UserProfile fragment, List<String> understood, String reply, String engine, String summary) {
    }

    Uni<Step> step(Input input);

    /** Hera's completion message, said once when the profile has just become complete. */
    String completion(Language language, UserProfile profile, long seed);

    /** Hera's first words in a new session. */
    String greeting(Language language, long seed);
}
