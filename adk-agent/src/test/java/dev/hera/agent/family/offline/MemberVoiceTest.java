package dev.hera.agent.family.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.hera.model.BigFive;
import dev.hera.model.ChildGender;
import dev.hera.model.Language;
import dev.hera.model.Persona;
import dev.hera.model.TripInfo;

class MemberVoiceTest {

    private static final BigFive AVERAGE = new BigFive(0.5, 0.5, 0.5, 0.5, 0.5);
    private static final Persona BRIGHT_PARTNER = new Persona("partner", "妻", "さくら", Persona.PARTNER, 32, null, AVERAGE,
            "明るく温かい口調", List.of("社交的"), null);
    private static final Persona CALM_PARTNER = new Persona("partner", "夫", "けんた", Persona.PARTNER, 34, null, AVERAGE,
            "落ち着いた優しい口調", List.of("しっかり者"), null);
    private static final Persona SCHOOL_GIRL = new Persona("child_1", "長女", "みお", Persona.CHILD, 7, ChildGender.GIRL, AVERAGE,
            "元気で活発な口調", List.of("元気いっぱい"), null);
    private static final Persona SMALL_BOY = new Persona("child_2", "長男", "そうま", Persona.CHILD, 5, ChildGender.BOY, AVERAGE,
            "優しく素直な口調", List.of("思いやりがある"), null);
    private static final Persona TODDLER = new Persona("child_3", "次女", "はな", Persona.CHILD, 3, ChildGender.GIRL, AVERAGE,
            "元気で活発な口調", List.of("元気いっぱい"), null);
    private static final List<Persona> FAMILY = List.of(BRIGHT_PARTNER, SCHOOL_GIRL, SMALL_BOY, TODDLER);
    private static final List<String> FORBIDDEN = List.of("{", "}", "null", "AI", "人工知能", "アシスタント", "assistant", "language model");

    private static MemberContext context(String message, Language language, TripInfo trip, int turn, long seed, boolean first,
            PlanMoment moment) {
        return new MemberContext(message, trip, TripExtractor.extract(message, language), turn, seed, first, moment);
    }

    private static void assertClean(String reply) {
        assertFalse(reply.isBlank(), "empty reply");
        for (String word : FORBIDDEN) {
            assertFalse(reply.contains(word), () -> "«" + word + "» in: " + reply);
        }
    }

