package dev.hera.agent.interview.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The personality lexicon skips a message holding none of the openings of an entry's matches: that must
 * never skip a message the entry matches.
 */
class OpeningsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "優し|思いやり; 優し 思いや",
            "(?:一人|ひとり)で; 一人 ひとり",
            "明る|(?:ノリ|のり)がいい|明るい; 明る ノリ のり",
            "kind|caring|(?:warm|soft)[- ]hearted; kin car war sof",
            "a+b; a",
            "colou?r|grey; col gre",
            "organi[sz]ed|well-organized; org wel",
            "go{2}d|x; go x",
            "ab\\s*c|de.f; ab de",
    })
    void readsTheLiteralOpeningsOfSimpleExpressions(String regex, String openings) {
        assertEquals(List.of(openings.split(" ")), Openings.of(regex));
    }

    @ParameterizedTest
    @ValueSource(strings = { "[あい]う", "\\bkind", "(?:友達と)?出かける", "お?優しい", "(?<!不)安心", "(?i:kind)", "(kind)", "a|",
            "優し|[^。]{0,3}人", "x{0,2}y", "a*b", "a?b|c" })
    void saysNothingWhenTheExpressionDoesNotTell(String regex) {
        assertNull(Openings.of(regex));
    }

    @Test
    void aCharacterClassHoldingAParenthesisDoesNotEndTheGroup() {
        assertEquals(List.of("あ", "か"), Openings.of("(?:あ[)(]|か)い"));
    }

    /** Every entry of the lexicon, over every message of the tuning sets: a match is never skipped. */
    @Test
    void noEntryIsSkippedOnAMessageItMatches() throws IOException {
        List<String> messages = tuningMessages();
        int matched = 0;
        int skipped = 0;
        for (PersonalityLexicon.Entry entry : PersonalityLexicon.ENTRIES) {
            for (String message : messages) {
                for (String text : List.of(message, message.toLowerCase(Locale.ROOT))) {
                    boolean matches = entry.pattern().matcher(text).find();
                    boolean may = entry.mayMatch(text);
                    assertTrue(may || !matches, () -> entry.pattern() + " matches but was skipped: " + text);
                    matched += matches ? 1 : 0;
                    skipped += may ? 0 : 1;
                }
            }
        }
        assertTrue(matched > 1_000, "the lexicon matched " + matched + " times");
        assertTrue(skipped > messages.size(), "entries skipped only " + skipped + " times");
    }

    private static List<String> tuningMessages() throws IOException {
        List<String> messages = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String set : List.of("dialogues.json", "dialogues-2.json", "dialogues-3.json", "dialogues-4.json", "dialogues-5.json",
                "dialogues-6.json", "dialogues-7.json", "dialogues-8.json", "dialogues-9.json", "dialogues-10.json", "dialogues-11.json",
                "dialogues-12.json", "dialogues-13.json")) {
            try (InputStream in = OpeningsTest.class.getResourceAsStream("/tuning/" + set)) {
                for (JsonNode dialogue : json.readTree(in)) {
                    for (JsonNode turn : dialogue.get("turns")) {
                        messages.add(turn.get("user").asText());
                    }
                }
            }
        }
        return messages;
    }
}
