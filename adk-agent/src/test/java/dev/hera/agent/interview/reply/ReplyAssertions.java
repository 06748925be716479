package dev.hera.agent.interview.reply;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

/** Assertions on reply text that show the whole reply when they fail; words are found in any case. */
final class ReplyAssertions {

    private ReplyAssertions() {
    }

    static void assertMentions(String reply, String... words) {
        for (String word : words) {
            assertTrue(lower(reply).contains(lower(word)), () -> "expected \"" + word + "\" in: " + reply);
        }
    }

    static void assertMentionsNone(String reply, String... words) {
        for (String word : words) {
            assertFalse(lower(reply).contains(lower(word)), () -> "did not expect \"" + word + "\" in: " + reply);
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** No template leftovers, no "null", no doubled spaces or punctuation, nothing empty. */
    static void assertClean(String reply) {
        assertFalse(reply.isBlank(), "empty reply");
        assertMentionsNone(reply, "{", "}", "null", "  ", "。。", "..", "、、", ",,", " .", " ,", "？。", "?.");
        assertFalse(reply.startsWith(" ") || reply.endsWith(" "), () -> "untrimmed: [" + reply + "]");
    }
}
