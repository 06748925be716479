package dev.hera.api.session;

import java.util.List;
import java.util.Map;

import dev.hera.model.ConversationEntry;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileField;
import dev.hera.profile.ProfileRules;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answer to a successful {@code POST /api/sessions/{id}/complete}: the profile
 * is complete and the family is being prepared by the agent.
 *
 * @param message             a thank-you sentence in the session's language
 * @param userProfile         the pruned profile
 * @param conversationHistory the Hera interview log
 * @param informationProgress progress by the frontend's categories (all full)
 * @param missingFields       always empty
 * @param informationComplete always true
 * @param familyReady         whether the family was prepared before the answer was sent; when false
 *                            the preparation continues and {@code poll_url} tells how it went
 * @param turnId              the family-preparation turn
 * @param pollUrl             where that turn's result can be fetched
 */
@RegisterForReflection
public record Completion(String message, UserProfile userProfile, List<ConversationEntry> conversationHistory,
        Map<String, ProfileRules.Progress> informationProgress, List<ProfileField> missingFields,
        boolean informationComplete, boolean familyReady, String turnId, String pollUrl) {
}
