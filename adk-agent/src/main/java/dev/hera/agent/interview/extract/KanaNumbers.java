package dev.hera.agent.interview.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers typed in hiragana on a phone, put back into digits once per message so that every extractor reads them as
 * it reads 「36」 or 「400万」: ages (「はたちのじょし」, 「さんじゅうろくの女です」, 「にじゅうごさい」) and amounts
 * (「よんひゃくまん」, 「にひゃくまんいかない」, 「ごひゃくまんちょい」, 「年90まん」). A kana run is read as a number only
 * where nothing else reads it: it carries a unit (じゅう, ひゃく, せん) or stands before まん or さい, and it is followed
 * by a counter or ends a word (「みなさんじゅうぶん」 and the negation 「気にせん」 stay as typed).
 */
final class KanaNumbers {

    /** A digit's reading, with the short forms before a unit (いっせん, ろっぴゃく, はっぴゃく). */
    private static final String DIGIT = "(?:いち|いっ|に|さん|よん|ご|ろく|ろっ|なな|しち|はち|はっ|きゅう)";
    /** A reading from one to nine that may end a number (いっ, ろっ, はっ only stand before a unit). */
    private static final String LAST_DIGIT = "(?:いち|に|さん|よん|ご|ろく|なな|しち|はち|きゅう)";

    /**
     * A number below 10,000 in hiragana with at least one unit: じゅう (十), さんじゅうろく (36), よんひゃく (400),
     * にせんご (2005).
     */
    private static final String WITH_UNIT = "(?:" + DIGIT + "?(?:せん|ぜん))?(?:" + DIGIT + "?(?:ひゃく|びゃく|ぴゃく))?(?:"
            + DIGIT + "?(?:じゅう|じゅっ))?" + LAST_DIGIT + "?";

    /**
     * A hiragana number, or はたち (twenty), before what ends it: 万 typed as まん, years of age typed as さい, or the end
     * of the word (a particle, a copula, a mark): 「よんひゃくまん」, 「ごさい」, 「さんじゅうろくの」, 「はたちの」.
     */
    private static final Pattern KANA_NUMBER = Pattern.compile(
            "(?<![\\p{IsHiragana}ー])(はたち)(?=[のでだや、,。!?\\s]|です|$)"
                    + "|(?<=[はがもでと、,\\s]|^)(" + LAST_DIGIT + ")(?=まん|さい(?!た))"
                    + "|(?<![\\p{IsHiragana}ー&&[^はがもでと]])(?=[いにさよごろなしはきじひびぴせぜ])(" + WITH_UNIT
                    + ")(?=まん|さい(?!た)|[のだや、,。!?〜\\s]|で(?!ん)|です|くらい|ぐらい|ちょい|$)");

    /** 万 typed as まん after digits: 「年90まん」, 「100まんいかない」; not 漫画 (「3まんが」). */
    private static final Pattern DIGITS_THEN_MAN = Pattern.compile("(?<=[0-9])まん(?!が)");

    private KanaNumbers() {
    }

    /** The message with its hiragana numbers in digits (はたち as 20歳, まん after a number as 万). */
    static String restore(String text) {
        if (!hasKana(text)) {
            return text;
        }
        Matcher m = KANA_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = "20歳";
            } else {
                String kana = m.group(2) != null ? m.group(2) : m.group(3);
                if (kana.isEmpty() || (m.group(3) != null && (!hasUnit(kana) || negation(kana, text, m.end())))) {
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                    continue;
                }
                replacement = Integer.toString(value(kana));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return DIGITS_THEN_MAN.matcher(out).replaceAll("万");
    }

    private static boolean hasKana(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3041' && c <= '\u309F') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a number ending in せん stands where a dialect negation does (「気にせん、」 is 気にしない, not 2000): a
     * thousand typed in kana is only read before まん.
     */
    private static boolean negation(String kana, String text, int end) {
        return (kana.endsWith("せん") || kana.endsWith("ぜん")) && !text.startsWith("まん", end);
    }

    private static boolean hasUnit(String kana) {
        return kana.contains("じゅ") || kana.contains("ゃく") || kana.contains("せん") || kana.contains("ぜん");
    }

    /** The value of a hiragana number matched by {@link #WITH_UNIT} or {@link #LAST_DIGIT}. */
    private static int value(String kana) {
        int total = 0;
        int pending = -1;
        int i = 0;
        while (i < kana.length()) {
            String rest = kana.substring(i);
            int unit = rest.startsWith("せん") || rest.startsWith("ぜん") ? 1000
                    : rest.startsWith("ひゃく") || rest.startsWith("びゃく") || rest.startsWith("ぴゃく") ? 100
                    : rest.startsWith("じゅう") || rest.startsWith("じゅっ") ? 10 : 0;
            if (unit > 0) {
                total += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
                i += unit == 100 ? 3 : unit == 10 ? 3 : 2;
                continue;
            }
            int[] digit = digit(rest);
            pending = digit[0];
            i += digit[1];
        }
        return total + Math.max(pending, 0);
    }

    /** The digit a reading opens with and the reading's length. */
    private static int[] digit(String rest) {
        String[][] readings = { { "きゅう", "9" }, { "いち", "1" }, { "いっ", "1" }, { "さん", "3" }, { "よん", "4" },
            { "ろく", "6" }, { "ろっ", "6" }, { "なな", "7" }, { "しち", "7" }, { "はち", "8" }, { "はっ", "8" },
            { "に", "2" }, { "ご", "5" } };
        for (String[] reading : readings) {
            if (rest.startsWith(reading[0])) {
                return new int[] { Integer.parseInt(reading[1]), reading[0].length() };
            }
        }
        return new int[] { 0, rest.length() };
    }
}
