package dev.hera.agent.interview.reply;

import java.util.List;
import java.util.Objects;

import dev.hera.agent.interview.extract.NameCheck;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileField;
import dev.hera.profile.ProfileRules;

/**
 * What Hera knows when she answers a turn.
 *
 * @param profile       the profile after this turn's update; null is read as empty
 * @param missing       the fields still missing, normally {@link ProfileRules#missingFields}; null is empty
 * @param understood    the extractor's notes of what it understood this turn ("age", "partner.name",
 *                      "children_info", ...); unknown notes are allowed; null is empty
 * @param turnNumber    the turn's number in the session; consecutive turns must differ, so that an
 *                      unchanged state is not answered with the same words twice in a row
 * @param seed          the session's seed, which picks the phrasings
 * @param justCompleted whether this turn completed the profile
 * @param nameCheck     a name Hera should confirm before storing it; null for none
 */
public record ReplyContext(UserProfile profile, List<ProfileField> missing, List<String> understood, int turnNumber,
        long seed, boolean justCompleted, NameCheck nameCheck) {

    public ReplyContext(UserProfile profile, List<ProfileField> missing, List<String> understood, int turnNumber,
            long seed, boolean justCompleted) {
        this(profile, missing, understood, turnNumber, seed, justCompleted, null);
    }

    public ReplyContext {
        profile = profile == null ? UserProfile.empty() : profile;
        missing = missing == null ? List.of() : missing.stream().filter(Objects::nonNull).distinct().toList();
        understood = understood == null ? List.of()
                : understood.stream().filter(ProfileRules::hasText).toList();
    }

    /** A context whose missing fields are computed from the profile by {@link ProfileRules}. */
    public static ReplyContext of(UserProfile profile, List<String> understood, int turnNumber, long seed,
            boolean justCompleted) {
        UserProfile known = profile == null ? UserProfile.empty() : profile;
        return new ReplyContext(known, ProfileRules.missingFields(known), understood, turnNumber, seed, justCompleted);
    }
}
