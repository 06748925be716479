package dev.hera.agent.interview.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers people type: ASCII digits (after NFKC, so full-width digits too) with
 * thousands separators, Japanese kanji numerals (三十五, 四百五十万, 一億二千万, 二〇二四) and
 * English number words (thirty-four, ninety thousand).
 */
final class Numbers {

    /**
     * A comma or a point between digits, which groups them into one number (25,000; 62.000 euros; 1.5): it ends
     * no number, no item of a list and no sentence, so 62 of "62.000" is no age.
     */
    static final String GROUPING_MARK = "(?<=\\d)[,.](?=\\d)";

    /** A grown-up's age, two digits or kanji up to 九十九 (34, 三十四, 二十): no 歳 needed where the words around say so. */
    static final String JA_AGE = "(?:[1-9][0-9]|[二三四五六七八九]?十[一二三四五六七八九]?)";

    /**
     * One Japanese number: digits (commas, decimals) or a run of kanji numerals below 万. It only
     * starts where a run of digits starts and never gives digits back, so a long run of digits
     * costs linear time.
     */
    static final String JA_NUMBER = "(?:(?<![0-9,.])[0-9]++[百千][0-9〇一二三四五六七八九十百]*+|(?<![0-9,.])[0-9]++(?:,[0-9]{3})*+(?:\\.[0-9]+)?+|(?<![〇零一二三四五六七八九十百千])[〇零一二三四五六七八九十百千]++)";

    /** A Japanese amount that may carry 万 and 億 groups: 450万, 1億2000万, 四百五十万, 5,000,000. */
    static final String JA_AMOUNT = "(?:" + JA_NUMBER + "\\s*億(?:\\s*" + JA_NUMBER + "\\s*万)?|" + JA_NUMBER
            + "\\s*万|" + JA_NUMBER + ")";

    private static final String EN_UNITS = "one|two|three|four|five|six|seven|eight|nine";
    /** The tens of an English number word: "thirty", "forty" (and the common misspelling "fourty"). */
    static final String EN_TENS = "twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety";
    private static final String EN_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

    /** An English number word below one hundred: nine, nineteen, thirty, thirty-four, twenty nine. */
    static final String EN_NUMBER_WORD = "(?:(?:" + EN_TENS + ")(?:[-\\s](?:" + EN_UNITS + "))?|" + EN_TEENS + "|"
            + EN_UNITS + "|zero)";

    private static final Map<String, Integer> EN_WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fourty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("an", 1));

    /** Kanji digits by value; 零 is read like 〇. */
    private static final String KANJI_DIGITS = "〇一二三四五六七八九";

    private static final Pattern DIGITS = Pattern.compile("[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?");

    private Numbers() {
    }

    /**
     * The value of a Japanese number, possibly with 十/百/千/万/億 and mixed with digits; null when
     * the text is not a number. Decimals are allowed before a unit (1.5億).
     */
    static Double japanese(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replaceAll("\\s+", "");
        if (s.isEmpty()) {
            return null;
        }
        double total = 0;
        double section = 0;
        double pending = -1;
        boolean pendingKanji = false;
        boolean any = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                Matcher m = DIGITS.matcher(s).region(i, s.length());
                if (!m.lookingAt()) {
                    return null;
                }
                pending = Double.parseDouble(m.group().replace(",", ""));
                pendingKanji = false;
                i = m.end();
                any = true;
                continue;
            }
            int digit = c == '零' ? 0 : KANJI_DIGITS.indexOf(c);
            if (digit >= 0) {
                // 二〇二四: consecutive kanji digits are read positionally
                pending = pendingKanji && pending >= 0 ? pending * 10 + digit : digit;
                pendingKanji = true;
                any = true;
            } else if (c == '十' || c == '百' || c == '千') {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
                pendingKanji = false;
                any = true;
            } else if (c == '万' || c == '億') {
                double unit = c == '万' ? 1e4 : 1e8;
                section += Math.max(pending, 0);
                total += (section == 0 ? 1 : section) * unit;
                section = 0;
                pending = -1;
                pendingKanji = false;
                any = true;
            } else {
                return null;
            }
            i++;
        }
        if (!any) {
            return null;
        }
        return total + section + Math.max(pending, 0);
    }

    /** {@link #japanese(String)} as an int, or null when absent or not a whole number below 10,000. */
    static Integer smallJapanese(String text) {
        Double value = japanese(text);
        if (value == null || value != Math.floor(value) || value < 0 || value >= 10_000) {
            return null;
        }
        return value.intValue();
    }

    /**
     * English number words: "thirty-four", "twenty nine", "ninety thousand", "a hundred",
     * "one hundred and twenty", "two million"; null when a word is not a number word.
     */
    static Long english(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String word : words.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
            if (word.isEmpty() || word.equals("and")) {
                continue;
            }
            Integer small = EN_WORDS.get(word);
            if (small != null) {
                current += small;
                any = true;
            } else if (word.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
                any = true;
            } else if (word.equals("thousand") || word.equals("grand")) {
                total += (current == 0 ? 1 : current) * 1_000;
                current = 0;
                any = true;
            } else if (word.equals("million")) {
                total += (current == 0 ? 1 : current) * 1_000_000;
                current = 0;
                any = true;
            } else {
                return null;
            }
        }
        return any ? total + current : null;
    }

    /** A count word: digits, kanji (二), the kana readings ひとり/ふたり, or an English word; null otherwise. */
    static Integer count(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        switch (s) {
            case "ひと", "ひとり", "一", "1" -> {
                return 1;
            }
            case "ふた", "ふたり", "二", "2" -> {
                return 2;
            }
            case "a couple of", "couple of", "a pair of" -> {
                return 2;
            }
            case "a few" -> {
                return 3;
            }
            default -> {
            }
        }
        Integer ja = smallJapanese(s);
        if (ja != null) {
            return ja;
        }
        Long en = english(s);
        return en == null || en > 1000 ? null : en.intValue();
    }
}
