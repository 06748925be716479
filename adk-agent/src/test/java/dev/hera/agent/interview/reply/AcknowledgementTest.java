package dev.hera.agent.interview.reply;

import static dev.hera.agent.interview.reply.ReplyAssertions.assertClean;
import static dev.hera.agent.interview.reply.ReplyAssertions.assertMentions;
import static dev.hera.agent.interview.reply.ReplyAssertions.assertMentionsNone;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hera.model.BigFive;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Gender;
import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;

/** The first part of a reply: what was understood, with the values quoted. */
class AcknowledgementTest {

    private static final int TURNS = 12;
    private final HeraReplies hera = new HeraReplies();

    /** Asserts the words in the reply at every one of several turns, so every phrasing is tried. */
    private void assertEveryTurn(Language language, TestProfiles.Builder profile, List<String> understood,
            String... words) {
        for (int turn = 0; turn < TURNS; turn++) {
            String reply = hera.reply(language, profile.turn(turn, 11, understood.toArray(String[]::new)));
            assertMentions(reply, words);
            assertClean(reply);
        }
    }

    @Test
    void japaneseAgeGenderAndPlaceAreQuoted() {
        assertEveryTurn(Language.JA, TestProfiles.osaka(), List.of("age", "gender", "location"), "大阪", "32歳",
                "女性");
    }

    @Test
    void englishAgeGenderAndPlaceAreQuoted() {
        assertEveryTurn(Language.EN, TestProfiles.seattle(), List.of("age", "gender", "location"),
                "29-year-old man", "Seattle");
    }

    @Test
    void japaneseAgeAloneIsStillANaturalSentence() {
        assertEveryTurn(Language.JA, TestProfiles.builder().age(41), List.of("age"), "41歳の方");
    }

    @Test
    void englishAgeAloneAndArticleBeforeEighteen() {
        assertEveryTurn(Language.EN, TestProfiles.builder().age(41), List.of("age"), "you're 41");
        assertEveryTurn(Language.EN, TestProfiles.builder().age(18).gender(Gender.FEMALE), List.of("age", "gender"),
                "an 18-year-old woman");
    }

    @Test
    void incomeIsQuotedInBothLanguages() {
        assertEveryTurn(Language.JA, TestProfiles.osaka().income("450万円"), List.of("income_range"), "収入は", "450万円");
        // a figure by the month is kept so: no 「年収は月22万円」
        assertEveryTurn(Language.JA, TestProfiles.osaka().income("月22万円"), List.of("income_range"), "収入は", "月22万円");
        assertEveryTurn(Language.EN, TestProfiles.seattle().income("$90k"), List.of("income_range"), "$90k");
    }

    @Test
    void relationshipStatusIsAcknowledgedInItsOwnWords() {
        String married = hera.reply(Language.JA,
                TestProfiles.osaka().status(RelationshipStatus.MARRIED).turn(1, 4, "relationship_status"));
        String single = hera.reply(Language.JA,
                TestProfiles.osaka().status(RelationshipStatus.SINGLE).turn(1, 4, "relationship_status"));
        assertNotEquals(married, single);
        assertEveryTurn(Language.EN, TestProfiles.seattle().status(RelationshipStatus.SINGLE),
                List.of("relationship_status"), "ingle");
    }

    @Test
    void personalityIsPutIntoWords() {
        assertEveryTurn(Language.JA, TestProfiles.osaka().traits(TestProfiles.CURIOUS_SOCIAL),
                List.of("user_personality_traits"), "好奇心旺盛で社交的な");
        assertEveryTurn(Language.EN, TestProfiles.seattle().traits(TestProfiles.CURIOUS_SOCIAL),
                List.of("user_personality_traits.openness"), "curious and outgoing");
    }

    @Test
    void theStrongestTraitsAreChosen() {
        BigFive traits = new BigFive(0.55, 0.9, 0.1, 0.6, 0.3);
        assertEveryTurn(Language.EN, TestProfiles.seattle().traits(traits), List.of("user_personality_traits"),
                "organized and reflective");
        assertEveryTurn(Language.JA, TestProfiles.osaka().traits(traits), List.of("user_personality_traits"),
                "きちんとしていて物静かな");
    }

