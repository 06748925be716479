package dev.hera.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hera.model.BigFive;
import dev.hera.model.ChildWish;
import dev.hera.model.Partner;
import dev.hera.model.UserProfile;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * When is a profile complete, and what is still missing. Unlike the reference:
 * <ul>
 * <li>Completion is decided by these rules only, never by a model's verdict.</li>
 * <li>The relationship status is an enum; without one the profile cannot be complete, because the
 * status itself is missing and no partner can be checked.</li>
 * <li>Only the partner the status requires is checked and reported, and a missing partner name is
 * reported too.</li>
 * </ul>
 * What counts as present: a string with a non-blank character, any number (0 included), any enum
 * value; the user's personality needs at least {@value #MIN_PERSONALITY_TRAITS} of the Big Five;
 * a partner needs a name, a temperament and an appearance; the children need at least one child
 * with both a gender and a name.
 */
public final class ProfileRules {

    /** How many of the Big Five the user's personality needs. */
    public static final int MIN_PERSONALITY_TRAITS = 2;

    /** Progress category: age, gender, location, income. */
    public static final String BASIC_INFO = "basic_info";
    /** Progress category: relationship status, the partner it requires, and the partner's looks. */
    public static final String RELATIONSHIP = "relationship";
    /** Progress category: the user's Big Five. */
    public static final String PERSONALITY = "personality";
    /** Progress category: the children. */
    public static final String CHILDREN_INFO = "children_info";

    /** Required fields in total: the eight base fields and one partner. */
    private static final int REQUIRED_TOTAL = ProfileField.BASE.size() + 1;

    /**
     * Progress of one category of the reference frontend's progress bar.
     *
     * @param collected how many required fields of the category are complete
     * @param total     how many required fields the category has
     */
    @RegisterForReflection
    public record Progress(int collected, int total) {
    }

    private ProfileRules() {
    }

