package dev.hera.profile;

import static dev.hera.profile.ProfileRules.hasText;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.hera.model.BigFive;
import dev.hera.model.ChildWish;
import dev.hera.model.Partner;
import dev.hera.model.UserProfile;

/**
 * Removes empty values from a profile (reference {@code prune_empty_fields}), so that what is
 * stored and served holds only what the user actually said:
 * <ul>
 * <li>blank strings become absent;</li>
 * <li>list items that are null or blank are dropped, and an empty list becomes absent;</li>
 * <li>lifestyle entries with a blank key or value are dropped, and an empty map becomes absent;</li>
 * <li>a child with neither a gender nor a name is dropped;</li>
 * <li>a partner or a Big Five with nothing left becomes absent.</li>
 * </ul>
 * Numbers (0 included) and enum values are kept. Pruning twice gives the same result as once.
 */
public final class ProfilePruning {

    private ProfilePruning() {
    }

    /** The pruned profile; a null profile gives {@link UserProfile#empty()}. */
    public static UserProfile prune(UserProfile profile) {
        if (profile == null) {
            return UserProfile.empty();
        }
        return new UserProfile(
                text(profile.userName()),
                profile.age(),
                profile.gender(),
                profile.relationshipStatus(),
                text(profile.location()),
                text(profile.incomeRange()),
                prune(profile.userPersonalityTraits()),
                text(profile.partnerFaceDescription()),
                children(profile.childrenInfo()),
                prune(profile.currentPartner()),
                prune(profile.idealPartner()),
                texts(profile.interests()),
                text(profile.workStyle()),
                text(profile.futureCareer()),
                lifestyle(profile.lifestyle()),
                profile.createdAt());
    }

    /** The pruned partner, or null when nothing is left. */
    public static Partner prune(Partner partner) {
        if (partner == null) {
            return null;
        }
        Partner pruned = new Partner(text(partner.name()), partner.age(), prune(partner.personalityTraits()),
                text(partner.temperament()), texts(partner.hobbies()), text(partner.speakingStyle()),
                text(partner.appearance()));
        return pruned.equals(new Partner(null, null, null, null, null, null, null)) ? null : pruned;
    }

    /** The Big Five, or null when no trait has a value. */
    public static BigFive prune(BigFive traits) {
        return traits == null || traits.count() == 0 ? null : traits;
    }

    private static List<ChildWish> children(List<ChildWish> children) {
        if (children == null) {
            return null;
        }
        List<ChildWish> kept = children.stream()
                .filter(Objects::nonNull)
                .map(child -> new ChildWish(child.desiredGender(), text(child.name()), child.order()))
                .filter(child -> child.desiredGender() != null || child.name() != null)
                .limit(UserProfile.MAX_CHILDREN)
                .toList();
        return kept.isEmpty() ? null : kept;
    }

    private static List<String> texts(List<String> items) {
        if (items == null) {
            return null;
        }
        List<String> kept = items.stream().filter(ProfileRules::hasText).toList();
        return kept.isEmpty() ? null : kept;
    }

    private static Map<String, String> lifestyle(Map<String, String> entries) {
        if (entries == null) {
            return null;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        entries.forEach((key, value) -> {
            if (hasText(key) && hasText(value)) {
                kept.put(key, value);
            }
        });
        return kept.isEmpty() ? null : Collections.unmodifiableMap(kept);
    }

    private static String text(String value) {
        return hasText(value) ? value : null;
    }
}
