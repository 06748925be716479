package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.model.Gender;

/**
 * A self-introduction typed as a list: "Jordan here, 35, man, Vancouver", "hi im owen, 27, m,
 * cardiff", "23 f, LA", "Forty-one, bloke, Perth", 「ゆうきです、32、男。」. In a sentence about the
 * user, a bare age and a bare gender word side by side (each a comma-separated item) are the
 * user's (or a bare age item when Hera asked for the name: "Ffion, 29"); a number said after a correction cue ("26 - actually no, 27", "27 - wait, 28") replaces
 * the one before it.
 */
final class CompactIntroduction {

    /** The user's age and gender read from the list, each null when not there; positions for the extractors' ordering. */
    record Found(Integer age, int ageStart, Gender gender, int genderStart) {
    }

    private static final Set<String> GENDER_WORDS = Set.of("male", "female", "man", "woman", "guy", "girl", "lady", "dude", "gal",
            "bloke", "fella", "fellow", "chap", "lad", "lass", "m", "f", "nonbinary", "non-binary", "enby", "男", "女", "男性", "女性", "おとこ", "おんな");
    /** An item of the list: up to a comma, a slash or a semicolon, but not a comma grouping digits (25 of 25,000 is no age). */
    private static final Pattern ITEM = Pattern.compile("(?:[^,、，;/]|" + Numbers.GROUPING_MARK + ")+");
    /** An answer to Hera's question for age and gender may be bare words: 「45 男 静岡」, "51. M. Glasgow". */
    private static final Pattern BARE_ITEM = Pattern.compile("(?:[^,、，;/.。!！\\s]|" + Numbers.GROUPING_MARK + ")+");
    private static final Pattern AGE_ITEM = Pattern.compile(
            "^(?:(?:i'm|im|i am|age|aged)\\s+)?(\\d{2}|" + Numbers.EN_NUMBER_WORD + ")(?:\\s*(?:yrs?|years?)(?:\\s*old)?|\\s*yo|\\s*歳|\\s*才)?(?:です|っす|でーす|や|じゃ|だ)?"
                    // "27 m", and "27m" typed as one word
                    + "(?:(?:\\s+|(?=[mf]$))(m|f|male|female|man|woman|guy|girl|dude|bloke))?$");
    private static final Pattern CORRECTED_NUMBER = Pattern.compile(
            "(?:\\bactually(?:\\s+no)?|\\bwait|\\bno|\\bsorry|\\bi mean|いや|あ、|じゃなくて)[,.!\\s—–-]*(\\d{2})\\b(?!\\s*(?:k\\b|%|,\\d|万|円))");
    private static final Pattern NOT_SELF = Pattern.compile("\\b(?:he|she|he's|she's|his|her|my (?:wife|husband|partner|boyfriend|girlfriend))\\b|彼|妻|夫|旦那|嫁");

    private static final Pattern ITEM_OPENING = Pattern.compile("^(?:and|a|an)\\s+");
    private static final Pattern ITEM_END = Pattern.compile("[.!?。！]+$");
    private static final Pattern AGED_GENDER = Pattern.compile("(?:a\\s+)?(?:\\d{2}\\s*)?(?:yr old|year old|-year-old)\\s+(?:male|female|man|woman|guy|girl)");

    private CompactIntroduction() {
    }

