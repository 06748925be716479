package dev.hera.profile;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import dev.hera.model.BigFive;
import dev.hera.model.ChildWish;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus.PartnerField;
import dev.hera.model.UserProfile;

/**
 * Applies what was learned in one turn (a profile fragment) to the stored profile. Unlike the
 * reference, which replaced whole fields, nothing gathered earlier is lost:
 * <ul>
 * <li><b>Simple fields</b>: a value in the fragment replaces the stored one; an absent or blank
 * value changes nothing.</li>
 * <li><b>Big Five</b> (the user's and each partner's): trait by trait, the fragment's score wins.
 * A score that is not a number in [0, 1] never overwrites a stored score; with nothing stored it
 * becomes 0.5.</li>
 * <li><b>Partners</b>: sub-field by sub-field, so a fragment with only a temperament keeps the
 * stored name and appearance; hobbies are added to the stored ones.</li>
 * <li><b>Interests</b> are added to the stored ones; <b>lifestyle</b> entries are merged key by key.</li>
 * <li><b>Children</b> are matched, each stored child at most once per merge:
 * <ol>
 * <li>a fragment child with a name updates the stored child of the same name (ignoring case,
 * full/half width and surrounding spaces);</li>
 * <li>a fragment child with a new name fills the first stored child that has no name yet and no
 * other gender (so 「女の子が欲しい」 then 「名前は花」 is one daughter, not two); otherwise it is
 * appended;</li>
 * <li>a fragment child with only a gender is taken to be the first stored child of that gender;
 * failing that it gives its gender to the first stored child without one; otherwise it is
 * appended.</li>
 * </ol>
 * A fragment's values win over the stored child's; stored values the fragment lacks are kept.</li>
 * <li><b>Partner looks</b>: {@code partner_face_description} and the {@code appearance} of the
 * partner the status requires are kept in step: the side the fragment supplied wins, and a missing
 * side is filled from the other. The other partner is never touched; without a status
 * nothing is synced, and a partner that does not exist yet is not created.</li>
 * <li>{@code created_at} is kept once set, and otherwise set to now; a fragment cannot change it.</li>
 * </ul>
 * The result is pruned ({@link ProfilePruning}).
 */
public final class ProfileMerge {

    private ProfileMerge() {
    }

    /** {@link #merge(UserProfile, UserProfile, Clock)} with the system clock. */
    public static UserProfile merge(UserProfile stored, UserProfile fragment) {
        return merge(stored, fragment, Clock.systemUTC());
    }

    /**
     * The stored profile with the fragment applied; either may be null (as if empty).
     *
     * @param clock gives {@code created_at} when the stored profile has none
     */
    public static UserProfile merge(UserProfile stored, UserProfile fragment, Clock clock) {
        UserProfile old = ProfilePruning.prune(stored);
        UserProfile add = ProfilePruning.prune(fragment);
        Instant createdAt = old.createdAt() != null ? old.createdAt() : Instant.now(clock);
        UserProfile merged = new UserProfile(
                latest(old.userName(), add.userName()),
                latest(old.age(), add.age()),
                latest(old.gender(), add.gender()),
                latest(old.relationshipStatus(), add.relationshipStatus()),
                latest(old.location(), add.location()),
                latest(old.incomeRange(), add.incomeRange()),
                traits(old.userPersonalityTraits(), add.userPersonalityTraits()),
                latest(old.partnerFaceDescription(), add.partnerFaceDescription()),
                children(old.childrenInfo(), add.childrenInfo()),
                partner(old.currentPartner(), add.currentPartner()),
                partner(old.idealPartner(), add.idealPartner()),
                union(old.interests(), add.interests()),
                latest(old.workStyle(), add.workStyle()),
                latest(old.futureCareer(), add.futureCareer()),
                lifestyle(old.lifestyle(), add.lifestyle()),
                createdAt);
        return ProfilePruning.prune(syncPartnerLooks(merged, add));
    }

    private static UserProfile syncPartnerLooks(UserProfile merged, UserProfile fragment) {
        if (merged.relationshipStatus() == null) {
            return merged;
        }
        PartnerField field = merged.relationshipStatus().partnerField();
        Partner partner = merged.partner(field);
        String face = merged.partnerFaceDescription();
        String appearance = partner == null ? null : partner.appearance();
        boolean faceIsNew = fragment.partnerFaceDescription() != null;
        boolean appearanceIsNew = fragment.partner(field) != null && fragment.partner(field).appearance() != null;

        if (partner != null && face != null && (appearance == null || (faceIsNew && !appearanceIsNew))) {
            return merged.withPartner(field, partner.withAppearance(face));
        }
        if (appearance != null && (face == null || (appearanceIsNew && !faceIsNew))) {
            return merged.withPartnerFaceDescription(appearance);
        }
        return merged;
    }

