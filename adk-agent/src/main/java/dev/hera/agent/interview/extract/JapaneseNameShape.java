package dev.hera.agent.interview.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.hera.agent.text.JapaneseMorphology;
import dev.hera.agent.text.JapaneseMorphology.Token;

/**
 * Kuromoji's verdict on a candidate name: words and phrases that a pattern caught where a name
 * could stand (「名前は理想…」, 「白髪まじりの短い髪で」, 「しゅんにしたいな」, 「そうだな」) are not names.
 * <p>
 * The dictionary segments mixed kanji and kana text reliably, but short all-kana names are often
 * read as verbs or particles (けんた → 動詞 + 助動詞, ゆな → 名詞 + 終助詞), so the rules ask for
 * a clause (a particle followed by a predicate), a sentence ending or a common kanji word before
 * they reject, and never for a single odd reading.
 */
final class JapaneseNameShape {

    /** Auxiliaries that end a statement or a wish (だ, です, ます, たい, ない), never a name. */
    private static final Set<String> STATEMENT_AUXILIARIES = Set.of("だ", "です", "ます", "たい", "ない", "らしい", "ぬ");
    /** Adnominals that point at someone (あの人, その子): with them a phrase is no name (かの of かのん is not one). */
    private static final Set<String> POINTING = Set.of("あの", "その", "この", "どの", "ある", "あんな", "そんな", "こんな", "どんな");
    /** 元 and 前 before a noun (元カレ, 元彼, 前妻): an ex, never a name. */
    private static final Set<String> FORMER = Set.of("元", "前");
    /** Dialect negations after a verb (おら + ん, いら + へん). */
    private static final Set<String> NEGATIONS = Set.of("ん", "へん", "ひん", "ねえ", "ねぇ", "ない");
    /** Parts of speech of a word that stands alone and is not a name. */
    private static final List<String> NEVER_A_NAME = List.of("フィラー", "接続詞", "記号", "感動詞");
    /** What hesitation and fillers are made of. */
    private static final List<String> HESITATION = List.of("感動詞", "フィラー", "副詞-一般", "接続詞");
    /** Common-noun classes: a kanji word of these (理想, 見た目, 計画, 苦手) is a word, not a name. */
    private static final List<String> COMMON_NOUNS = List.of("名詞-一般", "名詞-サ変接続", "名詞-形容動詞語幹", "名詞-副詞可能",
            "名詞-ナイ形容詞語幹", "名詞-非自立", "名詞-代名詞", "名詞-数", "名詞-接尾", "形容詞", "動詞", "副詞");
    /** Given names in kana ending in 之介 or 之丞 (りゅうのすけ, しんのじょう): の there is part of the name. */
    private static final java.util.regex.Pattern OLD_STYLE_GIVEN_NAME = java.util.regex.Pattern.compile(
            "[\\p{IsHiragana}]{1,3}の(?:すけ|じょう)|[\\p{IsKatakana}ー]{1,3}ノ(?:スケ|ジョウ)");
    private static final java.util.regex.Pattern INFLECTED = java.util.regex.Pattern.compile("\\p{IsHiragana}");
    /** A clause needs this much kana before its reading counts (short kana names are misread). */
    private static final int KANA_CLAUSE_LENGTH = 6;

    private JapaneseNameShape() {
    }

    private static final Remembered<Boolean> VERDICTS = new Remembered<>(4_096, JapaneseNameShape::judge);

    /** Whether the candidate reads as a phrase or a common word rather than a person's name (remembered). */
    static boolean isNotAName(String candidate) {
        return VERDICTS.get(candidate);
    }

