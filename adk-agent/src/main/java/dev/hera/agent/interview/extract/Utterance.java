package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.agent.text.Normalization;

/**
 * One user message, normalised once (NFKC: full-width digits and letters become ASCII,
 * half-width kana become full-width; curly quotes become straight; wave dashes become 〜; what casual
 * English typing leaves out put back, see {@link CasualTyping}) and split into sentences. {@link #lower} has the same length as {@link #text}, so positions
 * found in one are valid in the other. Pronouns given as a set ("she/her", "(they/them)") are set
 * aside ({@link #pronouns}) and taken out of the text: their "she" is the speaker, never a partner,
 * and the rest of the sentence reads as if they had not been there.
 */
final class Utterance {

    /** A sentence: [start, end) in the normalised text, terminator included. */
    record Sentence(int index, int start, int end, String text) {

        boolean contains(int position) {
            return position >= start && position < end;
        }
    }

    /**
     * A space between Japanese words is where someone who types without punctuation ends a sentence
     * (「彼氏いる　名前はしょうま　優しい」), except after a surname of one to three kanji (「浜口 健二」).
     */
    private static final Pattern BREAK = Pattern.compile("[。！？!?\\n]+[」』)）]*|\\.+(?=\\s|$)|…+|;\\s"
            + "|(?<=[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ーw])(?<!(?:^|[\\s、,。])\\p{IsHan}{1,3})\\s+(?=[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}])");
    private static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.Arrays.asList("st", "dr", "mr", "mrs", "ms", "mt", "jr", "sr", "vs",
            "etc", "u.s", "d.c", "approx", "no", "ft", "ave"));

    /** A set of one's own pronouns, the subject form first; two subject forms ("he/she") are no such set. */
    private static final Pattern PRONOUN_SET = Pattern.compile(
            "\\(?\\b(she|he|they|xe|ze)\\s*/\\s*(her|hers|him|his|them|theirs|they|she|he|xem|xir|zir|hir)"
                    + "(?:\\s*/\\s*(?:her|hers|him|his|them|theirs))?\\b\\)?",
            Pattern.CASE_INSENSITIVE);

    final String text;
    final String lower;
    /** Whether the message was typed without a single capital (its names and places are given theirs by {@link CasualTyping}). */
    final boolean lowerCaseTyped;
    final List<Sentence> sentences;
    /** The subject form of each pronoun set given, lower case ("she" for "she/her"), in order. */
    final List<String> pronouns;

    private Utterance(String text, List<String> pronouns, boolean lowerCaseTyped) {
        this.text = text;
        this.lowerCaseTyped = lowerCaseTyped;
        this.lower = lowerSameLength(text);
        this.sentences = split(text);
        this.pronouns = pronouns;
    }

    /**
     * Messages are read up to this many characters: an interview answer is a few sentences, and
     * the cost of reading stays bounded whatever is sent.
     */
    static final int MAX_LENGTH = 4_000;

    static Utterance of(String message) {
        String folded = Normalization.fold(message);
        if (folded.length() > MAX_LENGTH) {
            folded = folded.substring(0, MAX_LENGTH);
        }
        boolean lowerCaseTyped = CasualTyping.typedInLowerCase(folded);
        String text = CasualTyping.restore(folded);
        Matcher set = PRONOUN_SET.matcher(text);
        if (!set.find()) {
            return new Utterance(text, List.of(), lowerCaseTyped);
        }
        List<String> pronouns = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int copied = 0;
        do {
            String first = set.group(1).toLowerCase(java.util.Locale.ROOT);
            String second = set.group(2).toLowerCase(java.util.Locale.ROOT);
            if (!isSubjectForm(second) || first.equals("they") || second.equals("they")) {
                pronouns.add(first);
                rest.append(text, copied, set.start());
                copied = withoutListComma(text, rest, set.end());
            }
        } while (set.find());
        rest.append(text, copied, text.length());
        return new Utterance(rest.toString(), List.copyOf(pronouns), lowerCaseTyped);
    }

    /**
     * Where to go on after a removed pronoun set: past the comma that closed it when one opened it
     * ("Alex, they/them, 27" reads "Alex, 27"), and past the spaces before it either way.
     */
    private static int withoutListComma(String text, StringBuilder rest, int end) {
        while (!rest.isEmpty() && Character.isWhitespace(rest.charAt(rest.length() - 1))) {
            rest.setLength(rest.length() - 1);
        }
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        boolean opened = !rest.isEmpty() && rest.charAt(rest.length() - 1) == ',';
        if (opened && next < text.length() && text.charAt(next) == ',') {
            return next + 1;
        }
        rest.append(' ');
        return next;
    }

    /** "he/she" names two people, not one's pronouns; "she/they" and "they/he" are one person's. */
    private static boolean isSubjectForm(String word) {
        return switch (word) {
            case "she", "he", "they" -> true;
            default -> false;
        };
    }

    /** Lower case character by character, so the length (and every position) is unchanged. */
    static String lowerSameLength(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static List<Sentence> split(String text) {
        List<Sentence> result = new ArrayList<>();
        Matcher m = BREAK.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.group().startsWith(".") && isAbbreviation(text, m.start())) {
                continue;
            }
            add(result, text, start, m.end());
            start = m.end();
        }
        add(result, text, start, text.length());
        return List.copyOf(result);
    }

    private static boolean isAbbreviation(String text, int dot) {
        int i = dot;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        String word = text.substring(i, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(i)));
    }

    private static void add(List<Sentence> result, String text, int start, int end) {
        int s = start;
        while (s < end && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        if (s < end) {
            result.add(new Sentence(result.size(), s, end, text.substring(s, end)));
        }
    }

    /** The sentence holding {@code position} (the last one for the end of the text). */
    Sentence sentenceAt(int position) {
        for (Sentence sentence : sentences) {
            if (position < sentence.end()) {
                return sentence;
            }
        }
        return sentences.isEmpty() ? new Sentence(0, 0, 0, "") : sentences.get(sentences.size() - 1);
    }

    boolean isEmpty() {
        return text.isBlank();
    }
}
