package dev.hera.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.hera.model.BigFive;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Gender;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

class ProfileMergeTest {

    private static final Instant T0 = Instant.parse("2025-10-28T06:15:12Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private static final Partner KENTA = new Partner("健太", null, null, "穏やかで誠実", null, null, "背が高い");

    private static UserProfile merge(UserProfile stored, UserProfile fragment) {
        return ProfileMerge.merge(stored, fragment, CLOCK);
    }

    private static Partner partner(String name, String temperament, String appearance) {
        return new Partner(name, null, null, temperament, null, null, appearance);
    }

    // ---- D6: nothing gathered earlier is lost ----

    @Test
    @DisplayName("D6: a fragment partner with only hobbies keeps the stored name, temperament and appearance")
    void d6PartialPartnerKeepsSubFields() {
        UserProfile stored = Profiles.empty().idealPartner(KENTA).build();
        Partner hobbiesOnly = new Partner(null, null, null, null, List.of("料理", "旅行"), null, null);
        Partner merged = merge(stored, Profiles.empty().idealPartner(hobbiesOnly).build()).idealPartner();
        assertEquals(new Partner("健太", null, null, "穏やかで誠実", List.of("料理", "旅行"), null, "背が高い"), merged);
    }

    @Test
    @DisplayName("D6: a fragment partner replaces only the sub-fields it has")
    void d6PartnerSubFieldReplaced() {
        UserProfile stored = Profiles.empty().currentPartner(KENTA).build();
        Partner merged = merge(stored, Profiles.empty().currentPartner(partner(null, "明るく社交的", null)).build())
                .currentPartner();
        assertEquals(partner("健太", "明るく社交的", "背が高い"), merged);
    }

    @Test
    @DisplayName("D6: a fragment with a new child keeps the children gathered earlier")
    void d6ChildrenNotErased() {
        UserProfile stored = Profiles.empty().children(List.of(new ChildWish(ChildGender.GIRL, "花", 1))).build();
        UserProfile fragment = Profiles.empty().children(List.of(new ChildWish(ChildGender.BOY, "太郎", 2))).build();
        assertEquals(List.of(new ChildWish(ChildGender.GIRL, "花", 1), new ChildWish(ChildGender.BOY, "太郎", 2)),
                merge(stored, fragment).childrenInfo());
    }

    @Test
    @DisplayName("simple fields: a fragment value replaces the stored one, an absent or blank one changes nothing")
    void scalarsReplaceOnlyWhenPresent() {
        UserProfile stored = Profiles.empty().age(30).gender(Gender.FEMALE).location("大阪府").incomeRange("400万円")
                .build();
        UserProfile fragment = Profiles.empty().age(31).location("  ").incomeRange(null).userName("美咲").build();
        UserProfile merged = merge(stored, fragment);
        assertEquals(31, merged.age());
        assertEquals(Gender.FEMALE, merged.gender());
        assertEquals("大阪府", merged.location());
        assertEquals("400万円", merged.incomeRange());
        assertEquals("美咲", merged.userName(), "D26: the user's name is kept in the profile");
    }

    @Test
    @DisplayName("an empty fragment leaves a stored profile as it was")
    void emptyFragmentChangesNothing() {
        UserProfile stored = Profiles.complete(RelationshipStatus.MARRIED).createdAt(T0.minusSeconds(60)).build();
        assertEquals(stored, merge(stored, UserProfile.empty()));
        assertEquals(stored, merge(stored, null));
    }

    // ---- Big Five ----

    @Test
    @DisplayName("Big Five are merged trait by trait; the fragment's score wins")
    void bigFiveTraitByTrait() {
        UserProfile stored = Profiles.empty().traits(new BigFive(0.7, 0.8, null, null, null)).build();
        UserProfile fragment = Profiles.empty().traits(new BigFive(0.2, null, 0.3, null, null)).build();
        assertEquals(new BigFive(0.2, 0.8, 0.3, null, null), merge(stored, fragment).userPersonalityTraits());
    }

    @ParameterizedTest(name = "{0} → 0.5")
    @ValueSource(doubles = { 1.7, -0.1, 75.0, Double.NaN, Double.POSITIVE_INFINITY })
    @DisplayName("§4.4: an invalid trait score becomes 0.5 when nothing is known, but never overwrites a known score")
    void invalidScoresBecomeNeutral(double score) {
        BigFive bad = new BigFive(score, 0.8, score, null, null);
        UserProfile stored = Profiles.empty().traits(new BigFive(0.9, null, null, null, null)).build();
        UserProfile fragment = Profiles.empty()
                .traits(bad)
                .idealPartner(new Partner("健太", null, bad, null, null, null, null))
                .build();
        UserProfile merged = merge(stored, fragment);
        assertEquals(new BigFive(0.9, 0.8, 0.5, null, null), merged.userPersonalityTraits());
        assertEquals(new BigFive(0.5, 0.8, 0.5, null, null), merged.idealPartner().personalityTraits());
    }

    @ParameterizedTest(name = "{0} is kept")
    @ValueSource(doubles = { 0.0, 1.0, 0.25 })
    @DisplayName("§4.4: scores in [0, 1], bounds included, are kept as given")
    void validScoresKept(double score) {
        UserProfile merged = merge(null, Profiles.empty().traits(new BigFive(null, null, score, null, score)).build());
        assertEquals(new BigFive(null, null, score, null, score), merged.userPersonalityTraits());
    }

    // ---- children ----

    @ParameterizedTest(name = "\"{0}\" matches \"Hana\"")
    @ValueSource(strings = { "hana", "HANA", "ＨＡＮＡ", " Hana " })
    @DisplayName("children are matched by name ignoring case, width and surrounding spaces")
    void childMatchedByNormalisedName(String sameName) {
        UserProfile stored = Profiles.empty().children(List.of(new ChildWish(ChildGender.GIRL, "Hana", null))).build();
        UserProfile fragment = Profiles.empty().children(List.of(new ChildWish(null, sameName, 1))).build();
        List<ChildWish> children = merge(stored, fragment).childrenInfo();
        assertEquals(1, children.size());
        assertEquals(ChildGender.GIRL, children.get(0).desiredGender());
        assertEquals(1, children.get(0).order());
    }

    @Test
    @DisplayName("「女の子が欲しい」 then 「名前は花」 is one daughter, not two")
    void nameFillsNamelessChildOfSameGender() {
        UserProfile stored = Profiles.empty().children(List.of(new ChildWish(ChildGender.GIRL, null, null))).build();
        UserProfile fragment = Profiles.empty().children(List.of(new ChildWish(ChildGender.GIRL, "花", null))).build();
        assertEquals(List.of(new ChildWish(ChildGender.GIRL, "花", null)), merge(stored, fragment).childrenInfo());
    }

    @Test
    @DisplayName("a named child of the other gender does not take over a nameless child")
    void nameOfOtherGenderIsAppended() {
        UserProfile stored = Profiles.empty().children(List.of(new ChildWish(ChildGender.BOY, null, null))).build();
        UserProfile fragment = Profiles.empty().children(List.of(new ChildWish(ChildGender.GIRL, "花", null))).build();
        assertEquals(List.of(new ChildWish(ChildGender.BOY, null, null), new ChildWish(ChildGender.GIRL, "花", null)),
                merge(stored, fragment).childrenInfo());
    }

    @Test
    @DisplayName("a gender alone fills the stored child that has a name but no gender")
    void genderFillsChildWithoutGender() {
        UserProfile stored = Profiles.empty().children(List.of(new ChildWish(ChildGender.GIRL, "花", 1),
                new ChildWish(null, "陽太", 2))).build();
        UserProfile fragment = Profiles.empty().children(List.of(new ChildWish(ChildGender.BOY, null, null))).build();
        assertEquals(List.of(new ChildWish(ChildGender.GIRL, "花", 1), new ChildWish(ChildGender.BOY, "陽太", 2)),
                merge(stored, fragment).childrenInfo());
    }

    @Test
    @DisplayName("a gender repeated by the model does not add a child; a second one of that gender does")
    void repeatedGenderCountsChildren() {
        UserProfile stored = Profiles.empty().children(List.of(new ChildWish(ChildGender.GIRL, "花", 1))).build();
        ChildWish girl = new ChildWish(ChildGender.GIRL, null, null);
        assertEquals(stored.childrenInfo(),
                merge(stored, Profiles.empty().children(List.of(girl)).build()).childrenInfo());
        assertEquals(List.of(new ChildWish(ChildGender.GIRL, "花", 1), girl),
                merge(stored, Profiles.empty().children(List.of(girl, girl)).build()).childrenInfo());
    }

    @Test
    @DisplayName("a family keeps at most five wished-for children, the first ones, however many are asked for")
    void childrenAreBounded() {
        List<ChildWish> eight = java.util.stream.IntStream.rangeClosed(1, 8)
                .mapToObj(i -> new ChildWish(i % 2 == 0 ? ChildGender.BOY : ChildGender.GIRL, "子" + i, i)).toList();
        List<ChildWish> merged = merge(Profiles.empty().children(List.of(eight.get(0))).build(),
                Profiles.empty().children(eight.subList(1, 8)).build()).childrenInfo();
        assertEquals(eight.subList(0, UserProfile.MAX_CHILDREN), merged);
        assertEquals(UserProfile.MAX_CHILDREN,
                ProfilePruning.prune(Profiles.empty().children(eight).build()).childrenInfo().size());
    }

    @Test
    @DisplayName("fragment children with neither gender nor name are ignored")
    void emptyFragmentChildIgnored() {
        UserProfile stored = Profiles.empty().children(List.of(new ChildWish(ChildGender.GIRL, "花", 1))).build();
        UserProfile fragment = Profiles.empty().children(List.of(new ChildWish(null, " ", 3))).build();
        assertEquals(stored.childrenInfo(), merge(stored, fragment).childrenInfo());
    }

    // ---- partner looks (D25) ----

    @Test
    @DisplayName("D25: when married, the face description goes into the current partner only, never the ideal one")
    void d25FaceSyncedOnlyToCurrentPartner() {
        UserProfile stored = Profiles.empty().relationshipStatus(RelationshipStatus.MARRIED)
                .currentPartner(partner("健太", "穏やか", null)).idealPartner(partner("理想の人", "明るい", null)).build();
        UserProfile merged = merge(stored, Profiles.empty().face("切れ長の目").build());
        assertEquals("切れ長の目", merged.currentPartner().appearance());
        assertNull(merged.idealPartner().appearance());
        assertTrue(ProfileRules.isFieldComplete(merged, ProfileField.CURRENT_PARTNER));
        assertTrue(!ProfileRules.isFieldComplete(merged, ProfileField.IDEAL_PARTNER));
    }

    @Test
    @DisplayName("D25: when single, the face description goes into the ideal partner only, never the current one")
    void d25FaceSyncedOnlyToIdealPartner() {
        UserProfile stored = Profiles.empty().relationshipStatus(RelationshipStatus.SINGLE)
                .currentPartner(partner("元彼", "冷たい", null)).idealPartner(partner("理想の人", "明るい", null)).build();
        UserProfile merged = merge(stored, Profiles.empty().face("優しい目").build());
        assertEquals("優しい目", merged.idealPartner().appearance());
        assertNull(merged.currentPartner().appearance());
    }

    @Test
    @DisplayName("the required partner's appearance fills a missing face description")
    void appearanceFillsFaceDescription() {
        UserProfile stored = Profiles.empty().relationshipStatus(RelationshipStatus.PARTNERED).build();
        UserProfile fragment = Profiles.empty().currentPartner(partner("健太", null, "短髪で色黒"))
                .idealPartner(partner("理想", null, "丸顔")).build();
        assertEquals("短髪で色黒", merge(stored, fragment).partnerFaceDescription());
    }

    @Test
    @DisplayName("the side the fragment supplies wins: a new face description updates the partner's appearance")
    void newFaceDescriptionWins() {
        UserProfile stored = Profiles.complete(RelationshipStatus.SINGLE).build();
        UserProfile merged = merge(stored, Profiles.empty().face("眼鏡をかけている").build());
        assertEquals("眼鏡をかけている", merged.partnerFaceDescription());
        assertEquals("眼鏡をかけている", merged.idealPartner().appearance());
    }

    @Test
    @DisplayName("the side the fragment supplies wins: a new appearance updates the face description")
    void newAppearanceWins() {
        UserProfile stored = Profiles.complete(RelationshipStatus.MARRIED).build();
        UserProfile merged = merge(stored, Profiles.empty().currentPartner(partner(null, null, "髭がある")).build());
        assertEquals("髭がある", merged.partnerFaceDescription());
        assertEquals("髭がある", merged.currentPartner().appearance());
        assertEquals("健太", merged.currentPartner().name());
    }

    @Test
    @DisplayName("without a status the looks are not synced and no partner is created")
    void noSyncWithoutStatus() {
        UserProfile stored = Profiles.empty().idealPartner(partner("健太", "穏やか", null)).build();
        UserProfile merged = merge(stored, Profiles.empty().face("丸顔").build());
        assertNull(merged.idealPartner().appearance());
        assertNull(merged.currentPartner());
        assertEquals("丸顔", merged.partnerFaceDescription());
    }

    @Test
    @DisplayName("a status that becomes known later syncs the looks into the partner it requires")
    void syncOnceStatusKnown() {
        UserProfile stored = Profiles.empty().face("丸顔").currentPartner(partner("健太", "穏やか", null)).build();
        UserProfile merged = merge(stored, Profiles.empty().relationshipStatus(RelationshipStatus.MARRIED).build());
        assertEquals("丸顔", merged.currentPartner().appearance());
        assertTrue(ProfileRules.isFieldComplete(merged, ProfileField.CURRENT_PARTNER));
    }

    // ---- created_at, lists, pruning ----

    @Test
    @DisplayName("created_at is set on the first merge and never changed afterwards, not even by a fragment")
    void createdAtSetOnce() {
        UserProfile first = merge(null, Profiles.empty().age(30).build());
        assertEquals(T0, first.createdAt());
        Clock later = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
        UserProfile second = ProfileMerge.merge(first,
                Profiles.empty().age(31).createdAt(Instant.parse("2030-01-01T00:00:00Z")).build(), later);
        assertEquals(T0, second.createdAt());
        assertEquals(31, second.age());
    }

    @Test
    @DisplayName("interests and hobbies are added without duplicates; lifestyle is merged key by key")
    void listsAndLifestyleMerged() {
        UserProfile stored = Profiles.empty().interests(List.of("映画", "料理"))
                .lifestyle(Map.of("future_hope", "海の近くに住みたい", "pets", "猫")).build();
        UserProfile fragment = Profiles.empty().interests(List.of("料理", "登山"))
                .lifestyle(Map.of("future_hope", "田舎で暮らしたい")).build();
        UserProfile merged = merge(stored, fragment);
        assertEquals(List.of("映画", "料理", "登山"), merged.interests());
        assertEquals(Map.of("future_hope", "田舎で暮らしたい", "pets", "猫"), merged.lifestyle());
    }

    @Test
    @DisplayName("the merged profile is pruned: blank strings and empty lists from either side disappear")
    void resultIsPruned() {
        UserProfile stored = Profiles.empty().location(" ").interests(List.of()).build();
        UserProfile fragment = Profiles.empty().workStyle("").idealPartner(partner(" ", "", null))
                .children(List.of()).build();
        assertEquals(UserProfile.empty().withCreatedAt(T0), merge(stored, fragment));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("turns")
    @DisplayName("an interview told in several turns ends complete, whatever the order of the turns")
    void severalTurnsComplete(String order, List<UserProfile> turns) {
        UserProfile profile = null;
        for (UserProfile turn : turns) {
            profile = merge(profile, turn);
        }
        assertEquals(List.of(), ProfileRules.missingFields(profile));
        assertEquals("背が高い", profile.idealPartner().appearance());
        assertEquals(1, profile.childrenInfo().size());
    }

    static Stream<Arguments> turns() {
        UserProfile basics = Profiles.empty().age(29).gender(Gender.FEMALE).location("札幌市").incomeRange("400万円")
                .build();
        UserProfile status = Profiles.empty().relationshipStatus(RelationshipStatus.SINGLE).build();
        UserProfile traits = Profiles.empty().traits(new BigFive(null, 0.8, null, 0.7, null)).build();
        UserProfile looks = Profiles.empty().face("背が高い").build();
        UserProfile partnerName = Profiles.empty().idealPartner(partner("健太", null, null)).build();
        UserProfile partnerTemperament = Profiles.empty().idealPartner(partner(null, "誠実", null)).build();
        UserProfile girl = Profiles.empty().children(List.of(new ChildWish(ChildGender.GIRL, null, null))).build();
        UserProfile girlName = Profiles.empty().children(List.of(new ChildWish(null, "花", null))).build();
        return Stream.of(
                Arguments.of("status first", List.of(status, basics, traits, looks, partnerName, partnerTemperament,
                        girl, girlName)),
                Arguments.of("status last", List.of(basics, partnerName, looks, partnerTemperament, girl, girlName,
                        traits, status)));
    }
}