    private static boolean judge(String candidate) {
        List<Token> tokens = JapaneseMorphology.tokens(candidate);
        if (tokens.isEmpty()) {
            return true;
        }
        boolean kanji = candidate.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (POINTING.contains(tokens.get(0).surface()) && tokens.get(0).is("連体詞") && (tokens.size() == 1 || tokens.get(1).is("名詞"))
                || tokens.size() > 1 && tokens.get(0).is("接頭詞") && FORMER.contains(tokens.get(0).surface())) {
            return true; // あの人, その子, ある人; 元カレ, 元彼: someone pointed at or an ex, not a name
        }
        if (tokens.size() == 1) {
            return standsAlone(tokens.get(0), kanji);
        }
        if (tokens.stream().anyMatch(t -> t.is("記号") && !"・".equals(t.surface()))) {
            return true;
        }
        // えま reads as two fillers (え + ま) and is a name; short fillers (まあ, ええ) are listed in Names
        boolean twoFillerKana = candidate.length() <= 2 && tokens.stream().allMatch(t -> t.is("フィラー"));
        if (!twoFillerKana && tokens.stream().allMatch(t -> HESITATION.stream().anyMatch(t::is))) {
            return true; // えっと, まあまあ (そう + ま of そうま is 副詞-助詞類接続, not among these)
        }
        if (OLD_STYLE_GIVEN_NAME.matcher(candidate).matches()) {
            return false; // りゅうのすけ (龍之介), しんのじょう (新之丞): の + すけ reads as a clause, yet it is a name's ending
        }
        if (surnameThenKanaName(tokens, candidate)) {
            return false; // 藤井まい: the given name in kana reads as an auxiliary, yet a surname comes first
        }
        Token last = tokens.get(tokens.size() - 1);
        if (negatedVerb(tokens)) {
            return true; // おらん, わからん, いらへん, もうおらんよ: a verb said not to be, in dialect
        }
        if (kanji && (last.is("助詞") || last.is("助動詞"))) {
            return true; // 女で, 髪が: a word with its particle, cut out of a sentence
        }
        if (kanji && tokens.get(0).is("接続詞") && KANA_WORD.matcher(tokens.get(0).surface()).matches()) {
            return true; // でも人, だから夏: a conjunction and the word after it, cut out of a sentence
        }
        return endsAStatement(tokens) || kanji && compoundOfWords(tokens) || (kanji || candidate.length() >= KANA_CLAUSE_LENGTH) && isClause(tokens, kanji);
    }

