package dev.hera.agent.interview.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.agent.text.JapaneseMorphology;
import dev.hera.agent.text.JapaneseMorphology.Token;

/**
 * How the rest of a Japanese clause judges what was just said: 「計画を立てるのは苦手」,
 * 「整理整頓は苦手やねん」, 「人前で話すのはあんまり得意じゃない」 say the person lacks the trait;
 * 「人と話すのが好き」 says they have it; a topic that is then denied (「怒ることはほとんどない」) is lacking. Read with Kuromoji up to the end of the clause (punctuation
 * or a conjunction after the predicate), so a judgement in the next clause does not reach back.
 */
final class ClausePredicate {

    /** What the clause says about the activity or trait before it. */
    enum Judgement {
        LIKES, DISLIKES, NONE
    }

    /** What the person lacks when the clause says it of the activity; 「嫌い」 closing a message is read as the verb 嫌う. */
    private static final Set<String> DISLIKE = Set.of("苦手", "下手", "へた", "嫌い", "きらい", "不得意", "不得手", "無理", "ダメ", "だめ", "程遠い", "ほど遠い", "無縁",
            "嫌う", "疲れる", "しんどい", "面倒", "めんどくさい", "面倒くさい", "めんどい", "億劫", "苦痛",
            // what makes the person shrink from it: 「人前に出るのはどうも恥ずかしいて」, 「新しいことには臆病」, 「人混みに弱い」, 「飲み会は避ける」
            "恥ずかしい", "はずかしい", "照れくさい", "臆病", "怖い", "こわい", "弱い", "避ける", "緊張");
    /**
     * What the person tends to do, and so is: 「くよくよしがち」, 「落ち込みやすい」, 「すぐキレてまう」, 「考え込んでしまう」, 「悩む癖がある」.
     */
    private static final Set<String> TENDENCY = Set.of("がち", "やすい", "しまう", "ちゃう", "じゃう", "ちまう", "まう", "癖", "くせ", "クセ");
    private static final Set<String> LIKE = Set.of("好き", "大好き", "好く", "得意", "楽しい", "好む", "上手", "得手", "生きがい", "取り柄", "平気", "趣味");
    /** 「片付けとか全然でけへん」: what the person cannot do, they lack. */
    private static final Set<String> CAN = Set.of("できる", "出来る", "でける", "でく");
    private static final Set<String> NEGATION = Set.of("ない", "ぬ", "ん", "へん", "ひん");
    private static boolean isAbsence(Token token, boolean afterVerb) {
        return token.is("助動詞") && afterVerb && NEGATION.contains(token.lemma()) || token.is("形容詞") && "ない".equals(token.lemma());
    }

    private static final Set<String> EVENT_NOUNS = Set.of("こと", "事", "とこ", "ところ");
    /** 「くよくよするほう」, 「すぐ動くタイプ」: the person is one who does it. */
    private static final Set<String> KIND_NOUNS = Set.of("ほう", "方", "タイプ", "派");
    /** 「全然苦手ちゃう」: a dislike denied outright is a liking; 「苦手じゃない」 alone is no claim. */
    private static final Set<String> OUTRIGHT = Set.of("全然", "ぜんぜん", "全く", "まったく", "ちっとも");
    /** Kansai 「ちゃう」 (is not) after a judgement noun (苦手ちゃう); after a verb it is てしまう (疲れちゃう). */
    private static final String KANSAI_NOT = "ちゃう";
    /**
     * Judgement words written in kana that Kuromoji splits (にがて → にがい + て, へいき → へ + いく), and dialect
     * negations it misreads: Kansai 「得意ちゃうくて」 (ちゃ + うい), 「得意やない」 (や as a particle, ない as an
     * adjective), 「あかん」 (no good).
     */
    private static final Pattern KANA_JUDGEMENTS = Pattern.compile(
            "にがて|へいき|すき(?![まやっ])|(?<=[でゃ])ね[ぇえー]|ちゃうく(?=て)|ちゃうかっ(?=た)|(?<=[\\p{IsHan}\\p{IsHiragana}])やな(?=い|く|かっ)|あかん|あきまへん|よう(?:せ|し|せえ|しい)(?:ん|へん|ひん)(?![だで])");

    /**
     * A clause is read this far at most: a judgement further away is about something else. A denied deed
     * takes many short words (「怒っ|た|ところ|を|一|度|も|見|た|こと|が|あり|ませ|ん」).
     */
    private static final int MAX_TOKENS = 15;

    private ClausePredicate() {
    }

