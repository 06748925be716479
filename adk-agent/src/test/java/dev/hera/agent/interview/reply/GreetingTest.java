package dev.hera.agent.interview.reply;

import static dev.hera.agent.interview.reply.ReplyAssertions.assertClean;
import static dev.hera.agent.interview.reply.ReplyAssertions.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.hera.model.Language;

class GreetingTest {

    private final HeraReplies hera = new HeraReplies();

    @Test
    void japaneseGreetingSaysWhoSheIsWhatHappensAndAsksAboutTheUser() {
        for (long seed = 0; seed < 24; seed++) {
            String greeting = hera.greeting(Language.JA, seed);
            assertMentions(greeting, "ヘーラー", "家族", "未来のご家族", "年齢", "性別", "居住地");
            assertClean(greeting);
        }
    }

    @Test
    void englishGreetingSaysWhoSheIsWhatHappensAndAsksAboutTheUser() {
        for (long seed = 0; seed < 24; seed++) {
            String greeting = hera.greeting(Language.EN, seed);
            assertMentions(greeting, "Hera", "family", "future family", "age", "gender", "where you live");
            assertClean(greeting);
        }
    }

    @Test
    void englishGreetingIsInEnglishOnly() {
        for (long seed = 0; seed < 24; seed++) {
            String greeting = hera.greeting(Language.EN, seed);
            assertTrue(greeting.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    greeting);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void seedsChooseAmongSeveralGreetings(Language language) {
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            seen.add(hera.greeting(language, seed));
        }
        assertTrue(seen.size() >= 6, () -> "only " + seen.size() + " greetings");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void sameSeedSameGreeting(Language language) {
        assertEquals(hera.greeting(language, 987654321L), hera.greeting(language, 987654321L));
        assertEquals(hera.greeting(language, -5L), new HeraReplies().greeting(language, -5L));
    }

    @Test
    void noLanguageMeansJapanese() {
        assertEquals(hera.greeting(Language.JA, 3), hera.greeting(null, 3));
    }
}
