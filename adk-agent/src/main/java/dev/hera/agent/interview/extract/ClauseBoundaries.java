package dev.hera.agent.interview.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.agent.text.JapaneseMorphology;
import dev.hera.agent.text.JapaneseMorphology.Token;

/**
 * The sentence ends of a Japanese chat message typed without 。 or 、, put back once before anything
 * reads it: 「彼氏おるよ名前はけんと年収は380万くらい」 reads 「彼氏おるよ。名前はけんと。年収は380万くらい」, so a
 * name no longer swallows the next words and a fact no longer lands in the clause before it.
 * <p>
 * A sentence ends, where no mark or space already stands, between two words (as Kuromoji reads them)
 * <ul>
 * <li>after a greeting: 「はじめまして中村大地です」, 「はじめましてーまいです」;</li>
 * <li>after a polite ending (「です」「ます」「でした」「ました」) followed by a word of its own: 「えりかです二十八歳」;</li>
 * <li>after a sentence-final particle (よ, ね, な, わ, のう, …) said after a word, followed by one: 「おるよ名前は」;</li>
 * <li>before a topic word of the profile with は (「彼女いる名前は」, 「けんと年収は」, 「さくら髪は」), or with は or が
 * after a number (「28歳旦那がいて」);</li>
 * <li>after the word one calls oneself, before a name: 「私鈴木と申します」;</li>
 * <li>after a name followed by a number in digits, an adverb or an adjective: 「名前は健二47歳」, 「みさきめっちゃ優しい」;
 * after a name said after 「名前は」, a partner's word or the word for oneself with は (a surname may go before it),
 * followed by a count or an age, the word for oneself or an age beside one's own: 「嫁はミカ二つ下」, 「妻は菜々子僕より」,
 * 「名前は真由美同い年」, 「名前は中川玲子四十五歳」, 「俺は純平40歳」;</li>
 * <li>after an age and gender given together, before a word in kanji, katakana or letters: 「26の女渋谷区笹塚」.</li>
 * </ul>
 * A 、 goes back where it stood between two pairs of a list of children named one by one (「男の子が蓮女の子が楓」
 * reads 「男の子が蓮、女の子が楓」), between a bare age and the gender after it (「32男」 reads 「32、男」) and between a word said
 * alone at the start and the age in digits after it (「シンジ32男」 reads 「シンジ、32、男」), as they would be written
 * with marks.
 * <p>
 * A name and its surname stay one (「浜口健二」), as do a noun and its counter (「二児の母」), a place and
 * what one does there (「大阪住み」) and a clause and the noun it describes (「人の多い場所は苦手」): none of these is
 * a break. A message whose only space parts a full name (「名前は村上 翼年収は400万」) is typed without marks too: the
 * space is kept and the ends around it put back.
 */
final class ClauseBoundaries {

    /** What is put where a sentence ended. */
    private static final char END = '。';

    /** What is put where a clause ended inside a sentence: 「男の子が蓮、女の子が楓」, 「シンジ、32、男」. */
    private static final char CLAUSE = '、';

    /**
     * The children one names one by one, each with が or は and a name: 「男の子が蓮女の子が楓」, 「長男は大輝次男は湊」,
     * 「兄がそうま妹がりこ」, 「上が男下が女」. 「子」 opens such a list (「上の子が大和」) but is no boundary of its own.
     */
    private static final Set<String> CHILD_ROLES = Set.of("男の子", "女の子", "男", "女", "息子", "娘", "長男", "長女", "次男",
            "次女", "三男", "三女", "末っ子", "真ん中", "兄", "姉", "弟", "妹", "上", "下", "次");

    /**
     * A space between two Japanese words (「彼氏いる 名前はしょうま」): the writer marked the ends with spaces, which
     * {@link Utterance} reads as sentence ends, and the message is left as written; a space inside a full name
     * (「名前は村上 翼年収は400万」) marks no end.
     */
    private static final Pattern SPACED = Pattern.compile(
            "(?<=[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー〜])\\s+(?=[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}])");

    /** Any Japanese letter: a message without one is left as it is, without reading it. */
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    /**
     * A sentence or clause mark: a message holding one was punctuated by its writer, who put the ends where
     * they are (「優しくて、ちょっと天然」), and is left as written; a number's own point or comma (「5.5」,
     * 「85,000」) is no such mark.
     */
    private static final Pattern MARK = Pattern.compile("[。、!?…]|[.,](?!\\d)");

