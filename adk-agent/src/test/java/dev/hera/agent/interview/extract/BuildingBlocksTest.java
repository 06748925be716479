package dev.hera.agent.interview.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.Language;
import dev.hera.model.UserProfile;

/** Numerals, the gazetteer, the notes for the reply builder, and thread safety. */
class BuildingBlocksTest {

    static Stream<Arguments> japaneseNumbers() {
        return Stream.of(
                Arguments.of("32", 32.0), Arguments.of("三十五", 35.0), Arguments.of("二十九", 29.0), Arguments.of("十", 10.0),
                Arguments.of("百", 100.0), Arguments.of("四百五十万", 4_500_000.0), Arguments.of("一千万", 10_000_000.0),
                Arguments.of("1億2000万", 120_000_000.0), Arguments.of("5,000,000", 5_000_000.0), Arguments.of("二〇二四", 2024.0),
                Arguments.of("1.5億", 150_000_000.0), Arguments.of("450万", 4_500_000.0));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("japaneseNumbers")
    void readsJapaneseNumerals(String text, double value) {
        assertEquals(value, Numbers.japanese(text));
    }

    @Test
    void readsEnglishNumberWords() {
        assertEquals(34L, Numbers.english("thirty-four"));
        assertEquals(29L, Numbers.english("twenty nine"));
        assertEquals(90_000L, Numbers.english("ninety thousand"));
        assertEquals(120L, Numbers.english("one hundred and twenty"));
        assertNull(Numbers.english("thirties"));
        assertNull(Numbers.japanese("千葉"));
        assertEquals(2, Numbers.count("ふたり"));
        assertEquals(3, Numbers.count("three"));
    }

    @Test
    void formatsYen() {
        assertEquals("450万", IncomeExtractor.formatYen(4_500_000));
        assertEquals("1億", IncomeExtractor.formatYen(100_000_000));
        assertEquals("1億2000万", IncomeExtractor.formatYen(120_000_000));
        assertEquals("500〜600万円", IncomeExtractor.formatYenRange(5_000_000, 6_000_000.0));
        assertEquals("$90,000", IncomeExtractor.formatForeign(90_000, "$"));
    }

    @Test
    void gazetteerReadsLeftmostLongestAndWholeWords() {
        List<LocationGazetteer.Match> tokyo = LocationGazetteer.find("東京都港区", "東京都港区");
        assertEquals(List.of("東京都", "東京都港区"), tokyo.stream().map(m -> m.place().canonical()).toList(), "京都 is not read inside 東京都");
        assertTrue(LocationGazetteer.find("タイプです", "タイプです").isEmpty(), "タイ is not read inside タイプ");
        assertTrue(LocationGazetteer.find("インドア派", "インドア派").isEmpty(), "インド is not read inside インドア");
        assertTrue(LocationGazetteer.find("I love Japanese food", "i love japanese food").isEmpty());
        assertTrue(LocationGazetteer.find("la la land", "la la land").isEmpty(), "LA is case-sensitive");
        assertEquals("Los Angeles", LocationGazetteer.find("in LA", "in la").get(0).place().canonical());
        assertEquals("Seattle", LocationGazetteer.closeLatin("Seatle").canonical());
        assertNull(LocationGazetteer.closeLatin("Sunday"));
    }

    @Test
    void notesUseProfileKeysAndCorrectionsAreReported() {
        ProfileExtractor extractor = new ProfileExtractor();
        Extraction first = extractor.extract("32歳の女性で、大阪に住んでいます", Language.JA, null, null);
        assertEquals(List.of("age=32", "gender=女性", "location=大阪"), first.understood());
        assertTrue(first.corrected().isEmpty());

        UserProfile stored = first.fragment();
        Extraction second = extractor.extract("いや、33歳です", Language.JA, stored, "年齢を教えてください");
        assertEquals(List.of("age=33"), second.understood());
        assertEquals(java.util.Set.of(dev.hera.profile.ProfileField.AGE), second.corrected());

        Extraction partner = extractor.extract("理想の相手は穏やかで誠実な人", Language.JA, null, null);
        assertTrue(partner.understood().contains("ideal_partner.temperament=穏やかで誠実"));
        assertTrue(partner.understood().contains("ideal_partner.personality_traits.agreeableness=0.75"));
    }

    @Test
    void emptyAndBlankMessagesUnderstandNothing() {
        ProfileExtractor extractor = new ProfileExtractor();
        assertTrue(extractor.extract(null, Language.JA, null, null).isEmpty());
        assertTrue(extractor.extract("   ", Language.EN, null, null).isEmpty());
        assertTrue(extractor.extract("ありがとうございます！", Language.JA, null, "年齢を教えてください").isEmpty());
        assertFalse(extractor.extract("29", Language.EN, null, "How old are you?").isEmpty());
    }

    @Test
    void bareNumbersFollowTheSessionLanguage() {
        ProfileExtractor extractor = new ProfileExtractor();
        assertEquals("450万円", extractor.extract("450", Language.JA, null, "年収はどれくらいですか？").fragment().incomeRange());
        assertEquals("90,000", extractor.extract("90000", Language.EN, null, "What's your annual income?").fragment().incomeRange());
        assertNull(extractor.extract("450", Language.EN, null, "What's your annual income?").fragment().incomeRange());
    }

    /** One extractor serves all sessions: the same message gives the same answer on many threads at once. */
    @Test
    void isThreadSafe() throws Exception {
        ProfileExtractor extractor = new ProfileExtractor();
        List<String> messages = List.of("こんにちは。32歳の女性で、大阪に住んでいます。", "I'm married — my wife's name is Emma. I make about $90k a year.",
                "理想の相手は穏やかで誠実な人。名前はけんたさんがいいな。", "We'd love two kids: a girl named Lily and a boy named Noah.");
        List<List<String>> expected = messages.stream().map(m -> extractor.extract(m, Language.JA, null, null).understood()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = IntStream.range(0, 400).mapToObj(i -> pool.submit(() -> {
                int k = i % messages.size();
                return extractor.extract(messages.get(k), Language.JA, null, null).understood().equals(expected.get(k));
            })).toList();
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
