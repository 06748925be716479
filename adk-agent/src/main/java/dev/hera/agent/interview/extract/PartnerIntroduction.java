package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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

    private static final Pattern PARTNER_NOUN = Pattern.compile(Subjects.JA_PARTNER_NOUNS);
    /** The existence verbs, by lemma: the dictionary reads the polite 「おります」 as おりる. */
    private static final Set<String> EXISTENCE = Set.of("いる", "おる", "おりる", "できる", "居る");
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
        Matcher noun = PARTNER_NOUN.matcher(text);
        for (int first = 0; first < tokens.size(); first++) {
            int i = nounEnd(tokens, first, noun);
            if (i < 0) {
                continue;
            }
            int verb = i + 1 < tokens.size() && "が".equals(tokens.get(i + 1).surface()) ? i + 2 : i + 1;
            boolean exists = verb < tokens.size() && tokens.get(verb).is("動詞") && EXISTENCE.contains(tokens.get(verb).lemma());
            // 「彼女と同棲してる。」, 「妻。」 (an answer): the partner is there, and what follows is about them
            boolean with = verb < tokens.size() && "と".equals(tokens.get(verb).surface()) && i + 2 < tokens.size()
                    && TOGETHER.contains(tokens.get(i + 2).lemma());
            boolean alone = first == 0 && verb < tokens.size() && tokens.get(verb).is("記号");
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

    /**
     * The last word of a partner noun that starts at word {@code first}, or -1: the dictionary may cut one in
     * two (婚約|者, 旦那|さん), so the noun is matched on the text and must end where a word ends.
     */
    private static int nounEnd(List<Token> tokens, int first, Matcher noun) {
        Token start = tokens.get(first);
        if (!start.is("名詞") && !start.is("接頭詞") || !noun.region(start.start(), noun.regionEnd()).lookingAt()) {
            return -1;
        }
        for (int i = first; i < tokens.size() && tokens.get(i).start() < noun.end(); i++) {
            if (tokens.get(i).end() == noun.end()) {
                return i;
            }
        }
        return -1;
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