    /**
     * The nouns that open a fact of the profile when followed by は or が: 「名前は」, 「年収は」, 「旦那がいます」,
     * 「子どもは二人」, 「見た目は」.
     */
    private static final Set<String> TOPICS = Set.of("名前", "年齢", "年収", "収入", "給料", "手取り", "仕事", "性格",
            "見た目", "身長", "背", "髪", "顔", "体型", "子供", "子ども", "こども", "彼女", "彼氏", "旦那", "夫", "妻", "嫁",
            "奥さん", "主人", "私", "わたし", "僕", "ぼく", "俺", "おれ", "自分", "住まい", "出身", "性別");

    /** The gender one gives with one's age: 「32男」, 「26の女」, 「41歳の男性」. */
    private static final Set<String> GENDERS = Set.of("男", "女", "男性", "女性");

    /**
     * An age written in digits or kanji, at least two figures (「32」, 「三十二」): a single figure before 男 or 女 counts
     * children (「2男1女」).
     */
    private static final Pattern AGE = Pattern.compile("\\d{2,3}|[二三四五六七八九]?十[一二三四五六七八九]?");

    /** A word opening in hiragana. */
    private static final Pattern HIRAGANA_START = Pattern.compile("\\p{IsHiragana}");

    /**
     * The words for a partner (and for a real name) that a name follows with は: 「嫁はミカ二つ下」, 「旦那は祐介二つ上」,
     * 「本名は陽斗1コ上」.
     */
    private static final Set<String> NAMED_BY = Set.of("本名", "嫁", "妻", "夫", "旦那", "主人", "家内", "奥さん", "嫁さん",
            "彼女", "彼氏", "彼", "相手", "パートナー", "かれぴ", "恋人");

    /**
     * A count said after a name: digits (「35歳」, 「1コ上」) or things counted (「二つ下」, 「ひとつ上」); not a kanji figure
     * alone, which ends a name (「研一」, 「健二」).
     */
    private static final Pattern COUNT = Pattern.compile("\\d+|[一二三四五六七八九十]つ|ひとつ|ふたつ|みっつ|よっつ|いつつ");

    /** An age said beside one's own: 「同い年」, 「年上」. */
    private static final Set<String> RELATIVE_AGES = Set.of("同い年", "同じ年", "タメ", "年上", "年下");

    /** The words one calls oneself, which chat runs into one's name: 「私鈴木と申します」, 「わたくし松本紗季です」. */
    private static final Set<String> SELF = Set.of("私", "わたし", "わたくし", "あたし", "僕", "ぼく", "俺", "おれ", "わし");

    /** The polite endings after which a new word starts a new sentence: 「です」, 「ます」 (and their past). */
    private static final Set<String> POLITE = Set.of("です", "ます");

    /** A sound stretched at the end of a word (「はじめましてー」, 「よ〜」): still part of that word. */
    private static final Pattern STRETCH = Pattern.compile("[ー〜]+");

    /** A laugh closing what was said (「女です笑」, 「ですww」): part of that sentence, not a new one. */
    private static final Pattern LAUGHTER = Pattern.compile("笑+|w+|草");

    /**
     * Whether word {@code i} is the word one calls oneself opening what is said: first, or after a mark, a greeting or
     * an ending (「失礼いたします私鈴木と申します」), not inside a word (「泣きぼくろ」).
     */
    private static boolean opensWithSelf(List<Token> tokens, int i) {
        if (!SELF.contains(tokens.get(i).surface()) || !tokens.get(i).is("名詞-代名詞")) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Token previous = tokens.get(i - 1);
        return previous.is("記号") || previous.is("感動詞") || previous.is("助動詞") || previous.is("助詞-終助詞");
    }

    /** A greeting long enough not to be a word of something else: 「はじめまして」, 「こんにちは」 (not 「はい」). */
    private static final int GREETING_LENGTH = 4;

    private ClauseBoundaries() {
    }

