package dev.hera.agent.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.hera.model.BigFive;
import dev.hera.model.BigFive.Trait;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Gender;
import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.Persona;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

class FamilyPersonasTest {

    private static final BigFive USER = new BigFive(0.8, 0.3, 0.75, 0.6, 0.3);
    private static final BigFive PARTNER = new BigFive(0.4, 0.9, 0.3, 0.9, 0.2);

    private static UserProfile profile(Gender gender, RelationshipStatus status, List<ChildWish> children) {
        Partner partner = new Partner("けんた", null, PARTNER, "穏やかで誠実", null, null, "背が高くて短い黒髪、眼鏡");
        boolean current = status == RelationshipStatus.MARRIED || status == RelationshipStatus.PARTNERED;
        return new UserProfile(null, 32, gender, status, "大阪", "450万円", USER, "背が高くて短い黒髪、眼鏡", children,
                current ? partner : null, current ? null : partner, null, null, null, null, null);
    }

    private static final List<ChildWish> MIO_SOUMA = List.of(new ChildWish(ChildGender.GIRL, "みお", 1),
            new ChildWish(ChildGender.BOY, "そうま", 2));

    @Test
    void theFamilyIsBoundToTheNamesThePersonGave() {
        List<Persona> family = FamilyPersonas.build(profile(Gender.FEMALE, RelationshipStatus.SINGLE, MIO_SOUMA), Language.JA, 42);
        assertEquals(List.of("けんた", "みお", "そうま"), family.stream().map(Persona::name).toList());
        assertEquals(List.of("夫", "長女", "長男"), family.stream().map(Persona::role).toList());
        assertEquals(List.of(Persona.PARTNER, Persona.CHILD, Persona.CHILD), family.stream().map(Persona::relation).toList());
        assertEquals(ChildGender.GIRL, family.get(1).gender());
        assertTrue(family.get(0).background().contains("穏やかで誠実"));
        assertTrue(family.get(0).background().contains("眼鏡"));
    }

    @ParameterizedTest
    @CsvSource({ "MALE, JA, 妻", "FEMALE, JA, 夫", "OTHER, JA, パートナー", "MALE, EN, wife", "FEMALE, EN, husband",
            "OTHER, EN, partner" })
    void thePartnersRoleFollowsThePersonsGender(Gender gender, Language language, String role) {
        assertEquals(role, FamilyPersonas.build(profile(gender, RelationshipStatus.MARRIED, MIO_SOUMA), language, 1).get(0).role());
    }

    @Test
    void rolesCountDaughtersAndSonsSeparatelyAndUnnamedChildrenGetNames() {
        List<ChildWish> children = List.of(new ChildWish(ChildGender.BOY, null, 1), new ChildWish(ChildGender.GIRL, "花", 2),
                new ChildWish(ChildGender.BOY, "陸", 3), new ChildWish(ChildGender.GIRL, null, 4));
        List<Persona> family = FamilyPersonas.build(profile(Gender.MALE, RelationshipStatus.MARRIED, children), Language.JA, 7);
        assertEquals(List.of("妻", "長男", "長女", "次男", "次女"), family.stream().map(Persona::role).toList());
        assertEquals("花", family.get(2).name());
        assertTrue(family.get(1).name().length() > 0 && family.get(4).name().length() > 0);
        assertNotEquals(family.get(1).name(), family.get(4).name());
    }

    @Test
    void theSameSessionAlwaysGetsTheSameFamilyAndAnotherSessionAnother() {
        UserProfile profile = profile(Gender.FEMALE, RelationshipStatus.PARTNERED, MIO_SOUMA);
        long seed = FamilyPersonas.seedOf("0b9f6a52-3c1e-4d2a-9f3e-7a1b2c3d4e5f");
        assertEquals(FamilyPersonas.build(profile, Language.JA, seed), FamilyPersonas.build(profile, Language.JA, seed));
        long other = FamilyPersonas.seedOf("1c9f6a52-3c1e-4d2a-9f3e-7a1b2c3d4e5f");
        assertNotEquals(FamilyPersonas.build(profile, Language.JA, seed).get(1).traits(),
                FamilyPersonas.build(profile, Language.JA, other).get(1).traits());
    }

