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
 * English typing leaves out put back, see {@link CasualTyping}) and split into sentences. {@link #lower} has
 * the same length as {@link #text}, so positions found in one are valid in the other. Pronouns given as a set ("she/her", "(they/them)") are set
 * aside ({@link #pronouns}) and taken out of the text: their "she" is the speaker, never a partner,
 * and the rest of the sentence reads as if they had not been there. A message typed without marks gets its
 * sentence ends back ({@link ClauseBoundaries} in Japanese, {@link RunOnSentences} in English: "I'm 34 I live in
 * Denver" reads "I'm 34. I live in Denver"), and so does one typed with emoji or laughter for its full stops.
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
    /**
     * What a sentence never opens with: the copula or the verb of naming that ends an introduction, typed after a
     * space (「岡田 ゆうき いいます」, 「ゆいな でした」, 「山下 龍之介 ちゅうもんです」).
     */
    private static final Pattern INTRODUCTION_ENDING = Pattern.compile(
            "(?:です|でした|でーす|と申します|申します|といいます|と言います|いいます|言います|っていいます|って言います|ちゅう|っちゅう)");
    /**
     * One emoji: a pictograph (😊, 🍕, 💕, 👨‍👩‍👧), dingbat or symbol (❤, ☺, ★, ♡) with its variation selectors,
     * skin tones and joiners; not an arrow ("Tokyo → Osaka").
     */
    private static final String EMOJI = "[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{2B50}\\x{2B55}\\x{2B1B}\\x{2B1C}]"
            + "[\\x{FE0E}\\x{FE0F}\\x{200D}\\x{20E3}]*";
    /** A face in brackets, of signs only or a word of feeling: (^^), (^_^;), (*´ω`*), (笑), (泣). */
    private static final String KAOMOJI = "\\((?:[^()\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}A-Za-z0-9\\s]{1,12}|笑|泣|汗|涙|苦笑|爆笑)\\)";
    /**
     * Laughter typed after Japanese: 「w」「www」, and 「笑」 where it is no word's (not 笑顔, 笑う, 笑った, 爆笑, 苦笑).
     */
    private static final String JA_LAUGH = "(?<=[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー])"
            + "(?:w+(?![A-Za-z])|(?<![爆苦微失談嘲冷大])笑(?![顔いうえおわっみ声美子]))";
    /** Laughter and faces typed as words: lol, lmao, haha, hehe, :) :D ;) :P xD <3. */
    private static final String EN_LAUGH = "(?<![\\p{L}\\p{N}])(?i:lol|lmao|rofl|ha(?:ha)+h?|he(?:he)+|:-?\\)|:-?d|;-?\\)|:-?p|xd|<3)"
            + "(?![\\p{L}\\p{N}])";
    /** A run of such signs with the spaces around it. */
    private static final Pattern SIGNS = Pattern.compile(
            "\\s*(?:(?:" + EMOJI + "|" + KAOMOJI + "|" + JA_LAUGH + "|" + EN_LAUGH + ")\\s*)+");
    /** Marks that end a sentence or a clause already: a sign beside one adds no boundary. */
    private static final String SENTENCE_MARK = "。．.!?！？、,;:…\n";
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
    /** Whether the message holds any kana or kanji, and any Latin letter: lexicons of the other script are not read. */
    final boolean hasJapanese;
    final boolean hasLatin;

    private Utterance(String typed, List<String> pronouns, boolean lowerCaseTyped) {
        this.text = signsAsSentenceEnds(RunOnSentences.restore(ClauseBoundaries.restore(typed)));
        this.lowerCaseTyped = lowerCaseTyped;
        this.lower = lowerSameLength(text);
        this.sentences = split(text);
        this.pronouns = pronouns;
        this.hasJapanese = text.codePoints().anyMatch(c -> c >= 0x3040);
        this.hasLatin = lower.chars().anyMatch(c -> c >= 'a' && c <= 'z');
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
        String text = KanaNumbers.restore(CasualTyping.restore(folded));
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

    /**
     * Emoji, faces and laughter where people put them, between sentences instead of a full stop ("I'm 29 😊 my
     * wife is Sarah", "im 29 lol my wife is sarah", 「28歳😊彼女おる笑 名前はみさき(^^)」), read as the full stop
     * they stand for: 「。」 beside Japanese, ". " otherwise, nothing where a sentence mark is already beside
     * them or the message begins or ends. Without it the two sentences read as one, and the second one's
     * subject takes the first one's facts.
     */
    private static String signsAsSentenceEnds(String text) {
        Matcher sign = SIGNS.matcher(text);
        if (!sign.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        do {
            out.append(text, copied, sign.start());
            // a message's first and last sign, and one before a mark ("Sarah 😊."), stand for nothing
            if (sign.start() > 0 && sign.end() < text.length() && SENTENCE_MARK.indexOf(text.charAt(sign.end())) < 0) {
                char last = lastVisible(out);
                char next = text.charAt(sign.end());
                if (SENTENCE_MARK.indexOf(last) >= 0) {
                    out.append(Character.isWhitespace(text.charAt(sign.end() - 1)) ? " " : ""); // "29. 😊 My wife"
                } else if (isJapanese(last) || isJapanese(next)) {
                    trimEnd(out).append('。');
                } else {
                    trimEnd(out).append(". ");
                }
            }
            copied = sign.end();
        } while (sign.find());
        out.append(text, copied, text.length());
        return out.toString();
    }

    private static char lastVisible(StringBuilder text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static StringBuilder trimEnd(StringBuilder text) {
        while (!text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.setLength(text.length() - 1);
        }
        return text;
    }

    private static boolean isJapanese(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || c == 'ー' || c == '々';
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
            if (m.group().startsWith(".") && isAbbreviation(text, m.start()) || isSpaceInAName(text, m)) {
                continue;
            }
            add(result, text, start, m.end());
            start = m.end();
        }
        add(result, text, start, text.length());
        return List.copyOf(result);
    }

    /**
     * A space that parts a full name (「名前は村上 翼」, 「住んでる鈴木 よしえです」: a surname the dictionary knows before
     * it) or a name from the verb that introduces it (「岡田 ゆうき いいます」) is no sentence end.
     */
    private static boolean isSpaceInAName(String text, Matcher space) {
        return space.group().isBlank() && space.group().indexOf('\n') < 0 && isSpaceInAName(text, space.start(), space.end());
    }

    /**
     * Whether the spaces in [{@code start}, {@code end}) part a full name or a name from the verb that introduces it, as
     * in {@link #isSpaceInAName(String, Matcher)}: {@link ClauseBoundaries} reads a message spaced only there as typed
     * without marks (「名前は村上 翼年収は400万」).
     */
    static boolean isSpaceInAName(String text, int spaceStart, int spaceEnd) {
        if (INTRODUCTION_ENDING.matcher(text).region(spaceEnd, text.length()).lookingAt()) {
            return true;
        }
        int start = spaceStart;
        while (start > 0 && spaceStart - start < 4 && Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN) {
            start--;
        }
        int length = spaceStart - start;
        return length >= 1 && length <= 3 && (start == 0 || Character.UnicodeScript.of(text.charAt(start - 1)) != Character.UnicodeScript.HAN)
                && JapaneseNameShape.isSurname(text.substring(start, spaceStart));
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