    @Test
    void middlingTraitsAreThankedForWithoutInventedWords() {
        BigFive middling = new BigFive(0.5, 0.55, null, null, null);
        for (int turn = 0; turn < TURNS; turn++) {
            String reply = hera.reply(Language.EN,
                    TestProfiles.seattle().traits(middling).turn(turn, 2, "user_personality_traits"));
            assertMentionsNone(reply, "curious", "organized", "outgoing", "calm and");
            assertClean(reply);
        }
    }

    @Test
    void idealPartnerNameTemperamentAndLooksAreQuoted() {
        TestProfiles.Builder profile = TestProfiles.osaka().status(RelationshipStatus.SINGLE)
                .ideal(TestProfiles.KENTA).face(TestProfiles.KENTA.appearance());
        assertEveryTurn(Language.JA, profile, List.of("partner.name", "partner.temperament", "partner.appearance"),
                "けんたさん", "穏やかで誠実", "眼鏡が似合う優しい目");
    }

    @Test
    void currentPartnerNameTemperamentAndLooksAreQuoted() {
        TestProfiles.Builder profile = TestProfiles.seattle().status(RelationshipStatus.MARRIED)
                .current(TestProfiles.EMMA).face(TestProfiles.EMMA.appearance());
        assertEveryTurn(Language.EN, profile, List.of("partner.name", "partner.temperament", "partner.appearance"),
                "Emma", "cheerful and kind", "long curly red hair, green eyes and freckles");
    }

    @Test
    void partnerNotesWithAnExplicitPartnerAreUnderstoodToo() {
        TestProfiles.Builder profile = TestProfiles.seattle().status(RelationshipStatus.MARRIED)
                .current(TestProfiles.EMMA);
        assertEveryTurn(Language.EN, profile, List.of("current_partner.appearance"), "freckles");
        assertEveryTurn(Language.EN, profile, List.of("current_partner"), "Emma", "cheerful and kind", "freckles");
    }

    @Test
    void childrenAreNamedWithKindHonorifics() {
        assertEveryTurn(Language.JA, TestProfiles.osaka().children(TestProfiles.MIO_SOUMA), List.of("children_info"),
                "みおちゃん", "そうまくん");
        assertEveryTurn(Language.EN, TestProfiles.seattle().children(TestProfiles.LILY_NOAH),
                List.of("children_info"), "Lily", "Noah");
    }

    @Test
    void childrenWithoutNamesAreDescribedByKind() {
        List<ChildWish> twoGirls = List.of(new ChildWish(ChildGender.GIRL, null, null),
                new ChildWish(ChildGender.GIRL, null, null));
        assertEveryTurn(Language.EN, TestProfiles.seattle().children(twoGirls), List.of("children_info"), "a girl");
    }

    @Test
    void theUsersNameIsAcknowledged() {
        assertEveryTurn(Language.JA, TestProfiles.builder().userName("美咲"), List.of("user_name"), "美咲さん");
        assertEveryTurn(Language.EN, TestProfiles.builder().userName("Maya"), List.of("user_name"), "Maya");
    }

    @Test
    void longUserWordsAreShortened() {
        String longLooks = "背が高くて".repeat(30);
        Partner partner = new Partner("けんた", null, null, "優しい", null, null, longLooks);
        String reply = hera.reply(Language.JA, TestProfiles.osaka().status(RelationshipStatus.SINGLE).ideal(partner)
                .face(longLooks).turn(2, 1, "partner.appearance"));
        assertMentions(reply, "…");
        assertTrue(reply.length() < longLooks.length() + 200, reply);
    }

    @Test
    void notesWithoutValuesAndUnknownNotesGetPlainThanksNotNull() {
        for (Language language : Language.values()) {
            for (int turn = 0; turn < TURNS; turn++) {
                String reply = hera.reply(language,
                        TestProfiles.builder().turn(turn, 5, "age", "partner.name", "children_info", "favourite_food"));
                assertClean(reply);
                assertMentionsNone(reply, "たとえば", "For example", "For instance", "“", "『");
                assertMentions(reply, language == Language.EN ? "hank" : "ありがとう");
            }
        }
    }
}