    @Test
    void childrenTraitsAverageToTheHeritabilityFormula() {
        for (int birth = 0; birth < 3; birth++) {
            double[] sums = new double[5];
            int draws = 10_000;
            Random random = new Random(birth);
            for (int i = 0; i < draws; i++) {
                BigFive child = ChildTraitInheritance.childOf(USER, PARTNER, birth, random);
                for (Trait trait : Trait.values()) {
                    double value = trait.valueIn(child);
                    assertTrue(value >= 0 && value <= 1);
                    sums[trait.ordinal()] += value;
                }
            }
            for (Trait trait : Trait.values()) {
                double expected = ChildTraitInheritance.expected(USER, PARTNER, trait, birth);
                assertEquals(expected, sums[trait.ordinal()] / draws, 0.01, trait + " of child " + birth);
            }
        }
    }

    @Test
    void withAFixedSeedTheChildsTraitsAreExactlyTheFormula() {
        for (int birth = 0; birth < 4; birth++) {
            BigFive child = ChildTraitInheritance.childOf(USER, PARTNER, birth, new java.util.SplittableRandom(1234));
            java.util.SplittableRandom same = new java.util.SplittableRandom(1234);
            for (Trait trait : Trait.values()) {
                double h = switch (trait) {
                    case OPENNESS -> 0.57;
                    case CONSCIENTIOUSNESS -> 0.49;
                    case EXTRAVERSION -> 0.54;
                    case AGREEABLENESS -> 0.42;
                    case NEUROTICISM -> 0.48;
                };
                double[] adjustment = switch (trait) {
                    case OPENNESS -> new double[] { -0.02, 0.05, 0.06 };
                    case CONSCIENTIOUSNESS -> new double[] { 0.05, -0.03, -0.04 };
                    case EXTRAVERSION -> new double[] { -0.02, 0.04, 0.05 };
                    case AGREEABLENESS -> new double[] { 0.03, 0.02, 0.04 };
                    case NEUROTICISM -> new double[] { 0.01, -0.01, -0.02 };
                };
                double average = (trait.valueIn(USER) + trait.valueIn(PARTNER)) / 2;
                double environment = (0.5 + same.nextGaussian() * 0.15) * (1 - h);
                double value = Math.max(0, Math.min(1, average * h + environment + adjustment[Math.min(birth, 2)]));
                assertEquals(Math.round(value * 100) / 100.0, trait.valueIn(child), 1e-9, trait + " of child " + birth);
            }
        }
    }

    @Test
    void childrenLeanTowardTheirParents() {
        BigFive outgoing = new BigFive(0.5, 0.5, 1.0, 0.5, 0.5);
        BigFive shy = new BigFive(0.5, 0.5, 0.0, 0.5, 0.5);
        double outgoingKids = 0;
        double shyKids = 0;
        Random random = new Random(5);
        for (int i = 0; i < 500; i++) {
            outgoingKids += ChildTraitInheritance.childOf(outgoing, outgoing, 0, random).extraversion();
            shyKids += ChildTraitInheritance.childOf(shy, shy, 0, random).extraversion();
        }
        assertTrue(outgoingKids / 500 > 0.7, "children of two extraverts are outgoing");
        assertTrue(shyKids / 500 < 0.3, "children of two introverts are quiet");
    }

    @Test
    void missingParentScoresCountAsNeutral() {
        assertEquals(0.5 * 0.57 + 0.5 * 0.43 - 0.02, ChildTraitInheritance.expected(null, null, Trait.OPENNESS, 0), 1e-9);
    }

    @Test
    void wordsAndStylesFollowTheTraitsInTheSessionsLanguage() {
        BigFive lively = new BigFive(0.7, 0.3, 0.8, 0.7, 0.3);
        assertEquals(List.of("好奇心旺盛", "元気いっぱい", "思いやりがある", "楽観的"), TraitWords.of(lively, true, Language.JA));
        assertEquals(List.of("curious", "sociable", "caring", "optimistic"), TraitWords.of(lively, false, Language.EN));
        assertEquals("元気で活発な口調", TraitWords.childStyle(lively, Language.JA));
        assertEquals(List.of("明るい", "優しい"), TraitWords.of(new BigFive(0.5, 0.5, 0.5, 0.5, 0.5), true, Language.JA));
        List<Persona> en = FamilyPersonas.build(profile(Gender.MALE, RelationshipStatus.MARRIED, MIO_SOUMA), Language.EN, 3);
        assertEquals(List.of("wife", "daughter", "son"), en.stream().map(Persona::role).toList());
    }
}
