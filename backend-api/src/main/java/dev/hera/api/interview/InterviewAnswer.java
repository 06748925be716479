package dev.hera.api.interview;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.hera.model.ConversationEntry;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileField;
import dev.hera.profile.ProfileRules;
import dev.hera.work.TurnResult;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answer to one interview message, with per-field progress besides the
 * categories the reference frontend reads, and the turn's id.
 */
@RegisterForReflection
public record InterviewAnswer(String reply, List<ConversationEntry> conversationHistory, UserProfile userProfile,
        Map<String, ProfileRules.Progress> informationProgress, Map<ProfileField, Boolean> fieldProgress,
        List<ProfileField> missingFields, boolean profileComplete, TurnResult.InterviewStatus sessionStatus,
        @Schema(nullable = true) String completionMessage, UserProfile lastExtractedFields, String turnId) {
}
