package dev.hera.profile;

import static dev.hera.profile.ProfileField.AGE;
import static dev.hera.profile.ProfileField.CHILDREN_INFO;
import static dev.hera.profile.ProfileField.CURRENT_PARTNER;
import static dev.hera.profile.ProfileField.GENDER;
import static dev.hera.profile.ProfileField.IDEAL_PARTNER;
import static dev.hera.profile.ProfileField.INCOME_RANGE;
import static dev.hera.profile.ProfileField.LOCATION;
import static dev.hera.profile.ProfileField.PARTNER_FACE_DESCRIPTION;
import static dev.hera.profile.ProfileField.RELATIONSHIP_STATUS;
import static dev.hera.profile.ProfileField.USER_PERSONALITY_TRAITS;
import static dev.hera.profile.Profiles.PARTNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.hera.model.BigFive;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileRules.Progress;

class ProfileRulesTest {

    private static final List<ProfileField> ALL_BASE = List.of(AGE, GENDER, RELATIONSHIP_STATUS, LOCATION, INCOME_RANGE,
            USER_PERSONALITY_TRAITS, PARTNER_FACE_DESCRIPTION, CHILDREN_INFO);

    // ---- missing fields and completeness ----

    @Test
    @DisplayName("an empty profile misses the eight base fields, in the reference order, and is 0% complete")
    void emptyProfileMissesAllBaseFieldsInOrder() {
        UserProfile empty = UserProfile.empty();
        assertEquals(ALL_BASE, ProfileRules.missingFields(empty));
        assertFalse(ProfileRules.isComplete(empty));
        assertEquals(0, ProfileRules.percentComplete(empty));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RelationshipStatus.class)
    @DisplayName("a profile with every base field and the partner its status requires is complete")
    void completeForEveryStatus(RelationshipStatus status) {
        UserProfile profile = Profiles.complete(status).build();
        assertEquals(List.of(), ProfileRules.missingFields(profile));
        assertTrue(ProfileRules.isComplete(profile));
        assertEquals(100, ProfileRules.percentComplete(profile));
        assertEquals(List.of(), ProfileRules.missingFieldDetails(profile));
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("baseFields")
    @DisplayName("taking away one base field makes exactly that field missing")
    void eachBaseFieldIsRequired(ProfileField field) {
        UserProfile profile = Profiles.complete(RelationshipStatus.SINGLE).without(field).build();
        assertEquals(List.of(field), ProfileRules.missingFields(profile));
        assertFalse(ProfileRules.isComplete(profile));
    }

    @ParameterizedTest(name = "{0} requires {1}")
    @MethodSource("statusAndRequiredPartner")
    @DisplayName("the status decides which partner is required; the other one does not count")
    void statusSelectsRequiredPartner(RelationshipStatus status, ProfileField required) {
        Profiles.Builder builder = Profiles.complete(status).without(CURRENT_PARTNER).without(IDEAL_PARTNER);
        UserProfile onlyWrongPartner = (required == CURRENT_PARTNER ? builder.idealPartner(PARTNER)
                : builder.currentPartner(PARTNER)).build();
        assertEquals(List.of(required), ProfileRules.missingFields(onlyWrongPartner));
        assertFalse(ProfileRules.isComplete(onlyWrongPartner));
    }

    @Test
    @DisplayName("D23: without a relationship status the profile is never complete, even with both partners")
    void d23MissingStatusBlocksCompletion() {
        UserProfile profile = Profiles.complete(RelationshipStatus.MARRIED).relationshipStatus(null)
                .currentPartner(PARTNER).idealPartner(PARTNER).build();
        assertEquals(List.of(RELATIONSHIP_STATUS), ProfileRules.missingFields(profile));
        assertFalse(ProfileRules.isComplete(profile));
    }

    @Test
    @DisplayName("D23: without a status and without any partner, only the status is reported (no partner can be chosen)")
    void d23NoStatusNoPartner() {
        UserProfile profile = Profiles.complete(RelationshipStatus.SINGLE).relationshipStatus(null)
                .idealPartner(null).build();
        assertEquals(List.of(RELATIONSHIP_STATUS), ProfileRules.missingFields(profile));
        assertFalse(ProfileRules.fieldProgress(profile).keySet().stream().anyMatch(ProfileField::isPartner));
    }

    @Test
    @DisplayName("missing fields list the base fields in reference order, then the required partner last")
    void orderIsBaseThenPartner() {
        UserProfile profile = Profiles.complete(RelationshipStatus.PARTNERED).without(CHILDREN_INFO).without(AGE)
                .without(CURRENT_PARTNER).build();
        assertEquals(List.of(AGE, CHILDREN_INFO, CURRENT_PARTNER), ProfileRules.missingFields(profile));
    }

    @ParameterizedTest(name = "location \"{0}\"")
    @ValueSource(strings = { "", " ", "\t\n", "\u3000", "\u00a0 " })
    @DisplayName("a blank string (half-width, full-width or no-break spaces) is missing")
    void blankTextIsMissing(String blank) {
        UserProfile profile = Profiles.complete(RelationshipStatus.SINGLE).location(blank).incomeRange(blank)
                .face(blank).build();
        assertEquals(List.of(LOCATION, INCOME_RANGE, PARTNER_FACE_DESCRIPTION), ProfileRules.missingFields(profile));
    }

    @Test
    @DisplayName("age 0 counts as given (only an absent number is missing)")
    void zeroAgeIsPresent() {
        UserProfile profile = Profiles.complete(RelationshipStatus.SINGLE).age(0).build();
        assertTrue(ProfileRules.isComplete(profile));
    }

    @ParameterizedTest(name = "{0} → complete={1}")
    @MethodSource("traitCounts")
    @DisplayName("the user's personality needs at least 2 of the Big Five")
    void personalityNeedsTwoTraits(BigFive traits, boolean complete) {
        UserProfile profile = Profiles.complete(RelationshipStatus.SINGLE).traits(traits).build();
        assertEquals(complete, ProfileRules.isComplete(profile));
        assertEquals(complete, !ProfileRules.missingFields(profile).contains(USER_PERSONALITY_TRAITS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incompletePartners")
    @DisplayName("a partner needs a name, a temperament and an appearance")
    void partnerNeedsNameTemperamentAppearance(String what, Partner partner) {
        UserProfile profile = Profiles.complete(RelationshipStatus.MARRIED).currentPartner(partner).build();
        assertEquals(List.of(CURRENT_PARTNER), ProfileRules.missingFields(profile));
    }

    @Test
    @DisplayName("a partner's Big Five, age and hobbies are not required")
    void partnerTraitsNotRequired() {
        Partner minimal = new Partner("健太", null, null, "穏やか", null, null, "丸顔");
        assertTrue(ProfileRules.isComplete(Profiles.complete(RelationshipStatus.OTHER).idealPartner(minimal).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("childrenCases")
    @DisplayName("the children need at least one child with both a gender and a name")
    void childrenNeedGenderAndName(String what, List<ChildWish> children, boolean complete) {
        UserProfile profile = Profiles.complete(RelationshipStatus.SINGLE).children(children).build();
        assertEquals(complete ? List.of() : List.of(CHILDREN_INFO), ProfileRules.missingFields(profile));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assortedProfiles")
    @DisplayName("D22: completion is the rules' verdict alone: complete ⇔ nothing missing ⇔ 100%")
    void d22CompletionFlagsAgree(String what, UserProfile profile) {
        boolean nothingMissing = ProfileRules.missingFields(profile).isEmpty();
        assertEquals(nothingMissing, ProfileRules.isComplete(profile));
        assertEquals(nothingMissing, ProfileRules.percentComplete(profile) == 100);
        assertEquals(nothingMissing, ProfileRules.fieldProgress(profile).size() == 9
                && !ProfileRules.fieldProgress(profile).containsValue(false));
    }

    // ---- progress ----

    @Test
    @DisplayName("field progress has the 8 base fields then the required partner, in order")
    void fieldProgressOrderAndValues() {
        UserProfile profile = Profiles.complete(RelationshipStatus.MARRIED).without(GENDER).without(CURRENT_PARTNER)
                .idealPartner(PARTNER).build();
        Map<ProfileField, Boolean> progress = ProfileRules.fieldProgress(profile);
        List<ProfileField> expectedKeys = new ArrayList<>(ALL_BASE);
        expectedKeys.add(CURRENT_PARTNER);
        assertEquals(expectedKeys, List.copyOf(progress.keySet()));
        assertFalse(progress.get(GENDER));
        assertFalse(progress.get(CURRENT_PARTNER));
        assertTrue(progress.get(AGE));
        assertFalse(progress.containsKey(IDEAL_PARTNER), "the partner the status does not require is not listed");
    }

    @Test
    @DisplayName("without a status, field progress lists only the 8 base fields")
    void fieldProgressWithoutStatus() {
        Map<ProfileField, Boolean> progress = ProfileRules.fieldProgress(UserProfile.empty());
        assertEquals(ALL_BASE, List.copyOf(progress.keySet()));
        assertFalse(progress.containsValue(true));
    }

    @Test
    @DisplayName("D52: information progress uses the frontend's categories with fixed totals")
    void d52CategoriesOfEmptyProfile() {
        Map<String, Progress> progress = ProfileRules.informationProgress(UserProfile.empty());
        assertEquals(List.of("basic_info", "relationship", "personality", "children_info"),
                List.copyOf(progress.keySet()));
        assertEquals(new Progress(0, 4), progress.get("basic_info"));
        assertEquals(new Progress(0, 3), progress.get("relationship"));
        assertEquals(new Progress(0, 1), progress.get("personality"));
        assertEquals(new Progress(0, 1), progress.get("children_info"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RelationshipStatus.class)
    @DisplayName("D52: a complete profile fills every category")
    void d52CompleteProfileFillsCategories(RelationshipStatus status) {
        Map<String, Progress> progress = ProfileRules.informationProgress(Profiles.complete(status).build());
        progress.forEach((category, p) -> assertEquals(p.total(), p.collected(), category));
    }

    @Test
    @DisplayName("D52: basic info counts age, gender, location and income; relationship counts status, partner and looks")
    void d52PartialCategories() {
        UserProfile profile = Profiles.complete(RelationshipStatus.SINGLE).without(LOCATION).without(IDEAL_PARTNER)
                .without(CHILDREN_INFO).build();
        Map<String, Progress> progress = ProfileRules.informationProgress(profile);
        assertEquals(new Progress(3, 4), progress.get("basic_info"));
        assertEquals(new Progress(2, 3), progress.get("relationship"), "status and looks, no partner");
        assertEquals(new Progress(1, 1), progress.get("personality"));
        assertEquals(new Progress(0, 1), progress.get("children_info"));
    }

    @Test
    @DisplayName("D52: the partner's looks count in the relationship category")
    void d52PartnerLooksCountInRelationship() {
        UserProfile withoutLooks = Profiles.complete(RelationshipStatus.MARRIED).without(PARTNER_FACE_DESCRIPTION)
                .build();
        assertEquals(new Progress(2, 3), ProfileRules.informationProgress(withoutLooks).get("relationship"));
        UserProfile onlyStatus = Profiles.empty().relationshipStatus(RelationshipStatus.MARRIED).build();
        assertEquals(new Progress(1, 3), ProfileRules.informationProgress(onlyStatus).get("relationship"));
    }

    @Test
    @DisplayName("D52: a partner cannot be collected while the status is unknown")
    void d52PartnerNotCountedWithoutStatus() {
        UserProfile profile = Profiles.complete(RelationshipStatus.SINGLE).relationshipStatus(null).build();
        assertEquals(new Progress(1, 3), ProfileRules.informationProgress(profile).get("relationship"),
                "only the looks: the partner cannot count without a status");
        assertEquals(7 * 100 / 9, ProfileRules.percentComplete(profile));
    }

    @ParameterizedTest(name = "{1} missing → {2}%")
    @MethodSource("percentages")
    @DisplayName("percent complete counts the nine required fields and rounds down")
    void percentComplete(UserProfile profile, String missing, int percent) {
        assertEquals(percent, ProfileRules.percentComplete(profile));
    }

    // ---- missing field details ----

    @Test
    @DisplayName("an empty profile asks for two personality traits (O then C) and the children")
    void emptyProfileDetails() {
        assertEquals(List.of("user_personality_traits.openness", "user_personality_traits.conscientiousness",
                "children_info"), ProfileRules.missingFieldDetails(UserProfile.empty()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("traitDetails")
    @DisplayName("only as many missing traits as are needed to reach 2 are asked for, in the order O, C, E, A, N")
    void traitDetails(BigFive traits, List<String> expected) {
        UserProfile profile = Profiles.complete(RelationshipStatus.SINGLE).traits(traits).build();
        assertEquals(expected, ProfileRules.missingFieldDetails(profile));
    }

    @Test
    @DisplayName("fix of §4.5: only the partner the status requires is detailed, never the other one")
    void onlyRequiredPartnerDetailed() {
        Partner halfCurrent = new Partner(null, null, null, "優しい", null, null, null);
        UserProfile single = Profiles.complete(RelationshipStatus.SINGLE).currentPartner(halfCurrent).build();
        assertEquals(List.of(), ProfileRules.missingFieldDetails(single));

        UserProfile married = Profiles.complete(RelationshipStatus.MARRIED).currentPartner(halfCurrent)
                .idealPartner(new Partner(null, null, null, null, null, null, null)).build();
        assertEquals(List.of("current_partner.name", "current_partner.appearance"),
                ProfileRules.missingFieldDetails(married));
    }

    @Test
    @DisplayName("fix of §4.5: a missing partner name is reported (ideal_partner.name)")
    void missingNameReported() {
        Partner noName = new Partner(" ", null, null, "明るい", null, null, "笑顔が素敵");
        UserProfile profile = Profiles.complete(RelationshipStatus.SINGLE).idealPartner(noName).build();
        assertEquals(List.of("ideal_partner.name"), ProfileRules.missingFieldDetails(profile));
    }

    @Test
    @DisplayName("an absent required partner is reported with its name, temperament and appearance")
    void absentPartnerDetails() {
        UserProfile profile = Profiles.complete(RelationshipStatus.OTHER).without(IDEAL_PARTNER).build();
        assertEquals(List.of("ideal_partner.name", "ideal_partner.temperament", "ideal_partner.appearance"),
                ProfileRules.missingFieldDetails(profile));
    }

    @Test
    @DisplayName("without a status no partner is detailed (the status itself is what is missing)")
    void noStatusNoPartnerDetails() {
        UserProfile profile = Profiles.complete(RelationshipStatus.SINGLE).relationshipStatus(null)
                .without(IDEAL_PARTNER).build();
        assertEquals(List.of(), ProfileRules.missingFieldDetails(profile));
        assertEquals(List.of(RELATIONSHIP_STATUS), ProfileRules.missingFields(profile));
    }

    @Test
    @DisplayName("children are reported when no child has both a gender and a name")
    void childrenDetail() {
        UserProfile profile = Profiles.complete(RelationshipStatus.SINGLE)
                .children(List.of(new ChildWish(ChildGender.BOY, null, null))).build();
        assertEquals(List.of("children_info"), ProfileRules.missingFieldDetails(profile));
    }

    // ---- field labels ----

    @Test
    @DisplayName("labels are the reference's Japanese wording, with English equivalents")
    void labels() {
        assertEquals("ユーザー性格（ビッグファイブの5つ中2つ以上）", USER_PERSONALITY_TRAITS.label(Language.JA));
        assertEquals("Your personality (at least 2 of the Big Five)", USER_PERSONALITY_TRAITS.label(Language.EN));
        assertEquals("子供情報（性別と名前が必須）", CHILDREN_INFO.japaneseLabel());
        assertEquals("現在のパートナー（名前、性格、外見が必須）", CURRENT_PARTNER.label(Language.JA));
        assertEquals("理想のパートナー（名前、性格、外見が必須）", IDEAL_PARTNER.label(Language.JA));
        assertEquals("年収", INCOME_RANGE.label(null));
    }

    @Test
    @DisplayName("every field has its snake_case JSON name and distinct labels, and is found by that name")
    void jsonNames() {
        for (ProfileField field : ProfileField.values()) {
            assertEquals(field.name().toLowerCase(), field.jsonName());
            assertEquals(field, ProfileField.fromJsonName(field.jsonName()).orElseThrow());
        }
        assertEquals(ProfileField.values().length,
                Arrays.stream(ProfileField.values()).map(ProfileField::japaneseLabel).distinct().count());
        assertEquals(ProfileField.values().length,
                Arrays.stream(ProfileField.values()).map(ProfileField::englishLabel).distinct().count());
        assertTrue(ProfileField.fromJsonName("partner_info").isEmpty());
    }

    // ---- argument sources ----

    static Stream<ProfileField> baseFields() {
        return ALL_BASE.stream();
    }

    static Stream<Arguments> statusAndRequiredPartner() {
        return Stream.of(
                Arguments.of(RelationshipStatus.MARRIED, CURRENT_PARTNER),
                Arguments.of(RelationshipStatus.PARTNERED, CURRENT_PARTNER),
                Arguments.of(RelationshipStatus.SINGLE, IDEAL_PARTNER),
                Arguments.of(RelationshipStatus.OTHER, IDEAL_PARTNER));
    }

    static Stream<Arguments> traitCounts() {
        return Stream.of(
                Arguments.of(new BigFive(null, null, null, null, null), false),
                Arguments.of(new BigFive(0.7, null, null, null, null), false),
                Arguments.of(new BigFive(null, null, null, null, 0.3), false),
                Arguments.of(new BigFive(0.0, 0.0, null, null, null), true),
                Arguments.of(new BigFive(null, null, 0.8, null, 0.2), true),
                Arguments.of(new BigFive(0.5, 0.8, 0.3, 0.6, 0.7), true));
    }

    static Stream<Arguments> incompletePartners() {
        return Stream.of(
                Arguments.of("no partner", null),
                Arguments.of("no name", new Partner(null, 30, null, "穏やか", null, null, "丸顔")),
                Arguments.of("blank name", new Partner("　", 30, null, "穏やか", null, null, "丸顔")),
                Arguments.of("no temperament", new Partner("健太", 30, null, null, null, null, "丸顔")),
                Arguments.of("blank temperament", new Partner("健太", 30, null, " ", null, null, "丸顔")),
                Arguments.of("no appearance", new Partner("健太", 30, null, "穏やか", null, null, null)),
                Arguments.of("blank appearance", new Partner("健太", 30, null, "穏やか", null, null, "")),
                Arguments.of("only Big Five", new Partner(null, null, new BigFive(0.5, 0.5, 0.5, 0.5, 0.5), null,
                        null, null, null)));
    }

    static Stream<Arguments> childrenCases() {
        ChildWish girlNoName = new ChildWish(ChildGender.GIRL, null, 1);
        ChildWish nameNoGender = new ChildWish(null, "陽太", 2);
        ChildWish blankName = new ChildWish(ChildGender.BOY, "  ", null);
        ChildWish complete = new ChildWish(ChildGender.BOY, "陽太", null);
        return Stream.of(
                Arguments.of("no list", null, false),
                Arguments.of("empty list", List.of(), false),
                Arguments.of("gender only", List.of(girlNoName), false),
                Arguments.of("name only", List.of(nameNoGender), false),
                Arguments.of("blank name", List.of(blankName), false),
                Arguments.of("gender and name on different children", List.of(girlNoName, nameNoGender), false),
                Arguments.of("one complete child among incomplete ones", List.of(girlNoName, complete, nameNoGender),
                        true),
                Arguments.of("a complete child without a birth order", List.of(complete), true));
    }

    static Stream<Arguments> assortedProfiles() {
        return Stream.of(
                Arguments.of("empty", UserProfile.empty()),
                Arguments.of("complete, married", Profiles.complete(RelationshipStatus.MARRIED).build()),
                Arguments.of("complete, single", Profiles.complete(RelationshipStatus.SINGLE).build()),
                Arguments.of("no children", Profiles.complete(RelationshipStatus.SINGLE).without(CHILDREN_INFO).build()),
                Arguments.of("married with ideal partner only", Profiles.complete(RelationshipStatus.MARRIED)
                        .without(CURRENT_PARTNER).idealPartner(PARTNER).build()),
                Arguments.of("no status, both partners", Profiles.complete(RelationshipStatus.SINGLE)
                        .relationshipStatus(null).currentPartner(PARTNER).build()));
    }

    static Stream<Arguments> percentages() {
        return Stream.of(
                Arguments.of(UserProfile.empty(), "all", 0),
                Arguments.of(Profiles.empty().age(30).build(), "8 of 9", 11),
                Arguments.of(Profiles.complete(RelationshipStatus.SINGLE).without(IDEAL_PARTNER).build(), "partner", 88),
                Arguments.of(Profiles.complete(RelationshipStatus.SINGLE).without(AGE).build(), "age", 88),
                Arguments.of(Profiles.complete(RelationshipStatus.MARRIED).without(AGE).without(GENDER)
                        .without(CURRENT_PARTNER).build(), "age, gender, partner", 66),
                Arguments.of(Profiles.complete(RelationshipStatus.MARRIED).build(), "nothing", 100));
    }

    static Stream<Arguments> traitDetails() {
        return Stream.of(
                Arguments.of(null, List.of("user_personality_traits.openness",
                        "user_personality_traits.conscientiousness")),
                Arguments.of(new BigFive(0.7, null, null, null, null),
                        List.of("user_personality_traits.conscientiousness")),
                Arguments.of(new BigFive(null, 0.7, null, null, null), List.of("user_personality_traits.openness")),
                Arguments.of(new BigFive(0.4, 0.7, null, null, null), List.of()),
                Arguments.of(new BigFive(null, null, null, null, 0.2), List.of("user_personality_traits.openness")));
    }
}