    @ParameterizedTest
    @EnumSource(PlanMoment.class)
    void everyMemberAlwaysAnswersCleanlyInBothLanguages(PlanMoment moment) {
        List<String> messages = List.of("今度の週末、みんなでどこか行かない？", "沖縄に行きたいな。", "海で泳いだり、水族館に行ったりしたい！",
                "キャンプはやめよう", "Let's go to Okinawa!", "no camping, let's go fishing", "hello");
        TripInfo trips[] = { new TripInfo(null, List.of()), new TripInfo("沖縄", List.of("海水浴")),
                new TripInfo("沖縄", List.of("海水浴", "水族館", "サーフィン")), null };
        for (Language language : Language.values()) {
            for (Persona member : FAMILY) {
                for (int turn = 1; turn <= 4; turn++) {
                    for (String message : messages) {
                        for (TripInfo trip : trips) {
                            assertClean(MemberVoice.reply(member, language,
                                    context(message, language, trip, turn, turn * 7L, member == BRIGHT_PARTNER, moment)));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theSampleConversationSoundsLikeAFamily() {
        TripInfo trip = new TripInfo("沖縄", List.of("海水浴", "水族館"));
        String message = "海で泳いだり、水族館に行ったりしたい！";
        String partner = MemberVoice.reply(BRIGHT_PARTNER, Language.JA, context(message, Language.JA, trip, 3, 1, true, PlanMoment.PROPOSING));
        assertTrue(partner.contains("沖縄") && partner.contains("海水浴") && partner.contains("水族館"), partner);
        assertTrue(partner.contains("\n\n") && partner.endsWith("？"), partner);
        String girl = MemberVoice.reply(SCHOOL_GIRL, Language.JA, context(message, Language.JA, trip, 3, 1, false, PlanMoment.PROPOSING));
        assertFalse(girl.contains("計画にしよう"), "only the first member proposes: " + girl);
    }

    @Test
    void theDestinationJustGivenIsMentionedByEveryone() {
        for (long seed = 0; seed < 30; seed++) {
            for (Persona member : FAMILY) {
                String ja = MemberVoice.reply(member, Language.JA,
                        context("沖縄に行きたいな。", Language.JA, new TripInfo("沖縄", List.of()), 2, seed, member == BRIGHT_PARTNER, PlanMoment.CHATTING));
                assertTrue(ja.contains("沖縄"), ja);
                String en = MemberVoice.reply(member, Language.EN,
                        context("Let's go to Hawaii!", Language.EN, new TripInfo("Hawaii", List.of()), 2, seed, member == BRIGHT_PARTNER, PlanMoment.CHATTING));
                assertTrue(en.contains("Hawaii"), en);
            }
        }
    }

    @Test
    void childrenReactToTheActivitiesJustMentioned() {
        List<String> hints = List.of("海水浴", "水族館", "泳", "お魚", "うみ", "おさかな", "swim", "fish", "aquarium", "Splash", "Fishies");
        for (long seed = 0; seed < 20; seed++) {
            for (Persona child : List.of(SCHOOL_GIRL, SMALL_BOY, TODDLER)) {
                for (Language language : Language.values()) {
                    String message = language == Language.EN ? "We want to swim and see the aquarium" : "海で泳いだり、水族館に行ったりしたい！";
                    String reply = MemberVoice.reply(child, language, context(message, language,
                            new TripInfo("沖縄", List.of("海水浴", "水族館")), 3, seed, false, PlanMoment.CHATTING));
                    assertTrue(hints.stream().anyMatch(reply::contains), reply);
                }
            }
        }
    }

    @Test
    void aMemberNeverSaysTheSameThingTwoTurnsInARow() {
        for (Language language : Language.values()) {
            for (Persona member : FAMILY) {
                for (PlanMoment moment : PlanMoment.values()) {
                    String previous = null;
                    for (int turn = 1; turn <= 12; turn++) {
                        String reply = MemberVoice.reply(member, language, context("沖縄に行きたいな。", language,
                                new TripInfo("沖縄", List.of("海水浴")), turn, 42, member == BRIGHT_PARTNER, moment));
                        assertNotEquals(previous, reply, member.name() + " repeated at turn " + turn + " (" + moment + ")");
                        previous = reply;
                    }
                }
            }
        }
    }

    @Test
    void noOneAsksWhereTheFamilyIsGoingOnceThePlaceIsSettled() {
        Pattern asksWhere = Pattern.compile("(?i)where (are |will )?we go|where to go|where go|anywhere is fun|どこ(いく|行く|にいく|に行く|に行って)");
        int askedWhileOpen = 0;
        for (Language language : Language.values()) {
            for (Persona member : FAMILY) {
                for (int turn = 1; turn <= 12; turn++) {
                    for (String message : List.of("楽しみだね", "hello", "what do you think?")) {
                        String settled = MemberVoice.reply(member, language, context(message, language,
                                new TripInfo("沖縄", List.of("海水浴")), turn, turn * 5L, member == BRIGHT_PARTNER, PlanMoment.CHATTING));
                        assertFalse(asksWhere.matcher(settled).find(), () -> member.name() + " asked where, going to 沖縄: " + settled);
                        String open = MemberVoice.reply(member, language, context(message, language,
                                new TripInfo(null, List.of()), turn, turn * 5L, member == BRIGHT_PARTNER, PlanMoment.CHATTING));
                        askedWhileOpen += asksWhere.matcher(open).find() ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(askedWhileOpen > 0, "while nothing is settled the children still wonder where to go");
    }

    @Test
    void theMemberThePersonSpeaksToSaysWhatTheyWouldLikeToDo() {
        Persona rohan = new Persona("child_2", "son", "Rohan", Persona.CHILD, 5, ChildGender.BOY, AVERAGE, "gentle and honest",
                List.of("kind"), null);
        List<String> wishes = List.of("hik", "canoe", "canoeing", "climb", "paddle", "woods", "top");
        List<String> japaneseWishes = List.of("海", "泳", "うみ", "水族館", "お魚", "おさかな");
        for (long seed = 0; seed < 20; seed++) {
            for (String message : List.of("Rohan, what do you want to do there?", "what about you, Rohan?")) {
                String reply = MemberVoice.reply(rohan, Language.EN, context(message, Language.EN,
                        new TripInfo("Banff", List.of("hiking", "canoeing")), 4, seed, false, PlanMoment.CHATTING));
                assertTrue(wishes.stream().anyMatch(reply.toLowerCase()::contains), () -> "Rohan, asked: " + reply);
            }
            for (String message : List.of("そうま、何したい？", "そうまくんは？")) {
                String reply = MemberVoice.reply(SMALL_BOY, Language.JA, context(message, Language.JA,
                        new TripInfo("沖縄", List.of("海水浴", "水族館")), 4, seed, false, PlanMoment.CHATTING));
                assertTrue(japaneseWishes.stream().anyMatch(reply::contains), () -> "そうま, asked: " + reply);
            }
        }
        // a name inside another word calls no one
        Persona haru = new Persona("child_1", "長女", "はる", Persona.CHILD, 5, ChildGender.GIRL, AVERAGE, "優しく素直な口調",
                List.of("思いやりがある"), null);
        int answered = 0;
        for (long seed = 0; seed < 20; seed++) {
            String reply = MemberVoice.reply(haru, Language.JA, context("はるやすみが楽しみだね", Language.JA,
                    new TripInfo("沖縄", List.of("海水浴", "水族館")), 4, seed, false, PlanMoment.CHATTING));
            answered += japaneseWishes.stream().anyMatch(reply::contains) ? 1 : 0;
        }
        assertEquals(0, answered, "「はるやすみ」 is no call to はる");
    }

    @Test
    void repliesVaryWithTheSeed() {
        Set<String> replies = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            replies.add(MemberVoice.reply(CALM_PARTNER, Language.JA, context("今度の週末、みんなでどこか行かない？", Language.JA, null, 1, seed,
                    true, PlanMoment.CHATTING)));
        }
        assertTrue(replies.size() >= 3, replies.toString());
    }

    @Test
    void thePartnerAndTheChildrenSpeakDifferently() {
        for (long seed = 0; seed < 20; seed++) {
            for (String message : List.of("今度の週末、みんなでどこか行かない？", "沖縄に行きたいな。", "水族館に行きたい！")) {
                MemberContext partnerContext = context(message, Language.JA, new TripInfo("沖縄", List.of()), 2, seed, true, PlanMoment.CHATTING);
                MemberContext childContext = context(message, Language.JA, new TripInfo("沖縄", List.of()), 2, seed, false, PlanMoment.CHATTING);
                String partner = MemberVoice.reply(BRIGHT_PARTNER, Language.JA, partnerContext);
                for (Persona child : List.of(SCHOOL_GIRL, SMALL_BOY, TODDLER)) {
                    assertNotEquals(partner, MemberVoice.reply(child, Language.JA, childContext));
                }
            }
        }
    }

    @Test
    void aToddlerSpeaksInShortWordsAndAPartnerInSentences() {
        int toddler = 0;
        int partner = 0;
        for (long seed = 0; seed < 30; seed++) {
            MemberContext chat = context("沖縄に行きたいな。", Language.JA, new TripInfo("沖縄", List.of()), 2, seed, false, PlanMoment.CHATTING);
            String small = MemberVoice.reply(TODDLER, Language.JA, chat);
            assertTrue(FamilyFixtures.japaneseLength(small) <= 16, small);
            toddler += FamilyFixtures.japaneseLength(small);
            partner += FamilyFixtures.japaneseLength(MemberVoice.reply(CALM_PARTNER, Language.JA, chat));
        }
        assertTrue(partner > 2 * toddler, "partner " + partner + " vs toddler " + toddler);
    }

    @Test
    void theMoodComesFromTheSpeakingStyle() {
        int brightExclamations = 0;
        int calmExclamations = 0;
        for (long seed = 0; seed < 40; seed++) {
            MemberContext chat = context("沖縄に行きたいな。", Language.JA, new TripInfo("沖縄", List.of()), 2, seed, true, PlanMoment.CHATTING);
            brightExclamations += MemberVoice.reply(BRIGHT_PARTNER, Language.JA, chat).chars().filter(c -> c == '！').count();
            calmExclamations += MemberVoice.reply(CALM_PARTNER, Language.JA, chat).chars().filter(c -> c == '！').count();
        }
        assertTrue(brightExclamations > calmExclamations + 20, brightExclamations + " vs " + calmExclamations);
    }

    @Test
    void thePartnerAsksForWhatThePlanLacks() {
        String where = MemberVoice.reply(CALM_PARTNER, Language.JA,
                context("今度の週末、みんなでどこか行かない？", Language.JA, new TripInfo(null, List.of()), 1, 3, true, PlanMoment.CHATTING));
        assertTrue(where.contains("どこ") || where.contains("場所"), where);
        String what = MemberVoice.reply(CALM_PARTNER, Language.EN,
                context("Let's go to Kyoto", Language.EN, new TripInfo("Kyoto", List.of()), 2, 3, true, PlanMoment.CHATTING));
        assertTrue(what.contains("do") || what.contains("try"), what);
    }

    @Test
    void aRemovedActivityIsTakenGracefully() {
        String reply = MemberVoice.reply(CALM_PARTNER, Language.JA,
                context("キャンプはやめよう", Language.JA, new TripInfo("沖縄", List.of("海水浴")), 4, 9, true, PlanMoment.CHATTING));
        assertTrue(reply.contains("キャンプ"), reply);
    }

    @Test
    void theFirstMemberProposesWhateverItsRole() {
        TripInfo trip = new TripInfo("京都", List.of("観光", "グルメ", "写真撮影"));
        for (Persona first : List.of(CALM_PARTNER, SCHOOL_GIRL,
                new Persona("partner", "パートナー", "あおい", Persona.PARTNER, 30, null, AVERAGE, "柔らかく優しい口調", List.of(), null))) {
            String reply = MemberVoice.reply(first, Language.JA, context("写真も撮りたい！", Language.JA, trip, 5, 11, true, PlanMoment.PROPOSING));
            assertTrue(reply.contains("京都") && reply.contains("観光") && reply.contains("グルメ") && reply.contains("写真撮影"), reply);
            assertTrue(reply.contains("計画"), reply);
        }
    }

    @Test
    void theProposalNamesTheDestinationAndTheActivitiesJoinedNaturally() {
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            seen.add(MemberVoice.proposal(BRIGHT_PARTNER, new TripInfo("沖縄", List.of("海水浴", "水族館")), Language.JA, seed));
        }
        assertTrue(seen.contains("沖縄で、海水浴と水族館を楽しむ計画にしようと思うけど、どうかな？"), seen.toString());
        assertTrue(seen.size() >= 3);
        String three = MemberVoice.proposal(CALM_PARTNER, new TripInfo("Okinawa", List.of("swimming", "the aquarium", "a picnic")),
                Language.EN, 1);
        assertTrue(three.contains("Okinawa") && three.contains("swimming, the aquarium and a picnic"), three);
        String many = MemberVoice.proposal(CALM_PARTNER, new TripInfo("箱根", List.of("温泉", "グルメ", "観光", "写真撮影", "買い物")),
                Language.JA, 1);
        assertTrue(many.contains("温泉、グルメ、観光など"), many);
    }

    @Test
    void afterCompletionEveryoneAnswersWarmlyAndBriefly() {
        TripInfo trip = new TripInfo("沖縄", List.of("海水浴", "水族館"));
        List<String> answers = new ArrayList<>();
        for (Persona member : FAMILY) {
            for (Language language : Language.values()) {
                String answer = MemberVoice.afterCompletion(member, trip, language, 5);
                assertClean(answer);
                assertTrue(language == Language.EN ? FamilyFixtures.words(answer) <= 20 : FamilyFixtures.japaneseLength(answer) <= 45,
                        answer);
                answers.add(answer);
            }
            assertClean(MemberVoice.afterCompletion(member, null, Language.EN, 5));
        }
        assertTrue(MemberVoice.afterCompletion(CALM_PARTNER, trip, Language.JA, 5).contains("沖縄"));
        assertEquals(answers.size(), new HashSet<>(answers).size(), answers.toString());
    }

    @Test
    void theSameInputsGiveTheSameReply() {
        MemberContext chat = context("沖縄に行きたいな。", Language.JA, new TripInfo("沖縄", List.of()), 2, 77, false, PlanMoment.CHATTING);
        assertEquals(MemberVoice.reply(SMALL_BOY, Language.JA, chat), MemberVoice.reply(SMALL_BOY, Language.JA, chat));
    }
}