    /** A verb and its negation, after adverbs (もう, まだ) and before a closing particle (よ, わ): おらん, もうおらんよ. */
    private static boolean negatedVerb(List<Token> tokens) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).is("副詞")) {
            first++;
        }
        int end = tokens.size() - (tokens.get(tokens.size() - 1).is("助詞-終助詞") ? 1 : 0);
        return end - first == 2 && tokens.get(first).is("動詞") && tokens.get(first + 1).is("助動詞")
                && NEGATIONS.contains(tokens.get(first + 1).surface());
    }

    private static final Remembered<Boolean> SURNAMES = new Remembered<>(1_024, JapaneseNameShape::readsAsSurname);

    /**
     * Whether a word of kanji is a surname the dictionary knows (村上, 田中, 百瀬, 越智), read as one word, or a family's
     * name it files as a firm's (松田, 金子): 東京, 彼氏, 翼 are not (remembered).
     */
    static boolean isSurname(String kanji) {
        return SURNAMES.get(kanji);
    }

    private static boolean readsAsSurname(String kanji) {
        List<Token> tokens = JapaneseMorphology.tokens(kanji);
        return tokens.size() == 1 && (tokens.get(0).is("名詞-固有名詞-人名-姓") || tokens.get(0).is("名詞-固有名詞-組織"));
    }

    /** 伊藤ともこ: a surname the dictionary knows, then a given name in kana (its と is no list's). */
    static boolean surnameThenKanaName(String candidate) {
        List<Token> tokens = JapaneseMorphology.tokens(candidate);
        return tokens.size() >= 2 && surnameThenKanaName(tokens, candidate);
    }

    private static boolean surnameThenKanaName(List<Token> tokens, String candidate) {
        Token first = tokens.get(0);
        String given = candidate.substring(first.surface().length());
        return first.is("名詞-固有名詞-人名-姓") && given.length() >= 2 && given.length() <= 4
                && given.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
    }

    /** A long vowel or a small っ: うーん and えっと are hesitation, そら is a name. */
    private static final Pattern HESITATION_SOUND = Pattern.compile("[ーっ]");
    private static final Pattern KANA_WORD = Pattern.compile("\\p{IsHiragana}+");
    private static final Pattern LONG_KATAKANA = Pattern.compile("[\\p{IsKatakana}ー]{3,}");

    private static boolean standsAlone(Token token, boolean kanji) {
        if (token.is("名詞-固有名詞")) {
            return false;
        }
        if (NEVER_A_NAME.stream().anyMatch(token::is)) {
            // そら is an interjection and a name; うーん, えっと, あのー are only hesitation
            return !token.is("感動詞") || token.surface().length() >= 3 || HESITATION_SOUND.matcher(token.surface()).find();
        }
        if (token.is("副詞-一般") && token.surface().length() >= 3) {
            return true; // たぶん, やっぱり, まあまあ (りん, そう are 副詞-助詞類接続, and names)
        }
        // a single kanji (蓮, 翼, 葵) is often a name, not one that is an adjectival stem (嫌, 楽, 急);
        // a kanji word of two or more is a word
        if (kanji && token.surface().length() == 1 && token.is("名詞-形容動詞語幹")) {
            return true;
        }
        if (kanji) {
            return token.surface().length() >= 2 && COMMON_NOUNS.stream().anyMatch(token::is);
        }
        // a loanword the dictionary knows (コーヒー, ゲーム) is a word; names it does not know
        // (ケンタ, ミア) come back as proper nouns without a reading; short ones (サラ, ジム) stay names
        return LONG_KATAKANA.matcher(token.surface()).matches() && token.is("名詞-一般") && token.reading() != null;
    }

    /** 料理上手, 黒髪ロング: common words run together; a name part (陽 + 翔) or single kanji keep it a name. */
    private static boolean compoundOfWords(List<Token> tokens) {
        return tokens.stream().allMatch(t -> COMMON_NOUNS.stream().anyMatch(t::is))
                && tokens.stream().anyMatch(t -> t.surface().length() >= 2);
    }

    /** 「そうだな」, 「いいですね」: a statement's auxiliary followed by a sentence-final particle or the end. */
    private static boolean endsAStatement(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            if (token.is("助動詞") && STATEMENT_AUXILIARIES.contains(token.lemma())
                    && (last || tokens.get(i + 1).is("助詞-終助詞"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A particle with a predicate after it (「口ひげがあって」, 「短い髪で」, 「しゅんにしたいな」); with
     * kanji, any predicate or case particle between words is enough.
     */
    private static boolean isClause(List<Token> tokens, boolean kanji) {
        boolean particle = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean inside = i > 0 && i < tokens.size() - 1;
            if (token.is("助詞-格助詞") || token.is("助詞-係助詞") || token.is("助詞-接続助詞") || token.is("助詞-連体化")
                    || token.is("助詞-並立助詞") && kanji && inside) { // 紬と湊: two names, not one
                if (kanji && inside) {
                    return true;
                }
                particle = i > 0;
            } else if ((token.is("形容詞") && (INFLECTED.matcher(token.surface()).find() || i < tokens.size() - 1) || token.is("助動詞") && inside) && kanji) {
                // 素敵なドラマ, 静かな人: an adjective or a copula between words; an adjective has its
                // kana ending (太い); a lone kanji read as one at the end (奏太 as 奏 + 太) is part of a name, not 若め
                return true;
            } else if ((token.is("動詞") || token.is("助動詞") || token.is("形容詞")) && particle) { // シュンでいい
                return true;
            }
        }
        return false;
    }
}
