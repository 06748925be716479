package dev.hera.agent.interview.extract;

import java.util.regex.Pattern;

/**
 * Words that mark a correction (「いや、35です」, 「正確には」, "Actually I'm 34, not 33") and
 * the rejected values inside one (「33じゃなくて34」, "not 33").
 */
final class Corrections {

    private static final Pattern CUE = Pattern.compile(
            "(?:^|[\\s、,。])(?:いや|いえ|いいえ|ちゃう|ちゃいます|違う|違います|ちがう)|正確には|訂正|間違え|間違い|言い間違|じゃなくて|ではなくて|ではなく|じゃなく|やなくて"
                    + "|本当は|ほんとは|ほんまは|実は|すみません|ごめん"
                    + "|\\bactually\\b|\\bcorrection\\b|\\bi mean\\b|\\bi meant\\b|\\bsorry\\b|\\bwait\\b|\\boops\\b|\\bmy mistake\\b"
                    + "|\\bto be (?:precise|exact)\\b|\\bnot\\s+(?:\\$|€|£|¥)?\\d|\\bi misspoke\\b|\\bno,|\\bmake that\\b");

    /**
     * Before a value that is being taken back: "not 33"; 「33じゃなくて」, 「480万…あ、ちゃうわ」 (a filler before the
     * cue) and 「「太陽」…いや、「陽太」」 (a quoted name) are checked with {@link #REJECTED_AFTER}; "Chorlton actually." and
     * "34 actually!", "actually" ending the clause, affirm the value said before it ("33, actually 34" takes it back).
     */
    private static final Pattern REJECTED_BEFORE = Pattern.compile("(?:\\bnot|\\bno longer|\\bisn't|\\bwasn't)\\s*(?:\\$|€|£|¥)?\\s*$");
    private static final Pattern REJECTED_AFTER = Pattern.compile(
            "^\\s*(?:歳|才|万円?|円|億円?|[」』])?\\s*[…‥.]*\\s*(?:(?:あ|あっ|え|えっ)[、,…\\s]*)?(?:じゃなく|ではなく|やなく|じゃない|ではない|ちゃう|ちゃいます|違(?:う|います|った)|ちが(?:う|った)|では(?:あり)?ません|、\\s*いや|,\\s*いや|(?<=[…‥.])いや(?=[、,…\\s])|って言った|と言った"
                    + "|,?\\s*no\\b(?!\\s+[a-z])|,?\\s*i mean\\b|,?\\s*sorry|,?\\s*wait|,?\\s*actually(?!\\s*(?:[.!?;)]|\\p{So}|$)))");

    private Corrections() {
    }

    /** Whether the text carries a correction cue. */
    static boolean hasCue(String text) {
        return CUE.matcher(Utterance.lowerSameLength(text)).find();
    }

    /** Whether the value found at [start, end) of {@code lower} is the one being taken back. */
    static boolean isRejected(String lower, int start, int end) {
        String before = lower.substring(Math.max(0, start - 14), start);
        String after = lower.substring(end, Math.min(lower.length(), end + 16));
        return REJECTED_BEFORE.matcher(before).find() || REJECTED_AFTER.matcher(after).find();
    }
}
