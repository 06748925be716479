package dev.hera.api.session;

import java.util.List;
import java.util.Map;

import dev.hera.model.ConversationEntry;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileField;
import dev.hera.profile.ProfileRules;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionSnapshot;

/**
 * The stored profile and interview log of a session with everything the rules derive from them,
 * computed once from one snapshot for the status and completion answers.
 */
public record ProfileView(UserProfile profile, List<ConversationEntry> history, Map<String, ProfileRules.Progress> categories,
        Map<ProfileField, Boolean> fields, List<ProfileField> missing) {

    /** The keys a snapshot must hold for {@link #of}. */
    public static final SessionKey[] KEYS = { SessionKey.USER_PROFILE, SessionKey.CONVERSATION_HISTORY };

    public static ProfileView of(SessionSnapshot snapshot) {
        UserProfile profile = snapshot.document(SessionKey.USER_PROFILE, UserProfile.class).orElseGet(UserProfile::empty);
        return new ProfileView(profile,
                snapshot.log(SessionKey.CONVERSATION_HISTORY),
                ProfileRules.informationProgress(profile),
                ProfileRules.fieldProgress(profile),
                ProfileRules.missingFields(profile));
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