    /** The user's age and gender from a listed introduction in the message; null when there is none. */
    static Found read(Context ctx) {
        boolean asked = introductionAsked(ctx);
        if (asked && ctx.text().length() <= 40) {
            Found bare = read(ctx, new Utterance.Sentence(0, 0, ctx.text().length(), ctx.text()), BARE_ITEM);
            if (bare != null) {
                return bare;
            }
        }
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            Found found = read(ctx, sentence, ITEM);
            if (found != null) {
                return found;
            }
        }
        return asked ? oneWordSentences(ctx) : null;
    }

    /** A sentence that is one item: "55.", "Man.", "F". */
    private static final Pattern ONE_WORD_SENTENCE = Pattern.compile("^\\s*[^,、，;/.。!！?？\\s]+\\s*[.。!！]*\\s*$");

    /**
     * "Name's Ray. 55. Man. Mesa, Arizona.": an introduction typed as sentences of one word each, read
     * as a list of the one-word sentences (only those, so that a number inside a longer one stays out).
     */
    private static Found oneWordSentences(Context ctx) {
        Integer age = null;
        int ageStart = -1;
        Gender gender = null;
        int genderStart = -1;
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            if (!ONE_WORD_SENTENCE.matcher(sentence.text()).matches() || ctx.subjects().at(sentence.start()) != Subject.USER) {
                continue;
            }
            String text = ITEM_END.matcher(Utterance.lowerSameLength(sentence.text()).strip()).replaceFirst("");
            Matcher a = AGE_ITEM.matcher(text);
            Integer value = a.matches() ? value(a.group(1)) : null;
            if (value != null && value >= 14 && value <= 110) {
                age = value;
                ageStart = sentence.start();
            } else if (GENDER_WORDS.contains(text)) {
                gender = GenderExtractor.word(text);
                genderStart = sentence.start();
            }
        }
        return age != null && gender != null ? new Found(age, ageStart, gender, genderStart) : null;
    }

    private static Found read(Context ctx, Utterance.Sentence sentence, Pattern itemPattern) {
        String lower = Utterance.lowerSameLength(sentence.text());
        if (NOT_SELF.matcher(lower).find() || ctx.subjects().at(sentence.start()) != Subject.USER) {
            return null;
        }
        Integer age = null;
        int ageStart = -1;
        Gender gender = null;
        int genderStart = -1;
        List<String> items = new ArrayList<>();
        Matcher item = itemPattern.matcher(lower);
        while (item.find()) {
            String raw = item.group();
            String text = ITEM_END.matcher(ITEM_OPENING.matcher(raw.strip()).replaceFirst("")).replaceFirst("").strip();
            int at = sentence.start() + item.start() + raw.indexOf(text.isEmpty() ? raw : text.substring(0, 1));
            items.add(text);
            Matcher a = AGE_ITEM.matcher(text);
            if (a.matches()) {
                Integer value = value(a.group(1));
                if (value != null && value >= 14 && value <= 110) {
                    age = value;
                    ageStart = at;
                    if (a.group(2) != null) {
                        gender = GenderExtractor.word(a.group(2));
                        genderStart = at;
                    }
                }
            } else if (GENDER_WORDS.contains(text) || AGED_GENDER.matcher(text).matches()) {
                gender = GenderExtractor.word(text.substring(text.lastIndexOf(' ') + 1));
                genderStart = at;
            }
        }
        Matcher corrected = CORRECTED_NUMBER.matcher(lower);
        if (age != null && corrected.find()) {
            Integer value = value(corrected.group(1));
            if (value != null && value >= 14 && value <= 110) {
                age = value;
                ageStart = sentence.start() + corrected.start(1);
            }
        }
        // a list: the age and the gender are separate items (or "23 f"), not words inside a sentence;
        // one of them alone only answers Hera's question for it
        boolean asked = introductionAsked(ctx);
        boolean listed = age != null && gender != null || asked && items.size() >= 2 && (age != null || gender != null);
        return listed ? new Found(age, ageStart, gender, genderStart) : null;
    }

    /** Hera asked for the age, the gender or the name: "Ffion, 29" answers "What's your name?" with the age too. */
    private static boolean introductionAsked(Context ctx) {
        LastQuestion q = ctx.question();
        return q.asked(LastQuestion.Topic.AGE) || q.asked(LastQuestion.Topic.GENDER)
                || q.asked(LastQuestion.Topic.USER_NAME) && ctx.current().age() == null;
    }

    private static Integer value(String number) {
        Integer small = Numbers.smallJapanese(number);
        if (small != null) {
            return small;
        }
        Long english = Numbers.english(number);
        return english == null ? null : english.intValue();
    }
}
