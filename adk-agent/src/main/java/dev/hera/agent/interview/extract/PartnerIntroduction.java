package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.hera.agent.text.JapaneseMorphology;
import dev.hera.agent.text.JapaneseMorphology.Token;

/**
 * A partner introduced in passing: 「彼女がいて、名前は…」, 「妻がいます。しっかり者で…」, 「旦那がおるけど、…」.
 * The introducing clause is the user's (it states the relationship), but what follows it talks
 * about the partner until someone else is named. Read with Kuromoji: a partner noun, が (or no
 * particle), an existence verb (いる, おる, できる) not negated, then the end of that clause.
 */
final class PartnerIntroduction {

    private static final Pattern PARTNER_NOUN = Pattern.compile(
            "奥さん|奥様|お嫁さん|嫁さん|嫁はん|嫁|妻|家内|女房|旦那さん|旦那|ご主人|主人|夫|彼氏|カレシ|彼女|カノジョ|恋人|婚約者|フィアンセ|パートナー|相方");
    private static final Set<String> EXISTENCE = Set.of("いる", "おる", "できる", "居る");
    /** 「彼女と同棲してる」, 「妻と暮らしてる」: living or going out with the partner. */
    private static final Set<String> TOGETHER = Set.of("同棲", "付き合う", "付き合っ", "暮らす", "住む", "結婚", "交際", "一緒");
    /** Negating auxiliaries: いない, いません, おらん, おらへん. */
    private static final Set<String> NEGATION = Set.of("ない", "ぬ", "ん", "へん", "ひん");

    private PartnerIntroduction() {
    }

    /** Where the partner becomes the subject: the end of each introducing clause. */
    static List<Integer> clauseEnds(String text) {
        List<Integer> ends = new ArrayList<>();
        if (!PARTNER_NOUN.matcher(text).find()) {
            return ends; // most messages: no tokenizing needed
        }
        List<Token> tokens = JapaneseMorphology.tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is("名詞") || !PARTNER_NOUN.matcher(tokens.get(i).surface()).matches()) {
                continue;
            }
            int verb = i + 1 < tokens.size() && "が".equals(tokens.get(i + 1).surface()) ? i + 2 : i + 1;
            boolean exists = verb < tokens.size() && tokens.get(verb).is("動詞") && EXISTENCE.contains(tokens.get(verb).lemma());
            // 「彼女と同棲してる。」, 「妻。」 (an answer): the partner is there, and what follows is about them
            boolean with = verb < tokens.size() && "と".equals(tokens.get(verb).surface()) && i + 2 < tokens.size()
                    && TOGETHER.contains(tokens.get(i + 2).lemma());
            boolean alone = i == 0 && verb < tokens.size() && tokens.get(verb).is("記号");
            if (alone) {
                ends.add(tokens.get(verb).end());
            } else if (exists || with) {
                int end = clauseEnd(tokens, verb + 1);
                if (end >= 0) {
                    ends.add(end);
                }
            }
        }
        return ends;
    }

    /** The offset after the clause's closing punctuation or conjunction; -1 if it is negated or never ends. */
    private static int clauseEnd(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size(); j++) {
            Token token = tokens.get(j);
            if (token.is("助動詞") && NEGATION.contains(token.lemma())) {
                return -1;
            }
            if (token.is("記号") || token.is("助詞-終助詞")) {
                return token.end(); // 「彼氏おるよ」: a sentence-final particle ends the clause too
            }
            if (token.is("助詞-接続助詞")) {
                boolean punctuated = j + 1 < tokens.size() && tokens.get(j + 1).is("記号");
                return punctuated ? tokens.get(j + 1).end() : token.end();
            }
        }
        return -1;
    }
}
