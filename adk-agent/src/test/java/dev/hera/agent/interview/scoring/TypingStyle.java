package dev.hera.agent.interview.scoring;

import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The ways people type the same message: the scored dialogues are written in tidy sentences, while a
 * person on a phone often types in lower case, drops apostrophes, or sends a chat message with no
 * full stops at all. Each style rewrites a user's message without changing what it says, so a fact the
 * engine reads in the written message and misses in the restyled one is a reading that hangs on the
 * typing, not on the words.
 */
enum TypingStyle {

    /** The message as the writer wrote it. */
    AS_WRITTEN(text -> text),
    /** All in lower case ("my wife sarah is 31"). */
    LOWER_CASE(text -> text.toLowerCase(Locale.ROOT)),
    /**
     * As a phone's keyboard capitalises by itself: the first letter of each sentence and the pronoun "I", every name and
     * place in lower case ("Hi im sarah, my husband is dave. We live in leeds").
     */
    AUTO_CAPITALS(text -> Patterns.capitalised(Patterns.SENTENCE_START, Patterns.capitalised(Patterns.PRONOUN_I,
            text.toLowerCase(Locale.ROOT)))),
    /** No apostrophe inside a word ("im", "dont", "my wifes name"); a height's 5'8" keeps its own. */
    NO_APOSTROPHES(text -> Patterns.APOSTROPHE_IN_WORD.matcher(text).replaceAll("")),
    /** Each sentence and clause mark a space instead, as chat messages are often typed. */
    SPACES_FOR_PUNCTUATION(text -> Patterns.MARK.matcher(text).replaceAll(" ").replaceAll(" {2,}", " ").strip()),
    /** No sentence or clause marks at all (「彼女がいて名前はみさき」, "im 29 i live in ohio"). */
    NO_PUNCTUATION(text -> Patterns.MARK.matcher(text).replaceAll("").replaceAll(" {2,}", " ").strip()),
    /** An emoji for each full stop or exclamation mark ("I'm 29😊 My wife is Sarah😍", 「28歳😊彼女おる」). */
    EMOJI_FOR_MARKS(text -> Patterns.FULL_STOP.matcher(text).replaceAll("😊")),
    /** Laughter for each full stop or exclamation mark: "I'm 29 lol My wife is Sarah lol", 「28歳笑彼女おる笑」. */
    LAUGHTER_FOR_MARKS(text -> Patterns.FULL_STOP.matcher(text).replaceAll(stop -> stop.start() > 0
            && Character.UnicodeScript.of(text.charAt(stop.start() - 1)) != Character.UnicodeScript.LATIN
            && !Character.isDigit(text.charAt(stop.start() - 1)) ? "笑" : " lol")),
    /** Lower case, no apostrophes and no marks at once. */
    CASUAL(text -> NO_PUNCTUATION.restyle(NO_APOSTROPHES.restyle(LOWER_CASE.restyle(text))));

    private final UnaryOperator<String> restyle;

    TypingStyle(UnaryOperator<String> restyle) {
        this.restyle = restyle;
    }

    String restyle(String message) {
        return restyle.apply(message);
    }

    private static final class Patterns {
        static final Pattern APOSTROPHE_IN_WORD = Pattern.compile("(?<=\\p{L})['’](?=\\p{L})");
        /** Sentence and clause marks, but not a number's own point or thousands comma ("5.5", "85,000"). */
        static final Pattern FULL_STOP = Pattern.compile("[.!。！]+(?=\\s|$)|[。！]+");
        static final Pattern MARK = Pattern.compile("[、。，．！？!?;…]+|[.,:](?!\\d)");
        static final Pattern SENTENCE_START = Pattern.compile("(?:^|(?<=[.!?]\\s{1,3})|(?<=\\n))\\p{Ll}");
        static final Pattern PRONOUN_I = Pattern.compile("(?<![\\p{L}'’])i(?=['’]|[^\\p{L}]|$)");

        static String capitalised(Pattern where, String text) {
            return where.matcher(text).replaceAll(letter -> letter.group().toUpperCase(Locale.ROOT));
        }
    }
}
