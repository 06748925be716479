package dev.hera.api.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.hera.api.error.ApiException;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;
import dev.hera.profile.ProfileRules;

/**
 * The 400 answer of {@code complete} for a profile that still lacks fields: what is missing, by
 * machine name, in detail and as labels a person reads in the session's language.
 */
final class IncompleteProfile {

    private IncompleteProfile() {
    }

    static ApiException error(ProfileView view, Language language) {
        List<String> labels = view.missing().stream().map(field -> field.label(language)).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("user_profile", view.profile());
        details.put("conversation_history", view.history());
        details.put("information_progress", view.categories());
        details.put("missing_fields", view.missing());
        details.put("missing_field_details", ProfileRules.missingFieldDetails(view.profile()));
        details.put("missing_field_labels", labels);
        details.put("error_detail", detail(labels, language));
        details.put("information_complete", false);
        return new ApiException(ErrorCode.PROFILE_INCOMPLETE, language, details, Map.of());
    }

    private static String detail(List<String> labels, Language language) {
        String prefix = language == Language.EN ? "Still missing: " : "不足している項目: ";
        return labels.stream().collect(Collectors.joining(", ", prefix, ""));
    }
}
