package dev.hera.agent.interview.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer to Hera's {@link NameCheck}: 「うん」, 「はい、そうです」, "yes", "that's right" confirm the
 * name; 「いや、そらです」, "No, it's Kai" or just another name correct it; 「ちがう」, "no" leave it
 * unknown (Hera asks for the name again with the missing fields).
 */
final class NameConfirmation {

    private static final Pattern JA_NAME = Pattern.compile(
            "^\\s*(?:名前は|正しくは|本当は)?[「『]?" + Names.JA_NAME + "[」』]?(?=\\s*(?:さん|くん|君|ちゃん)?\\s*(?:です|だよ|やで|や|って|といいます|と言います|で(?:す)?|だ)?\\s*(?:[。!！、,]|$))");
    private static final Pattern EN_NAME = Pattern.compile(
            "^\\s*(?i:(?:it's|its|it is|it should be|his name is|her name is|their name is|the name is|my name is|i'm|call (?:him|her|me))\\s+)?\"?(" + Names.EN_ANY_WORD + ")\"?\\s*[.!]?\\s*$");

    private NameConfirmation() {
    }

    /** The name the answer settles on (the checked one, or the correction); null when none. */
    static NameCheck read(Context ctx) {
        NameCheck asked = ctx.question().nameCheck();
        if (asked == null) {
            return null;
        }
        String text = ctx.text();
        String lower = ctx.lower();
        if (YesNo.opening(lower) == Boolean.TRUE) {
            return asked;
        }
        Matcher no = YesNo.JA_NO.matcher(lower);
        Matcher enNo = YesNo.EN_NO.matcher(lower);
        int rest = no.find() ? no.end() : enNo.find() ? enNo.end() : 0;
        String corrected = correction(text.substring(rest));
        return corrected == null || corrected.equals(asked.name()) && rest > 0 ? null : new NameCheck(asked.whose(), corrected);
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[。!！?？\\n]");

    private static String correction(String text) {
        String sentence = SENTENCE_END.split(text, 2)[0];
        Matcher en = EN_NAME.matcher(sentence);
        if (en.find()) {
            String name = Names.capitalise(en.group(1));
            return Names.plausibleEnglish(name) ? name : null;
        }
        Matcher ja = JA_NAME.matcher(sentence);
        if (ja.find()) {
            String name = Names.clean(ja.group(1));
            return Names.plausibleJapanese(name) ? name : null;
        }
        return null;
    }
}