    /**
     * The text with its sentence ends put back; the same text when it holds no Japanese or is punctuated or spaced
     * between sentences.
     */
    static String restore(String text) {
        if (!JAPANESE.matcher(text).find() || MARK.matcher(text).find() || spacedBetweenSentences(text)) {
            return text;
        }
        List<Token> tokens = JapaneseMorphology.tokens(text);
        StringBuilder out = null;
        int copied = 0;
        for (int j = 1; j < tokens.size(); j++) {
            int i = lastWordBefore(tokens, j);
            if (i < 0 || !adjacent(tokens, j)) {
                continue;
            }
            char mark = isNameThenAge(tokens, i, j) ? CLAUSE
                    : endsBefore(tokens, i, j) || endsIntroductionBefore(tokens, i, j) ? END
                    : pairsBefore(tokens, i, j) || isAgeThenGender(tokens, i, j) ? CLAUSE : 0;
            if (mark == 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8);
            }
            int at = tokens.get(j).start();
            out.append(text, copied, at).append(mark);
            copied = at;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Whether a space between Japanese words stands where the writer ended a sentence: one not inside a name. */
    private static boolean spacedBetweenSentences(String text) {
        Matcher space = SPACED.matcher(text);
        while (space.find()) {
            if (space.group().indexOf('\n') >= 0 || !Utterance.isSpaceInAName(text, space.start(), space.end())) {
                return true;
            }
        }
        return false;
    }

    /** Whether word {@code j} follows the one before it with nothing between: no space, no mark but a stretch. */
    private static boolean adjacent(List<Token> tokens, int j) {
        Token previous = tokens.get(j - 1);
        return previous.end() == tokens.get(j).start()
                && (!previous.is("記号") || STRETCH.matcher(previous.surface()).matches());
    }

    /** The word before {@code j}, past a stretch mark (「はじめましてー」), or -1. */
    private static int lastWordBefore(List<Token> tokens, int j) {
        int i = j - 1;
        while (i >= 0 && STRETCH.matcher(tokens.get(i).surface()).matches()) {
            i--;
        }
        return i;
    }

    /** Whether a sentence ends between word {@code i} and word {@code j}. */
    private static boolean endsBefore(List<Token> tokens, int i, int j) {
        Token before = tokens.get(i);
        Token next = tokens.get(j);
        if (isGreeting(before)) {
            return !next.is("記号") && !next.is("助詞") && !STRETCH.matcher(next.surface()).matches();
        }
        if (!startsWord(next)) {
            return false;
        }
        if (isPoliteEnd(tokens, i) || (before.is("助詞-終助詞") && followsWord(tokens, i))) {
            return true;
        }
        if (opensTopic(tokens, j, false) && !(before.is("助詞-連体化") || before.is("接頭詞") || before.is("連体詞"))) {
            return true;
        }
        if (opensTopic(tokens, j, true) && (before.is("名詞-数") || before.is("名詞-接尾-助数詞"))) {
            return true;
        }
        if (opensWithSelf(tokens, i) && (next.is("名詞-固有名詞") || next.is("名詞-一般"))) {
            return true;
        }
        if (before.is("名詞-固有名詞-人名-名") && next.is("名詞-数") && Character.isDigit(next.surface().charAt(0))) {
            return true;
        }
        return (isName(tokens, i) && (next.is("副詞") || next.is("形容詞-自立")))
                || (isNamedAfterTopic(tokens, i) && saysMoreOfThePerson(tokens, j));
    }

    /**
     * A word that goes on about the person just named, not on with the name: a count or an age (「ミカ二つ下」, 「陽斗1コ上」,
     * 「玲子四十五歳」), the word for oneself (「菜々子僕より三つ下」) or an age beside one's own (「真由美同い年」).
     */
    private static boolean saysMoreOfThePerson(List<Token> tokens, int j) {
        Token next = tokens.get(j);
        return COUNT.matcher(next.surface()).matches() || next.is("名詞-代名詞") || RELATIVE_AGES.contains(next.surface())
                || isAgeInKanji(tokens, j);
    }

    /** An age in kanji with its counter, each figure a word of its own to Kuromoji: 「四十五歳」, 「二十九才」. */
    private static boolean isAgeInKanji(List<Token> tokens, int j) {
        StringBuilder figures = new StringBuilder();
        int k = j;
        while (k < tokens.size() && tokens.get(k).is("名詞-数")) {
            figures.append(tokens.get(k++).surface());
        }
        return k < tokens.size() && k > j && AGE.matcher(figures).matches()
                && (tokens.get(k).surface().equals("歳") || tokens.get(k).surface().equals("才"));
    }

    /** Whether word {@code j} is an age in digits after a name said alone at the start: 「シンジ‖32男」 reads 「シンジ、32、男」. */
    private static boolean isNameThenAge(List<Token> tokens, int i, int j) {
        return isAgeGiven(tokens, j) && opensWithNameOnly(tokens, i);
    }

    /** Whether word {@code j} is an age in digits said as one (「32男」, 「25の男」, 「19歳」): not 「500万」 or 「170cm」. */
    private static boolean isAgeGiven(List<Token> tokens, int j) {
        if (!tokens.get(j).is("名詞-数") || !Character.isDigit(tokens.get(j).surface().charAt(0))
                || !AGE.matcher(tokens.get(j).surface()).matches() || j + 1 >= tokens.size()) {
            return false;
        }
        String after = tokens.get(j + 1).surface();
        return GENDERS.contains(after) || after.equals("歳") || after.equals("才") || after.equals("の");
    }

    /**
     * Whether the words up to {@code i} are one name said on its own: nouns only (「シンジ」, 「大輝」 read 大 + 輝,
     * 「渡辺浩之」) from the start of the message or after a greeting or an ending, none of them a topic (「年収」, 「身長」).
     */
    private static boolean opensWithNameOnly(List<Token> tokens, int i) {
        int k = i;
        while (k >= 0 && (tokens.get(k).is("名詞") || tokens.get(k).is("接頭詞")) && !tokens.get(k).is("名詞-数")
                && !tokens.get(k).is("名詞-接尾") && !tokens.get(k).is("名詞-代名詞") && !TOPICS.contains(tokens.get(k).surface())) {
            k--;
        }
        if (k == i) {
            return false;
        }
        return k < 0 || tokens.get(k).is("感動詞") || tokens.get(k).is("助動詞") || tokens.get(k).is("助詞-終助詞");
    }

    /** Whether word {@code j} is the gender given right after a bare age: 「32‖男」 reads 「32、男」. */
    private static boolean isAgeThenGender(List<Token> tokens, int i, int j) {
        return i == j - 1 && GENDERS.contains(tokens.get(j).surface()) && tokens.get(i).is("名詞-数")
                && AGE.matcher(tokens.get(i).surface()).matches();
    }

    /**
     * Whether word {@code j} opens what follows an age and gender given together (「32男‖東京の練馬です」, 「26の女‖渋谷区笹塚」,
     * 「41歳の男‖仙台に住んでます」): a word in kanji, katakana or letters; one in hiragana there ends the sentence itself
     * (「36の男やき」, 「28の女っす」).
     */
    private static boolean endsIntroductionBefore(List<Token> tokens, int i, int j) {
        if (!GENDERS.contains(tokens.get(i).surface()) || !startsWord(tokens.get(j)) || i == 0
                || HIRAGANA_START.matcher(tokens.get(j).surface()).lookingAt()) {
            return false;
        }
        int k = i - 1;
        if (tokens.get(k).surface().equals("の") && k > 0) {
            k--;
        }
        if (tokens.get(k).surface().equals("歳") || tokens.get(k).surface().equals("才")) {
            return k > 0 && tokens.get(k - 1).is("名詞-数");
        }
        return tokens.get(k).is("名詞-数") && AGE.matcher(tokens.get(k).surface()).matches();
    }

    /**
     * Whether word {@code j} opens the next pair of a list of children named one by one (「男の子が蓮‖女の子が楓」,
     * 「長男は大輝‖次男は湊」): a child's role with が or は, after a word of the pair before it, itself opened by a role
     * with が or は further back. 「男の子と女の子が欲しい」 opens no pair.
     */
    private static boolean pairsBefore(List<Token> tokens, int i, int j) {
        if (!isRolePair(tokens, j) || tokens.get(i).is("助詞") || tokens.get(i).is("接頭詞") || tokens.get(i).is("連体詞")) {
            return false;
        }
        for (int k = i - 2; k >= 0; k--) {
            if (isRolePair(tokens, k) || (tokens.get(k).surface().equals("子") && followedByPairParticle(tokens, k))) {
                return true;
            }
        }
        return false;
    }

    /** A child's role with が or は: 「女の子が」, 「長男は」. */
    private static boolean isRolePair(List<Token> tokens, int j) {
        return CHILD_ROLES.contains(tokens.get(j).surface()) && tokens.get(j).is("名詞") && followedByPairParticle(tokens, j);
    }

    /** Whether word {@code j} is followed by が or は. */
    private static boolean followedByPairParticle(List<Token> tokens, int j) {
        if (j + 1 >= tokens.size()) {
            return false;
        }
        String particle = tokens.get(j + 1).surface();
        return particle.equals("が") || particle.equals("は");
    }

    /**
     * Whether word {@code i} is said after another word, not at the start of the message or after a space: a
     * particle there is a word misread (「悠斗」 read 「悠」 + 「斗」, 「よぐ」 read 「よ」 + 「ぐ」).
     */
    private static boolean followsWord(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        return previous.end() == tokens.get(i).start() && !previous.is("記号") && !previous.is("助詞-係助詞")
                && !previous.is("助詞-格助詞");
    }

    /** A word that can open a sentence: not a particle, an ending, a suffix, a mark or a filler. */
    private static boolean startsWord(Token token) {
        return !(token.is("助詞") || token.is("助動詞") || token.is("記号") || token.is("名詞-接尾") || token.is("名詞-非自立")
                || token.is("動詞-非自立") || token.is("形容詞-非自立") || token.is("フィラー")
                || STRETCH.matcher(token.surface()).matches() || LAUGHTER.matcher(token.surface()).matches());
    }

    /** 「です」, 「ます」, 「でした」, 「ました」 at the end of a word. */
    private static boolean isPoliteEnd(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.is("助動詞")) {
            return false;
        }
        if (POLITE.contains(token.surface())) {
            return true;
        }
        return token.surface().equals("た") && i > 0 && (tokens.get(i - 1).surface().equals("まし")
                || tokens.get(i - 1).surface().equals("でし"));
    }

