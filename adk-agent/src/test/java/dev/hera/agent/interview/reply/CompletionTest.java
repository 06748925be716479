package dev.hera.agent.interview.reply;

import static dev.hera.agent.interview.reply.ReplyAssertions.assertClean;
import static dev.hera.agent.interview.reply.ReplyAssertions.assertMentions;
import static dev.hera.agent.interview.reply.ReplyAssertions.assertMentionsNone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Language;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileRules;

/** The end of the interview: the completing turn, later turns, and the completion message. */
class CompletionTest {

    private final HeraReplies hera = new HeraReplies();

    private static ReplyContext completing(UserProfile profile, int turn, String... understood) {
        return new ReplyContext(profile, ProfileRules.missingFields(profile), List.of(understood), turn, 8, true);
    }

    @Test
    void theCompletingTurnInJapaneseSaysEnoughIsGatheredAndAsksNothing() {
        UserProfile profile = TestProfiles.osakaComplete().build();
        for (int turn = 0; turn < 9; turn++) {
            String reply = hera.reply(Language.JA, completing(profile, turn, "children_info"));
            assertMentions(reply, "みおちゃん", "そうまくん", "十分な情報が揃いました");
            assertMentionsNone(reply, "？", "教えて");
            assertClean(reply);
        }
    }

    @Test
    void theCompletingTurnInEnglishSaysEverythingIsThereAndAsksNothing() {
        UserProfile profile = TestProfiles.seattleComplete().build();
        for (int turn = 0; turn < 9; turn++) {
            String reply = hera.reply(Language.EN, completing(profile, turn, "children_info"));
            assertMentions(reply, "Lily", "Noah", "Thank you");
            assertTrue(reply.contains("everything") || reply.contains("all I need"), reply);
            assertMentionsNone(reply, "?");
            assertClean(reply);
        }
    }

    @Test
    void thanksAreNotRepeatedWhenTheCompletingTurnHadNothingToQuote() {
        UserProfile profile = TestProfiles.osakaComplete().build();
        for (int turn = 0; turn < 9; turn++) {
            String reply = hera.reply(Language.JA, completing(profile, turn, "hobbies"));
            assertEquals(1, reply.split("ありがとう", -1).length - 1, reply);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void laterTurnsPointOnwardToTheFamily(Language language) {
        UserProfile profile = TestProfiles.osakaComplete().build();
        for (int turn = 0; turn < 9; turn++) {
            String reply = hera.reply(language, TestProfiles.context(profile, List.of(), turn, 3));
            assertMentions(reply, language == Language.EN ? "future family" : "未来のご家族");
            assertMentionsNone(reply, "?", "？", "“", "『");
            assertClean(reply);
        }
    }

    @Test
    void japaneseCompletionNamesTheFamilyAndSaysWhatComesNext() {
        for (long seed = 0; seed < 12; seed++) {
            String message = hera.completion(Language.JA, TestProfiles.osakaComplete().build(), seed);
            assertMentions(message, "ありがとう", "けんたさん", "みおちゃん", "そうまくん", "未来のご家族", "写真", "アップロード");
            assertClean(message);
        }
    }

    @Test
    void englishCompletionNamesTheFamilyAndSaysWhatComesNext() {
        for (long seed = 0; seed < 12; seed++) {
            String message = hera.completion(Language.EN, TestProfiles.seattleComplete().build(), seed);
            assertMentions(message, "Thank you", "your partner Emma", "Lily", "Noah", "future family", "photo",
                    "upload");
            assertClean(message);
        }
    }

    @Test
    void completionOfAnIdealPartnerSaysSo() {
        String message = hera.completion(Language.EN, TestProfiles.osakaComplete().ideal(TestProfiles.EMMA).build(), 1);
        assertMentions(message, "ideal partner Emma");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void completionWithoutNamesStillReadsWell(Language language) {
        UserProfile unnamed = TestProfiles.osaka().children(List.of(new ChildWish(ChildGender.BOY, null, null)))
                .build();
        for (long seed = 0; seed < 6; seed++) {
            String message = hera.completion(language, unnamed, seed);
            assertClean(message);
            assertMentions(message, language == Language.EN ? "future family" : "未来のご家族");
            assertClean(hera.completion(language, null, seed));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void completionIsDeterministicAndVariesWithTheSeed(Language language) {
        UserProfile profile = TestProfiles.seattleComplete().build();
        assertEquals(hera.completion(language, profile, 77), hera.completion(language, profile, 77));
        Set<String> messages = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            messages.add(hera.completion(language, profile, seed));
        }
        assertTrue(messages.size() >= 3, () -> messages.size() + " messages");
    }
}
