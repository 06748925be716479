package dev.hera.api.session;

import java.util.List;
import java.util.Map;

import dev.hera.model.ConversationEntry;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileField;
import dev.hera.profile.ProfileRules;
import dev.hera.session.DecodedOnce;
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

    /**
     * Each stored profile with what the rules derive from it, read once per process: a polled status
     * reads the same profile far more often than the profile changes. No answer changes what it holds.
     */
    private static final DecodedOnce<Reading> READINGS = new DecodedOnce<>(1_000_000);
    private static final Reading NO_PROFILE = Reading.of(UserProfile.empty());

    public static ProfileView of(SessionSnapshot snapshot) {
        Reading reading = snapshot.document(SessionKey.USER_PROFILE, UserProfile.class, READINGS, Reading::of)
                .orElse(NO_PROFILE);
        return new ProfileView(reading.profile(), snapshot.log(SessionKey.CONVERSATION_HISTORY), reading.categories(),
                reading.fields(), reading.missing());
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    private record Reading(UserProfile profile, Map<String, ProfileRules.Progress> categories,
            Map<ProfileField, Boolean> fields, List<ProfileField> missing) {

        static Reading of(UserProfile profile) {
            return new Reading(profile, ProfileRules.informationProgress(profile), ProfileRules.fieldProgress(profile),
                    ProfileRules.missingFields(profile));
        }
    }
}
