package dev.hera.api.session;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.hera.model.ConversationEntry;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileField;
import dev.hera.profile.ProfileRules;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answer to {@code GET /api/sessions/{id}/status}, with progress in the reference frontend's
 * categories and, field by field, under {@code field_progress}.
 *
 * @param userProfile          the pruned profile
 * @param conversationHistory  the Hera interview log
 * @param informationProgress  {@code {basic_info, relationship, personality, children_info: {collected, total}}}
 * @param fieldProgress        each required field (and the partner the status requires) → complete or not
 * @param missingFields        the incomplete required fields
 * @param profileComplete      whether nothing is missing
 * @param locale               the session's language
 * @param phase                where the session is in its journey
 */
@RegisterForReflection
public record SessionStatus(
        UserProfile userProfile,
        List<ConversationEntry> conversationHistory,
        @Schema(description = "progress by the frontend's categories: basic_info, relationship, personality, children_info")
        Map<String, ProfileRules.Progress> informationProgress,
        Map<ProfileField, Boolean> fieldProgress,
        List<ProfileField> missingFields,
        boolean profileComplete,
        String locale,
        String phase) {

    static SessionStatus of(ProfileView view, String locale, String phase) {
        return new SessionStatus(view.profile(), view.history(), view.categories(), view.fields(), view.missing(),
                view.complete(), locale, phase);
    }
}
