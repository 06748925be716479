package dev.hera.agent.interview.reply;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus.PartnerField;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileField;
import dev.hera.profile.ProfileRules;

/**
 * What Hera asks next: the first {@value #MAX_TOPICS} topics with something missing, in the order
 * of the designed interview: facts about the user and the relationship status first, then the
 * partner, the user's personality and the children.
 * <p>
 * The partner is asked about only once the status is known, because the status decides whether it
 * is the real partner or the ideal one; until then the status itself is asked for.
 *
 * @param topics         the topics to ask about, at most {@value #MAX_TOPICS}
 * @param basicFields    the missing simple facts among age, gender, location and income
 * @param partnerKind    which partner the partner topic is about; null when it is not asked
 * @param partnerDetails what is missing about that partner
 */
record QuestionPlan(List<Topic> topics, List<ProfileField> basicFields, PartnerField partnerKind,
        Set<PartnerDetail> partnerDetails) {

    /** How many topics one reply asks about. Two keep a reply short enough to answer in one go. */
    static final int MAX_TOPICS = 2;

    /** A group of things asked together. */
    enum Topic {
        /** Age, gender, location, income. */
        BASICS,
        /** Married, partnered, single or other. */
        RELATIONSHIP,
        /** The partner's name, temperament and looks. */
        PARTNER,
        /** The user's own personality. */
        PERSONALITY,
        /** How many children, boys or girls, and their names. */
        CHILDREN
    }

    /** Something the profile needs to know about the partner. */
    enum PartnerDetail {
        NAME, TEMPERAMENT, LOOKS
    }

    private static final List<ProfileField> BASIC_FIELDS = List.of(ProfileField.AGE, ProfileField.GENDER,
            ProfileField.LOCATION, ProfileField.INCOME_RANGE);

    /** The question of the greeting: age, gender and where the user lives. */
    static QuestionPlan opening() {
        return new QuestionPlan(List.of(Topic.BASICS),
                List.of(ProfileField.AGE, ProfileField.GENDER, ProfileField.LOCATION), null, Set.of());
    }

    /** The plan for a profile with these fields missing. */
    static QuestionPlan of(UserProfile profile, List<ProfileField> missing) {
        List<Topic> all = new ArrayList<>();
        List<ProfileField> basics = BASIC_FIELDS.stream().filter(missing::contains).toList();
        if (!basics.isEmpty()) {
            all.add(Topic.BASICS);
        }
        PartnerField kind = partnerKind(profile, missing);
        boolean partnerWanted = missing.contains(ProfileField.CURRENT_PARTNER)
                || missing.contains(ProfileField.IDEAL_PARTNER)
                || missing.contains(ProfileField.PARTNER_FACE_DESCRIPTION);
        if (missing.contains(ProfileField.RELATIONSHIP_STATUS) || (partnerWanted && kind == null)) {
            all.add(Topic.RELATIONSHIP);
        }
        Set<PartnerDetail> details = EnumSet.noneOf(PartnerDetail.class);
        if (partnerWanted && kind != null) {
            details = partnerDetails(profile, kind, missing);
            all.add(Topic.PARTNER);
        }
        if (missing.contains(ProfileField.USER_PERSONALITY_TRAITS)) {
            all.add(Topic.PERSONALITY);
        }
        if (missing.contains(ProfileField.CHILDREN_INFO)) {
            all.add(Topic.CHILDREN);
        }
        List<Topic> asked = List.copyOf(all.subList(0, Math.min(MAX_TOPICS, all.size())));
        boolean partnerAsked = asked.contains(Topic.PARTNER);
        return new QuestionPlan(asked, basics, partnerAsked ? kind : null,
                partnerAsked ? Set.copyOf(details) : Set.of());
    }

    /** Whether nothing is asked (nothing is missing). */
    boolean isEmpty() {
        return topics.isEmpty();
    }

    /** Whether the plan asks about {@code topic}. */
    boolean asks(Topic topic) {
        return topics.contains(topic);
    }

    /** The missing partner field decides; otherwise the status; null while neither tells. */
    private static PartnerField partnerKind(UserProfile profile, List<ProfileField> missing) {
        if (missing.contains(ProfileField.CURRENT_PARTNER)) {
            return PartnerField.CURRENT;
        }
        if (missing.contains(ProfileField.IDEAL_PARTNER)) {
            return PartnerField.IDEAL;
        }
        return profile.requiredPartnerField().orElse(null);
    }

    private static Set<PartnerDetail> partnerDetails(UserProfile profile, PartnerField kind,
            List<ProfileField> missing) {
        Partner partner = profile.partner(kind);
        Set<PartnerDetail> details = EnumSet.noneOf(PartnerDetail.class);
        if (partner == null || !ProfileRules.hasText(partner.name())) {
            details.add(PartnerDetail.NAME);
        }
        if (partner == null || !ProfileRules.hasText(partner.temperament())) {
            details.add(PartnerDetail.TEMPERAMENT);
        }
        if (partner == null || !ProfileRules.hasText(partner.appearance())
                || missing.contains(ProfileField.PARTNER_FACE_DESCRIPTION)) {
            details.add(PartnerDetail.LOOKS);
        }
        // The partner is reported missing although it looks complete: ask about it all again.
        return details.isEmpty() ? EnumSet.allOf(PartnerDetail.class) : details;
    }
}