    /** The judgement of the clause that continues at {@code from} in {@code text}. */
    static Judgement after(String text, int from) {
        int end = Math.min(text.length(), from + 40);
        List<Token> tokens = JapaneseMorphology.tokens(inKanji(text.substring(from, end)));
        Judgement judgement = Judgement.NONE;
        boolean topic = false;
        boolean verb = false;
        boolean outright = false;
        for (int i = 0; i < tokens.size() && i < MAX_TOKENS; i++) {
            Token token = tokens.get(i);
            outright |= judgement == Judgement.NONE && OUTRIGHT.contains(token.lemma());
            if (token.is("記号") || judgement == Judgement.NONE && i > 0 && token.is("助詞-接続助詞")) {
                break;
            }
            // 「…たことがない」, 「…たとこみたことない」: what is made the topic, or a thing done (こと, ところ), then denied
            topic |= token.is("助詞-係助詞") || EVENT_NOUNS.contains(token.lemma()) && token.is("名詞");
            if (judgement == Judgement.NONE && verb && CAN.contains(tokens.get(i - 1).lemma()) && token.is("助動詞") && NEGATION.contains(token.lemma())) {
                return Judgement.DISLIKES;
            }
            verb |= token.is("動詞");
            if (judgement == Judgement.NONE && topic && isAbsence(token, verb)) {
                // 「細かいことはあんまり気にせえへん」, 「怒ることはほとんどない」: what is made the
                // topic is then denied
                return Judgement.DISLIKES;
            }
            if (judgement == Judgement.NONE && TENDENCY.contains(token.lemma()) && onlyInflectionOrTe(tokens, i)) {
                return Judgement.LIKES;
            }
            if (judgement == Judgement.NONE && DISLIKE.contains(token.lemma())) {
                judgement = Judgement.DISLIKES;
            } else if (judgement == Judgement.NONE && LIKE.contains(token.lemma())) {
                judgement = Judgement.LIKES;
            } else if (judgement == Judgement.NONE && onlyInflection(tokens, i) && KIND_NOUNS.contains(token.lemma()) && token.is("名詞")
                    && !(i + 1 < tokens.size() && tokens.get(i + 1).is("助詞-格助詞") || i + 1 < tokens.size() && tokens.get(i + 1).is("助詞-係助詞"))) {
                // 「くよくよするほう」; not 「話すほうが苦手」 (judged further on) nor 「しおりとか作っちゃうタイプ」 (another activity)
                judgement = Judgement.LIKES;
            } else if (judgement != Judgement.NONE && (token.is("助動詞") && NEGATION.contains(token.lemma()) || KANSAI_NOT.equals(token.lemma()) && tokens.get(i - 1).is("名詞"))) {
                // 得意じゃない is a dislike; 苦手じゃない is no strong claim either way, 全然苦手ちゃう a liking
                if (judgement == Judgement.LIKES) {
                    return Judgement.DISLIKES;
                }
                return outright ? Judgement.LIKES : Judgement.NONE;
            }
        }
        return judgement;
    }

    /** 「くよくよする|ほう」, 「落ち込ん|じゃう|タイプ」: nothing but the activity's own inflection before {@code i}. */
    private static boolean onlyInflection(List<Token> tokens, int i) {
        for (int k = 0; k < i; k++) {
            Token token = tokens.get(k);
            if (!(token.is("助動詞") || token.is("動詞-非自立") || token.is("動詞-接尾"))) {
                return false;
            }
        }
        return true;
    }

    /** 「くよくよし|がち」, 「落ち込ん|で|しまう」, 「悩む|癖」: the activity's inflection and a て only before {@code i}. */
    private static boolean onlyInflectionOrTe(List<Token> tokens, int i) {
        for (int k = 0; k < i; k++) {
            Token token = tokens.get(k);
            boolean te = token.is("助詞-接続助詞") && ("て".equals(token.lemma()) || "で".equals(token.lemma()));
            if (!(te || token.is("助動詞") || token.is("動詞-非自立") || token.is("動詞-接尾"))) {
                return false;
            }
        }
        return true;
    }

    private static String inKanji(String clause) {
        Matcher kana = KANA_JUDGEMENTS.matcher(clause);
        return kana.find() ? kana.replaceAll(m -> switch (m.group()) {
            case "にがて" -> "苦手";
            case "へいき" -> "平気";
            case "ねぇ", "ねえ", "ねー" -> "ない"; // 「得意でねぇ」, 「好きじゃねえ」: the negation in dialect
            case "ちゃうく" -> "じゃなく";
            case "ちゃうかっ" -> "じゃなかっ";
            case "やな" -> "じゃな";
            case "あかん", "あきまへん" -> "ダメ";
            case "ようせん", "ようせへん", "ようせえへん", "ようしいひん", "ようしん", "ようしへん", "ようせひん", "ようしひん", "ようせえん", "ようしいん", "ようしいへん", "ようせえひん"
                    -> "できない"; // 「片付けはようせん」: cannot do it
            default -> "好き";
        }) : clause;
    }
}