    /**
     * Whether word {@code j} opens a topic of the profile: 「名前は」, 「年収は」, 「髪は」, and (when {@code orGa}) 「旦那が」,
     * 「子どもが」 too.
     */
    private static boolean opensTopic(List<Token> tokens, int j, boolean orGa) {
        if (j + 1 >= tokens.size() || !TOPICS.contains(tokens.get(j).surface())) {
            return false;
        }
        String particle = tokens.get(j + 1).surface();
        return particle.equals("は") || (orGa && particle.equals("が"));
    }

    /** A greeting long enough not to be a word of something else: 「はじめまして」, 「こんにちは」 (not 「はい」). */
    private static boolean isGreeting(Token token) {
        return token.is("感動詞") && token.surface().length() >= GREETING_LENGTH;
    }

    /**
     * A person's name: a word Kuromoji knows as one (「みさき」, 「健二」), or the one word said after 「名前は」 whatever
     * Kuromoji makes of it (「名前はあおい」, read as the adjective 青い).
     */
    private static boolean isName(List<Token> tokens, int i) {
        return tokens.get(i).is("名詞-固有名詞-人名")
                || (i >= 2 && tokens.get(i - 2).surface().equals("名前") && tokens.get(i - 1).surface().equals("は"));
    }

    /**
     * A name as {@link #isName} reads one, or the one noun said after a partner's word or the word for oneself with は
     * (「嫁はミカ」, 「本名は陽斗」, 「俺は純平」); a surname may stand before it (「名前は小林あすか」).
     */
    private static boolean isNamedAfterTopic(List<Token> tokens, int i) {
        if (isName(tokens, i)) {
            return true;
        }
        int particle = i >= 1 && tokens.get(i - 1).is("名詞-固有名詞-人名-姓") ? i - 2 : i - 1;
        if (particle < 1 || !tokens.get(particle).surface().equals("は")) {
            return false;
        }
        String topic = tokens.get(particle - 1).surface();
        return topic.equals("名前") || ((NAMED_BY.contains(topic) || SELF.contains(topic)) && isNoun(tokens.get(i)));
    }

    /** A noun that can be a name: not a number, a pronoun, a suffix or a noun that leans on another. */
    private static boolean isNoun(Token token) {
        return token.is("名詞") && !token.is("名詞-数") && !token.is("名詞-代名詞") && !token.is("名詞-接尾")
                && !token.is("名詞-非自立") && !RELATIVE_AGES.contains(token.surface());
    }
}