    private static Partner partner(Partner old, Partner add) {
        if (old == null || add == null) {
            return add == null ? old : partnerTraitsSanitized(add);
        }
        return new Partner(
                latest(old.name(), add.name()),
                latest(old.age(), add.age()),
                traits(old.personalityTraits(), add.personalityTraits()),
                latest(old.temperament(), add.temperament()),
                union(old.hobbies(), add.hobbies()),
                latest(old.speakingStyle(), add.speakingStyle()),
                latest(old.appearance(), add.appearance()));
    }

    private static Partner partnerTraitsSanitized(Partner partner) {
        BigFive traits = partner.personalityTraits();
        return traits == null ? partner
                : new Partner(partner.name(), partner.age(), traits.sanitized(), partner.temperament(),
                        partner.hobbies(), partner.speakingStyle(), partner.appearance());
    }

    private static BigFive traits(BigFive old, BigFive add) {
        if (add == null) {
            return old;
        }
        if (old == null) {
            return add.sanitized();
        }
        // invalid new scores fall back to the stored score first, and only then to 0.5
        return add.sanitized().merge(old).merge(validOnly(add)).sanitized();
    }

    private static BigFive validOnly(BigFive scores) {
        return new BigFive(valid(scores.openness()), valid(scores.conscientiousness()), valid(scores.extraversion()),
                valid(scores.agreeableness()), valid(scores.neuroticism()));
    }

    private static Double valid(Double score) {
        return score != null && Double.isFinite(score) && score >= 0.0 && score <= 1.0 ? score : null;
    }

    private static List<ChildWish> children(List<ChildWish> old, List<ChildWish> add) {
        if (add == null) {
            return old;
        }
        List<ChildWish> result = old == null ? new ArrayList<>() : new ArrayList<>(old);
        boolean[] matched = new boolean[result.size()];
        List<ChildWish> unmatched = new ArrayList<>();
        for (ChildWish child : add) {
            int index = child.name() == null ? -1 : find(result, matched, stored -> sameName(stored.name(), child.name()));
            if (index >= 0) {
                result.set(index, update(result.get(index), child));
                matched[index] = true;
            } else {
                unmatched.add(child);
            }
        }
        for (ChildWish child : unmatched) {
            int index;
            if (child.name() != null) {
                index = find(result, matched, stored -> stored.name() == null
                        && (stored.desiredGender() == null || child.desiredGender() == null
                                || stored.desiredGender() == child.desiredGender()));
            } else {
                index = find(result, matched, stored -> stored.desiredGender() == child.desiredGender());
                if (index < 0) {
                    index = find(result, matched, stored -> stored.desiredGender() == null);
                }
            }
            if (index >= 0) {
                result.set(index, update(result.get(index), child));
                matched[index] = true;
            } else {
                result.add(child); // appended children are never matched again in this merge
            }
        }
        return result.size() > UserProfile.MAX_CHILDREN ? List.copyOf(result.subList(0, UserProfile.MAX_CHILDREN)) : result;
    }

    /** The first stored child (not one appended in this merge) not yet matched that passes the test. */
    private static int find(List<ChildWish> children, boolean[] matched, Predicate<ChildWish> test) {
        for (int i = 0; i < matched.length; i++) {
            if (!matched[i] && test.test(children.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static ChildWish update(ChildWish stored, ChildWish newer) {
        return new ChildWish(latest(stored.desiredGender(), newer.desiredGender()), latest(stored.name(), newer.name()),
                latest(stored.order(), newer.order()));
    }

    private static boolean sameName(String a, String b) {
        return a != null && b != null && nameKey(a).equals(nameKey(b));
    }

    private static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> union(List<String> old, List<String> add) {
        if (old == null || add == null) {
            return add == null ? old : add;
        }
        LinkedHashSet<String> all = new LinkedHashSet<>(old);
        all.addAll(add);
        return List.copyOf(all);
    }

    private static Map<String, String> lifestyle(Map<String, String> old, Map<String, String> add) {
        if (old == null || add == null) {
            return add == null ? old : add;
        }
        Map<String, String> all = new LinkedHashMap<>(old);
        all.putAll(add);
        return Collections.unmodifiableMap(all);
    }

    private static <T> T latest(T old, T add) {
        return add != null ? add : old;
    }
}
