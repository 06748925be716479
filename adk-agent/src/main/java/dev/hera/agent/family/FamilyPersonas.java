package dev.hera.agent.family;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import dev.hera.model.BigFive;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Gender;
import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.Persona;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileRules;

/**
 * The future family of a complete profile: the partner first (the one the relationship status
 * calls for), then each wished-for child in order — bound to the names the person gave,
 * children's Big Five inherited from both parents with a random source seeded by the session
 * (same session, same family), voices and words from their traits.
 */
public final class FamilyPersonas {

    private static final List<String> GIRL_NAMES_JA = List.of("さくら", "ゆい", "はな", "あおい");
    private static final List<String> BOY_NAMES_JA = List.of("ゆう", "そうた", "はると", "りく");
    private static final List<String> GIRL_NAMES_EN = List.of("Lily", "Mia", "Grace", "Ava");
    private static final List<String> BOY_NAMES_EN = List.of("Noah", "Leo", "Sam", "Max");
    private static final BigFive NEUTRAL = new BigFive(0.5, 0.5, 0.5, 0.5, 0.5);

    private FamilyPersonas() {
    }

    /** The seed of a session's family: the same session id always gives the same children. */
    public static long seedOf(String sessionId) {
        UUID id = UUID.fromString(sessionId);
        return id.getMostSignificantBits() ^ id.getLeastSignificantBits();
    }

    public static List<Persona> build(UserProfile profile, Language language, long seed) {
        List<Persona> family = new ArrayList<>();
        Partner partner = partnerOf(profile);
        BigFive partnerTraits = partner.personalityTraits() == null ? NEUTRAL : fill(partner.personalityTraits().sanitized());
        family.add(new Persona("partner", partnerRole(profile, language), nameOr(partner.name(), language),
                Persona.PARTNER, partner.age() != null ? partner.age() : profile.age(), null, partnerTraits,
                partner.speakingStyle() != null ? partner.speakingStyle() : TraitWords.partnerStyle(partnerTraits, language),
                TraitWords.of(partnerTraits, false, language), partnerBackground(profile, partner, language)));

        List<ChildWish> children = profile.childrenInfo() == null ? List.of() : profile.childrenInfo().stream()
                .sorted(Comparator.comparing((ChildWish c) -> c.order() == null ? Integer.MAX_VALUE : c.order()))
                .toList();
        BigFive userTraits = profile.userPersonalityTraits() == null ? null : profile.userPersonalityTraits().sanitized();
        int girls = 0;
        int boys = 0;
        for (int index = 0; index < children.size(); index++) {
            ChildWish wish = children.get(index);
            ChildGender gender = wish.desiredGender();
            int sameGenderRank = gender == ChildGender.GIRL ? ++girls : gender == ChildGender.BOY ? ++boys : 0;
            BigFive traits = ChildTraitInheritance.childOf(userTraits, partnerTraits, index, new SplittableRandom(seed * 31 + index));
            family.add(new Persona("child_" + (index + 1), childRole(gender, sameGenderRank, index, language),
                    ProfileRules.hasText(wish.name()) ? wish.name().strip() : defaultChildName(gender, index, language),
                    Persona.CHILD, Math.max(3, 7 - 2 * index), gender, traits, TraitWords.childStyle(traits, language),
                    TraitWords.of(traits, true, language), null));
        }
        return List.copyOf(family);
    }

    /** The partner the status calls for; the other one when only that one is known. */
    static Partner partnerOf(UserProfile profile) {
        Partner required = profile.requiredPartnerField().map(profile::partner).orElse(null);
        if (required != null) {
            return required;
        }
        if (profile.currentPartner() != null) {
            return profile.currentPartner();
        }
        if (profile.idealPartner() != null) {
            return profile.idealPartner();
        }
        return new Partner(null, null, null, null, null, null, profile.partnerFaceDescription());
    }

    /** 妻 for a man's partner, 夫 for a woman's, パートナー otherwise (nothing depends on this label). */
    static String partnerRole(UserProfile profile, Language language) {
        boolean en = language == Language.EN;
        Gender gender = profile.gender();
        if (gender == Gender.MALE) {
            return en ? "wife" : "妻";
        }
        if (gender == Gender.FEMALE) {
            return en ? "husband" : "夫";
        }
        return en ? "partner" : "パートナー";
    }

    static String childRole(ChildGender gender, int sameGenderRank, int index, Language language) {
        if (language == Language.EN) {
            return gender == ChildGender.GIRL ? "daughter" : gender == ChildGender.BOY ? "son" : "child";
        }
        if (gender == ChildGender.GIRL) {
            return List.of("長女", "次女", "三女").get(Math.min(sameGenderRank, 3) - 1);
        }
        if (gender == ChildGender.BOY) {
            return List.of("長男", "次男", "三男").get(Math.min(sameGenderRank, 3) - 1);
        }
        return "第" + (index + 1) + "子";
    }

    private static String defaultChildName(ChildGender gender, int index, Language language) {
        boolean en = language == Language.EN;
        if (gender == ChildGender.GIRL) {
            return (en ? GIRL_NAMES_EN : GIRL_NAMES_JA).get(index % 4);
        }
        if (gender == ChildGender.BOY) {
            return (en ? BOY_NAMES_EN : BOY_NAMES_JA).get(index % 4);
        }
        return en ? "Child " + (index + 1) : "お子さん" + (index + 1);
    }

    private static String nameOr(String name, Language language) {
        if (ProfileRules.hasText(name)) {
            return name.strip();
        }
        return language == Language.EN ? "your future partner" : "未来のパートナー";
    }

    private static String partnerBackground(UserProfile profile, Partner partner, Language language) {
        boolean en = language == Language.EN;
        List<String> parts = new ArrayList<>();
        if (ProfileRules.hasText(partner.temperament())) {
            parts.add((en ? "Temperament: " : "性格: ") + partner.temperament().strip());
        }
        String looks = ProfileRules.hasText(partner.appearance()) ? partner.appearance() : profile.partnerFaceDescription();
        if (ProfileRules.hasText(looks)) {
            parts.add((en ? "Looks: " : "外見の特徴: ") + looks.strip());
        }
        if (partner.hobbies() != null && !partner.hobbies().isEmpty()) {
            parts.add((en ? "Hobbies: " : "趣味: ") + String.join(en ? ", " : "、", partner.hobbies()));
        }
        if (profile.relationshipStatus() == RelationshipStatus.SINGLE || profile.relationshipStatus() == RelationshipStatus.OTHER) {
            parts.add(en ? "The partner you dream of" : "あなたが思い描く理想のパートナー");
        }
        return parts.isEmpty() ? (en ? "Cherishes the family you will build" : "未来の家庭像を大切にしている")
                : String.join(" / ", parts);
    }

    private static BigFive fill(BigFive traits) {
        return NEUTRAL.merge(traits);
    }
}