    /** Whether {@code text} has a character other than white space (full-width spaces included). */
    public static boolean hasText(String text) {
        return text != null && text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c));
    }

    /** The partner field the profile's status requires; empty while the status is unknown. */
    public static Optional<ProfileField> requiredPartnerField(UserProfile profile) {
        return profile.requiredPartnerField().map(ProfileField::of);
    }

    /** Whether one field of the profile is complete, whether or not the status requires it. */
    public static boolean isFieldComplete(UserProfile profile, ProfileField field) {
        return switch (field) {
            case AGE -> profile.age() != null;
            case GENDER -> profile.gender() != null;
            case RELATIONSHIP_STATUS -> profile.relationshipStatus() != null;
            case LOCATION -> hasText(profile.location());
            case INCOME_RANGE -> hasText(profile.incomeRange());
            case USER_PERSONALITY_TRAITS -> personalityIsComplete(profile.userPersonalityTraits());
            case PARTNER_FACE_DESCRIPTION -> hasText(profile.partnerFaceDescription());
            case CHILDREN_INFO -> childrenAreComplete(profile.childrenInfo());
            case CURRENT_PARTNER -> partnerIsComplete(profile.currentPartner());
            case IDEAL_PARTNER -> partnerIsComplete(profile.idealPartner());
        };
    }

    /** The user's Big Five: at least {@value #MIN_PERSONALITY_TRAITS} traits present. */
    public static boolean personalityIsComplete(BigFive traits) {
        return traits != null && traits.count() >= MIN_PERSONALITY_TRAITS;
    }

    /** A partner: name, temperament and appearance present. */
    public static boolean partnerIsComplete(Partner partner) {
        return partner != null && hasText(partner.name()) && hasText(partner.temperament())
                && hasText(partner.appearance());
    }

    /** The children: at least one child with both a gender and a name. */
    public static boolean childrenAreComplete(List<ChildWish> children) {
        return children != null && children.stream()
                .anyMatch(child -> child != null && child.desiredGender() != null && hasText(child.name()));
    }

    /**
     * The incomplete required fields: the base fields in order, then the partner the status
     * requires. Without a status, {@link ProfileField#RELATIONSHIP_STATUS} is among them.
     */
    public static List<ProfileField> missingFields(UserProfile profile) {
        List<ProfileField> missing = new ArrayList<>();
        for (ProfileField field : ProfileField.BASE) {
            if (!isFieldComplete(profile, field)) {
                missing.add(field);
            }
        }
        requiredPartnerField(profile).filter(field -> !isFieldComplete(profile, field)).ifPresent(missing::add);
        return List.copyOf(missing);
    }

    /** Whether the family can be created: nothing is missing. */
    public static boolean isComplete(UserProfile profile) {
        return missingFields(profile).isEmpty();
    }

    /**
     * Field by field: the eight base fields, then the partner the status requires (if the status
     * is known), each mapped to whether it is complete. Iterates in the reference order.
     */
    public static Map<ProfileField, Boolean> fieldProgress(UserProfile profile) {
        Map<ProfileField, Boolean> progress = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.BASE) {
            progress.put(field, isFieldComplete(profile, field));
        }
        requiredPartnerField(profile).ifPresent(field -> progress.put(field, isFieldComplete(profile, field)));
        return Collections.unmodifiableMap(progress);
    }

    /**
     * Progress by the categories the reference frontend displays, in this order:
     * <ul>
     * <li>{@value #BASIC_INFO}: age, gender, location, income_range (total 4);</li>
     * <li>{@value #RELATIONSHIP}: relationship_status, the partner it requires, and
     * partner_face_description (total 3; while the status is unknown the partner cannot be
     * collected);</li>
     * <li>{@value #PERSONALITY}: user_personality_traits (total 1);</li>
     * <li>{@value #CHILDREN_INFO}: children_info (total 1).</li>
     * </ul>
     * These are the frontend's own category names; the partner's looks belong to the relationship
     * because the frontend has no partner category. The totals are fixed, so the bar never jumps
     * back when the status becomes known.
     */
    public static Map<String, Progress> informationProgress(UserProfile profile) {
        Map<String, Progress> progress = new LinkedHashMap<>();
        progress.put(BASIC_INFO, count(profile, List.of(ProfileField.AGE, ProfileField.GENDER, ProfileField.LOCATION,
                ProfileField.INCOME_RANGE)));
        int relationship = (isFieldComplete(profile, ProfileField.RELATIONSHIP_STATUS) ? 1 : 0)
                + (requiredPartnerField(profile).filter(field -> isFieldComplete(profile, field)).isPresent() ? 1 : 0)
                + (isFieldComplete(profile, ProfileField.PARTNER_FACE_DESCRIPTION) ? 1 : 0);
        progress.put(RELATIONSHIP, new Progress(relationship, 3));
        progress.put(PERSONALITY, count(profile, List.of(ProfileField.USER_PERSONALITY_TRAITS)));
        progress.put(CHILDREN_INFO, count(profile, List.of(ProfileField.CHILDREN_INFO)));
        return Collections.unmodifiableMap(progress);
    }

    /**
     * Percentage of the nine required fields (eight base fields and one partner) that are complete,
     * rounded down, so 100 means complete.
     */
    public static int percentComplete(UserProfile profile) {
        int collected = (int) ProfileField.BASE.stream().filter(field -> isFieldComplete(profile, field)).count();
        if (requiredPartnerField(profile).filter(field -> isFieldComplete(profile, field)).isPresent()) {
            collected++;
        }
        return collected * 100 / REQUIRED_TOTAL;
    }

    /**
     * What exactly is missing inside the composite fields, for prompts and error bodies
     * (reference {@code collect_missing_field_details}), in this order:
     * <ul>
     * <li>{@code user_personality_traits.<trait>} for as many missing traits (in the order O, C, E,
     * A, N) as are still needed to reach {@value #MIN_PERSONALITY_TRAITS};</li>
     * <li>for the partner the status requires only: {@code <partner>.name},
     * {@code <partner>.temperament}, {@code <partner>.appearance}, each when missing;</li>
     * <li>{@code children_info} when no child has both a gender and a name.</li>
     * </ul>
     * Simple fields are not repeated here; they are in {@link #missingFields(UserProfile)}.
     */
    public static List<String> missingFieldDetails(UserProfile profile) {
        List<String> details = new ArrayList<>();
        BigFive traits = profile.userPersonalityTraits() == null
                ? new BigFive(null, null, null, null, null)
                : profile.userPersonalityTraits();
        int needed = MIN_PERSONALITY_TRAITS - traits.count();
        for (BigFive.Trait trait : BigFive.Trait.values()) {
            if (needed <= 0) {
                break;
            }
            if (trait.valueIn(traits) == null) {
                details.add(ProfileField.USER_PERSONALITY_TRAITS.jsonName() + "." + trait.jsonName());
                needed--;
            }
        }
        requiredPartnerField(profile).ifPresent(field -> {
            Partner partner = profile.partner(profile.relationshipStatus().partnerField());
            String prefix = field.jsonName() + ".";
            if (partner == null || !hasText(partner.name())) {
                details.add(prefix + "name");
            }
            if (partner == null || !hasText(partner.temperament())) {
                details.add(prefix + "temperament");
            }
            if (partner == null || !hasText(partner.appearance())) {
                details.add(prefix + "appearance");
            }
        });
        if (!isFieldComplete(profile, ProfileField.CHILDREN_INFO)) {
            details.add(ProfileField.CHILDREN_INFO.jsonName());
        }
        return List.copyOf(details);
    }

    private static Progress count(UserProfile profile, List<ProfileField> fields) {
        int collected = (int) fields.stream().filter(field -> isFieldComplete(profile, field)).count();
        return new Progress(collected, fields.size());
    }
}
