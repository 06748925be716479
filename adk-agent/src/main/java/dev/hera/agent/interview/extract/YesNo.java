package dev.hera.agent.interview.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bare yes or no opening an answer (「うん」, 「はい、そうです」, 「いいえ」, "Yep", "Nope"), read against
 * the question Hera asked last: by {@link NameConfirmation} for a name she checked, by
 * {@link RelationshipExtractor} for "Are you married?".
 */
final class YesNo {

    static final Pattern JA_YES = Pattern.compile(
            "^\\s*(?:はい|うん|ええ|そう|そうそう|せや|そうです|そうだよ|そうやで|合って|あって|その通り|それで(?:いい|大丈夫|ok|お願い)|ok|おっけー|オッケー|大丈夫)");
    /** A word of assent and what closes it: 「はい、」, 「大丈夫です、」, 「うん 」. */
    private static final Pattern JA_YES_THEN = Pattern.compile(JA_YES.pattern() + "(?:です|だよ|よ|ね)?[、,。!！\\s]*");
    static final Pattern JA_NO = Pattern.compile("^\\s*(?:いいえ|いや|いえ|ううん|ちがう|違う|違います|ちゃう|ちゃいます|じゃなくて)[、,。!！\\s]*");
    static final Pattern EN_YES = Pattern.compile(
            "^\\s*(?:yes|yeah|yep|yup|yea|ya|yeh|aye|right|correct|exactly|sure|indeed|that's right|that's it|it is|mhm|uh-huh|of course|ok|okay)\\b");
    static final Pattern EN_NO = Pattern.compile("^\\s*(?:no|nope|nah|naw|not quite|actually)\\b[,.!\\s]*");

    /** Answers that open with a yes, but only to a status question (「いますよ」, "I am", "we are"). */
    /**
     * What may close a short answer: 「いないっす！」, 「おらんよ」, 「まだですね」, 「いますけど」, in dialect
     * (「おらんっちゃん」, 「いねえべ」), drawn out (「いない〜」, 「いますよー」) or with an emoji.
     */
    private static final String JA_ANSWER_END = "(?:っす|です|よ|ね|な|わ|さ|で|や|ねん|けど|のよ|んだ|んです|っちゃん|っちゃ|けん|ばい|たい|じゃ|べ|ぞ|[ー〜～])*"
            + "(?:[、,。!！?？…\\s\\p{So}]|$)";
    private static final Pattern JA_STATUS_YES = Pattern.compile(
            "^\\s*(?:いま(?:す|すよ|すね)|いる(?:よ|で|けど)?|おる(?:よ|で)?|おります|してます|してる(?:よ)?)" + JA_ANSWER_END);
    private static final Pattern EN_STATUS_YES = Pattern.compile("^\\s*(?:i am|i'm|we are|we're|i do|i have|i've got|i got|sure am|yes ma'am|yes sir)\\s*(?:[,.!]|$)");
    private static final Pattern JA_STATUS_NO = Pattern.compile(
            "^\\s*(?:今は|いまは|今|いま)?(?:(?:いない|いません|いいひん|いーひん|いーへん|いやへん|おらん|おらへん|おりません|いねえ|いねぇ|いねー|いね|してない|してません|しとらん|まだ(?:まだ)?)"
                    // 「おらんおらん笑」: said twice, laughing
                    + "[、,\\s]*){1,2}(?:笑|[wｗ]+)?" + JA_ANSWER_END);
    private static final Pattern EN_STATUS_NO = Pattern.compile("^\\s*(?:i'm not|i am not|not really|not at the moment|not right now|not yet|never|no one|nobody)\\b");

    private YesNo() {
    }

    /**
     * 「いるよ💕」, 「おるで。」, 「います、…」: that someone is there, the answer's opening word (not 「してます」, which says
     * what one does, not who is there).
     */
    private static final Pattern JA_SOMEONE_THERE = Pattern.compile(
            "^\\s*(?:いま(?:す|すよ|すね)|いる(?:よ|で|けど)?|おる(?:よ|で)?|おります)" + JA_ANSWER_END);

    /** Whether the answer opens with a yes ({@code TRUE}), a no ({@code FALSE}), or neither (null). */
    static Boolean opening(String lower) {
        if (JA_YES.matcher(lower).find() || EN_YES.matcher(lower).find()) {
            return Boolean.TRUE;
        }
        if (JA_NO.matcher(lower).find() || EN_NO.matcher(lower).find()) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** Like {@link #opening}, with the shapes only an answer about having someone takes (「いますよ」, "I'm not"). */
    static Boolean statusOpening(String lower) {
        if (JA_STATUS_NO.matcher(lower).find() || EN_STATUS_NO.matcher(lower).find()) {
            return Boolean.FALSE;
        }
        // 「はい、まだいないです」, 「大丈夫です、いません」: the word of assent, then that no one is there
        Matcher assent = JA_YES_THEN.matcher(lower);
        if (assent.lookingAt() && JA_STATUS_NO.matcher(lower).region(assent.end(), lower.length()).lookingAt()) {
            return Boolean.FALSE;
        }
        if (JA_STATUS_YES.matcher(lower).find() || EN_STATUS_YES.matcher(lower).find()) {
            return Boolean.TRUE;
        }
        return opening(lower);
    }

    /**
     * Whether a Japanese answer opens by saying that someone is there ({@code TRUE}: 「いますよー、…」, 「おるで」) or that
     * no one is ({@code FALSE}: 「いないっす！」, 「今はいません。」, 「おらへんねん」), or neither (null): what these say
     * to an open question about the status.
     */
    static Boolean someoneThere(String lower) {
        if (JA_STATUS_NO.matcher(lower).find()) {
            return Boolean.FALSE;
        }
        return JA_SOMEONE_THERE.matcher(lower).find() ? Boolean.TRUE : null;
    }
}
