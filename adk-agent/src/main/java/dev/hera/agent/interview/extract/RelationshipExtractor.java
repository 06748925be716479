package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.model.RelationshipStatus;

/**
 * Relationship status. Explicit statements (「独身です」, 「結婚しています」, 「付き合っている人がいる」,
 * "I'm married", "divorced", "engaged", "it's complicated") win over mentions that only imply one
 * (「妻は」, "my wife", 「彼氏が」), and the last explicit statement wins ("I was married, now
 * I'm divorced"). Mentions only count while the status is unknown, so "my partner" does not turn
 * a married user into a partnered one.
 * <p>
 * Choices: divorced, widowed (バツイチ, 離婚, 死別) are {@code single} (looking for an ideal
 * partner); engaged (婚約) is {@code partnered}; separated and "it's complicated" are
 * {@code other}; 「結婚したい」 says nothing about the status.
 */
final class RelationshipExtractor {

    /** The status found, whether it was stated outright, and whether it was corrected. */
    record Result(RelationshipStatus status, boolean explicit, boolean corrected) {
    }

    /** @param cased matched against the text as typed (a capital tells a name), not its lower case */
    /** Which messages a rule can match: those with kana or kanji, those with Latin letters, or any. */
    private enum Script {
        JA, EN, ANY
    }

    private record Rule(Pattern pattern, RelationshipStatus status, boolean explicit, boolean cased, Script script) {

        Rule(Pattern pattern, RelationshipStatus status, boolean explicit, Script script) {
            this(pattern, status, explicit, false, script);
        }

        boolean mayMatch(Utterance utterance) {
            return switch (script) {
                case JA -> utterance.hasJapanese;
                case EN -> utterance.hasLatin;
                case ANY -> true;
            };
        }
    }

    private static final String NEG_JA = "(?:いな|いませ|いーひ|いーへ|いいひ|いやへ|いてへ|おら|おりませ|なし|無し|ない|ありませ|いねえ|いねぇ|いねー|いね(?=[、,。!！\\s]|$))";
    /** Someone one goes out with, in kanji or kana: 彼女, かのじょ, カノジョ. */
    private static final String SWEETHEART = "(?:" + Subjects.JA_SWEETHEART_NOUNS + ")";

    private static final List<Rule> RULES = List.of(
            // single
            // 「今は一人っす」, 「今はフリー！」: alone now (not 「一人暮らし」, living alone)
            ja("(?:今|いま|現在)(?:は)?(?:一人|ひとり|独り|フリー)(?!暮らし|ぐらし|で(?:住|暮))|フリー(?=[!！。、,…\\s]|$)", RelationshipStatus.SINGLE),
            ja("独身|未婚|シングル(?!マザー|ファーザー)|フリー(?:です|だ|や|なん|で、)|婚活中|婚活して|恋活|出会いがな|独り身|ひとり身|彼氏いない歴|彼女いない歴", RelationshipStatus.SINGLE),
            // 「女房の節子は三年前に亡ぐなって」: named, and in dialect
            ja("(?:妻|夫|嫁|旦那|主人|家内|女房)(?:さん)?(?:の[^、。!！]{1,6}?)?(?:には|は|が|を|に)[^。]{0,12}?(?:亡くな|亡ぐな|他界|先立たれ)", RelationshipStatus.SINGLE),
            ja("シングルマザー|シングルファーザー|バツイチ|バツ[0-9一二三]|(?<!両親が|親が)離婚(?!したくな|しそう|を考え|届|の(?:話|協議|調停|相談|手続)|に向け|調停|協議|(?:する)?(?:かも|やろ|だろ|でしょ|予定|つもり))|死別|別れ(?:た(?![くい])|ました|て(?:から|しまい|もう|今|いま|、))|元(?:夫|妻|旦那|嫁)と(?:は)?離婚", RelationshipStatus.SINGLE),
            // 「彼女？おらんおらん」: the word asked back, then the answer
            ja("(?:" + SWEETHEART + "|相手|付き合っている人|付き合ってる人|付き合い(?:を)?して(?:い)?る(?:人|方|相手)|夫|妻)(?:は|も|が)?[?？、,…\\s]*(?:なんて|なんか)?(?:今は|今|特に|まだ|ずっと|もう)?"
                    // 「彼女はもう三年おらん」: for how long there has been nobody
                    + "(?:[0-9一二三四五六七八九十半何]+(?:年|ヶ月|か月|カ月)(?:くらい|ぐらい|ほど|以上)?)?" + NEG_JA, RelationshipStatus.SINGLE),
            ja("結婚(?:は)?(?:して(?:いな|いませ|へん|ない|ません)|したことがな|歴はな|していない)|付き合って(?:いな|いませ|へん|ない)", RelationshipStatus.SINGLE),
            // married
            ja("既婚|結婚して(?:い|る|ます|ま|おり|て|ん|はる|長|もう)|結婚(?:済|しました|してる|しとる|してん|して[0-9一二三四五六七八九十]|[0-9一二三四五六七八九十]+年目)|新婚|再婚(?:し|です)|夫婦(?:です|で)|妻帯者"
                    + "|(?:" + Subjects.JA_SPOUSE_NOUNS + ")(?:さん)?[)）]?(?:が|も)?(?:いま|いる|いて|おりま|おる|おって|います)", RelationshipStatus.MARRIED),
            // partnered
            ja("付き合って(?:い|る|ます|ま|て|ん|はる|[0-9一二三四五六七八九十]+(?:年|ヶ月|か月))|付き合い(?:中|始め|(?:を)?して(?:い|る|おり))|交際(?:中|して)|同棲|(?:彼氏|彼女|恋人|パートナー|カレシ|カノジョ)(?:さん)?(?:の[^、。!！\\sのとはが]{1,8}?)?と(?:一緒に)?(?:暮らし|住んで|住ん)|婚約|フィアンセ|事実婚|内縁"
                    + "|" + SWEETHEART + "(?:さん)?(?:が|も|は)?(?:いま(?!せ)|いる|いて|おりま(?!せ)|おる|おって|でき(?!な|ませ|へ|ひ)|おんねん)", RelationshipStatus.PARTNERED),
            // other
            ja("複雑な関係|別居中|別居して|微妙な関係|友達以上恋人未満", RelationshipStatus.OTHER),
            // English
            en("\\b(?:i'm|i am|im|currently|still|happily)\\s+(?:currently\\s+|still\\s+|happily\\s+)?single\\b|^\\s*single\\b|\\b(?:and|am|but|still|currently|now|totally|completely|happily|recently)\\s+single\\b|\\bsingle\\s*(?:[.!,;]|$|and\\b|now\\b|at the moment|right now|for\\b)"
                    + "|\\b(?:i'm|i am|im)\\s+(?:not|no longer)\\s+(?:currently\\s+|really\\s+)?(?:married|partnered|in a relationship|seeing anyone|dating anyone|with anyone)"
                    + "|\\bsingle\\s+(?!(?:mom|mum|mother|dad|father|parent|child|kid|room|bed|file|player|use|day|time|person|people|word|thing|income|malt)s?\\b)(?=[a-z])"
                    // "not married, parents are searching though", "Not married yet.": said without the I'm (not "not married but we live together")
                    // (opening its sentence or an item of a list, "34, f, Dublin, not married"; "Together 15 years, not married" is a couple)
                    + "|(?:^|[.!?]\\s*|[,/|;]\\s*)(?<!(?:together|partner|boyfriend|girlfriend|missus|fianc[ée]e?|engaged|live with|lives with|living with)[^.!?]{0,40})"
                    + "not\\s+(?:yet\\s+)?married\\b(?![^.!?]*\\b(?:but (?:we|i|living|engaged|have|in a)|or anything|together|boyfriend|girlfriend|partner|engaged|fianc))"
                    + "|\\bnot (?:seeing|dating) anyone\\b|\\bno (?:boyfriend|girlfriend|partner|wife|husband)\\b"
                    + "|\\b(?:don't|do not|dont)\\s+have\\s+(?:an?\\s+)?(?:boyfriend|girlfriend|partner|wife|husband)\\b|\\bnever (?:been )?married\\b"
                    + "|\\b(?:divorced|widowed|a widow|a widower|unmarried)\\b"
                    // "Separated. … So on my own now, I suppose.": alone now (not "I live on my own", "I did it on my own")
                    + "|(?<!live |living |lives |lived )\\bon my own (?:now|these days|again|at the moment|for now)\\b"
                    + "|\\bsingle (?:mom|mum|mother|dad|father|parent)\\b|\\b(?:i'm|i am|im) a single\\b"
                    + "|\\b(?:wife|husband|hubby|spouse|partner)\\s+(?:\\w+\\s+){0,2}?(?:passed away|passed on|died)\\b"
                    + "|\\blost my (?:wife|husband|hubby|spouse|partner)\\b|\\bmy late (?:wife|husband|hubby|spouse|partner)\\b", RelationshipStatus.SINGLE),
            en("\\b(?:i'm|i am|im|we're|we are|got|just got|recently|happily|been)\\s+(?:happily\\s+|recently\\s+|newly\\s+)?married\\b|\\bmarried (?:for|since)\\b"
                    + "|\\bnewlywed|\\bmarried to\\b|\\b(?:i|we)\\s+(?:got\\s+)?married\\s+(?:to|with)\\b|\\b(?:my|our) (?:wedding anniversary|marriage)\\b|(?:^|[.!?]\\s*)marr?ied\\b(?!\\s+(?:to\\s+)?(?:someone|somebody|one day|someday))"
                    // "39, F, Vancouver, married", "39 / F / Vancouver / married / 2 kids wanted": an item of a list of facts
                    + "|(?:^|[,/|;]\\s*)(?:happily\\s+)?marr?ied\\s*(?=[,/|;.!]|$)"
                    + "|\\b(?:i've got|i have got|i've|got|i have)\\s+an?\\s+(?:wife|husband)\\b", RelationshipStatus.MARRIED),
            en("\\bengaged\\b|\\bmy fianc[ée]e?\\b|\\bin a (?:relationship|long-distance relationship|committed relationship)\\b|\\b(?:i'm|i am|im) (?:dating|seeing) (?:someone|somebody|a\\b)"
                    + "|\\b(?:live|lives|living) with (?:my )?(?:boyfriend|girlfriend|partner|gf|bf)\\b|\\bhave an? (?:boyfriend|girlfriend|partner)\\b"
                    + "|\\b(?:i'm|i am|im) taken\\b|\\b(?:i've got|i have got|i've|got|i have)\\s+an?\\s+(?:boyfriend|girlfriend|partner|missus|gf|bf)\\b"
                    // "Got girlfriend already, 6 years": the article left out, as people whose first language has none leave it
                    + "|(?:^|[.!,;]\\s*|\\b(?:i|yes|yeah|yep)\\s+)(?:got|have)\\s+(?:boyfriend|girlfriend|partner|gf|bf)\\b"
                    // "rn were on. so yeah taken i guess": taken said on its own
                    + "|(?:^|[.!,;]\\s*|\\b(?:so|yeah|yes|yep|already)\\s+)taken\\b(?!\\s+(?:by|care|aback|from|away|off|out|over|up|a|an|the|my|it|that|this)\\b)"
                    + "|\\b(?:started|been|just|now)\\s+(?:dating|seeing)\\s+(?:someone|somebody|a\\b)"
                    + "|\\bde facto\\b|\\bpartnered\\b", RelationshipStatus.PARTNERED),
            // what happened or how long, not what one is: "we've been together nine years" beside "I'm married",
            // "we split up last June" beside "Separated" (each still tells the status when nothing else does)
            weak("\\b(?:broke up|split up)\\b", RelationshipStatus.SINGLE),
            weak("\\b(?:have|'ve|has|'s) been together\\b|\\b(?:i|we) live together\\b", RelationshipStatus.PARTNERED),
            // "32 years to Dawn", "Forty years this June to my Darlene": how long one has been married to someone named
            // "I'm going out with Aoife", "been seeing Tom a year": someone named one goes out with
            new Rule(Pattern.compile("\\b(?i:i'm|i am|im|i've been|been)\\s+(?i:going out with|seeing|dating)\\s+\\p{Lu}\\p{Ll}"),
                    RelationshipStatus.PARTNERED, true, true, Script.EN),
            new Rule(Pattern.compile("\\b(?i:years|yrs)(?:\\s+(?i:this|last|come)\\s+\\p{Alpha}+)?\\s+(?i:to)\\s+(?:(?i:my)\\s+)?\\p{Lu}[\\p{Ll}'-]+"),
                    RelationshipStatus.MARRIED, false, true, Script.EN),
            en("\\b(?:it's|its|it is|relationship is|status is) complicated\\b|\\bcomplicated relationship\\b|\\bseparated\\b|\\bon a break\\b|\\bopen relationship\\b", RelationshipStatus.OTHER));

    /** Mentions that imply a status while none is known. */
    private static final List<Rule> IMPLIED = List.of(
            // 「先輩に片思いしてんねん」, 「ずっと片想い中です」: a crush, no one to go out with yet
            ja("(?:片思い|片想い)(?:中|して|しとる|しとう|しよる|してん|です|なん|や(?:ねん|けど|で)?(?:[。!！、]|$))", RelationshipStatus.SINGLE),
            // 「だんなはしんや」: typed in hiragana too
            ja("(?<![元前])(?<!前の)(?<!元の)(?:うちの)?(?:妻|嫁|嫁はん|旦那|だんな|主人|家内|女房|(?<![丈工])夫)(?:さん)?(?:は|の|と|って|、|[。!]|$)", RelationshipStatus.MARRIED),
            ja("(?<![元前])(?:彼氏|カレシ|恋人)(?:さん)?(?:は|の|と|って|、|[。!]|$)|^\\s*彼女(?:[。!]|$)"
                    // 「彼女の美月と、犬と一緒に」: living with her
                    + "|(?<![元前の])彼女(?:さん)?の[^、。!！]{1,6}?と(?:[、,]|一緒|暮ら|住|同棲|二人|ふたり)", RelationshipStatus.PARTNERED),
            en("(?<!\\bex-)\\bmy (?:wife|husband|hubby|spouse)\\b|(?:^|[.!?]\\s*)(?:wife|husband|hubby)\\s*[.,!:;-]|\\b(?:wife|husband)'?s name\\b", RelationshipStatus.MARRIED),
            en("\\bmy (?:boyfriend|girlfriend|partner|gf|bf)\\b|^\\s*(?:girlfriend|boyfriend|partner)\\s*[.,!:;-]", RelationshipStatus.PARTNERED));

    /** "Yes, to Dave", "yep, with my girl Destiny", "Sure am, to Rich": whom the yes is married to or together with. */
    private static final Pattern EN_YES_TO_SOMEONE = Pattern.compile(
            "^\\W*(?:yes|yeah|yep|yup|yea|ya|aye|sure am|i am|i'm|we are|we're)\\W+(?:i am\\s+|i'm\\s+|we're\\s+)?(to|with)\\s+(?:my\\s+)?\\p{L}");
    private static final Pattern EN_NEGATED = Pattern.compile(
            "(?:\\bnot|n't|\\bnever|\\bno longer|\\bwas|\\bused to be|\\bex-?)\\s*(?:currently\\s+|really\\s+|actually\\s+|yet\\s+)?(?:been\\s+|be\\s+)?$");
    /** The sweetheart or spouse said not to be there (「彼女はおらん」), which opens a rule of {@code single}. */
    private static final Pattern NOBODY = Pattern.compile("(?:" + SWEETHEART + "|相手|夫|妻)(?:は|も|が)?[?？、,…\\s]*(?:なんて|なんか)?[^。]{0,8}?" + NEG_JA);
    private static final Pattern WIDOWED = Pattern.compile("亡くな|亡ぐな|他界|先立たれ|passed away|passed on|died|lost my|my late");
    private static final Pattern NOT_QUITE = Pattern.compile("[…・.\\s]{0,3}(?:(?:でも|じゃ|では)(?:ない|なく|ありません)|(?:とも|とは|って)(?:言い|いい)?(?:きれ|切れ|言え|いえ)(?:な|ん|へん))");
    /** 「性別は…自分はどっちでもない」, 「性別？その他です」: the other said of the gender. */
    private static final Pattern GENDER_NEITHER = Pattern.compile("性別[^。!！]{0,16}?(?:その他|そのほか|どちらでもな|どっちでもな|でも女でもな|でも女性でもな)");
    private static final Pattern OTHER_ANSWER = Pattern.compile("その他|そのほか|どちらでもな|どっちでもな|\\bother\\b(?!\\s+(?:than|people|person|one|ones|half|side))|\\bcomplicated\\b");
    /** A gender beyond man and woman named (「Xジェンダー」, 「ノンバイナリー」, "non-binary"): what "other" then answers. */
    private static final Pattern GENDER_IDENTITY = Pattern.compile("ジェンダー|ノンバイナリ|バイナリー|中性|non-?binary|genderqueer");
    /** 「その他、ですかね」, 「…なんかちゃう。その他で🙏」: a sentence that chooses "other", whatever else the answer says. */
    private static final Pattern OTHER_OPENING = Pattern.compile("(?:^|(?<=[。!！?？…\\n]))\\s*(?:その他|そのほか|other)(?=[、,。.!！…\\s\\p{So}]|です|かな|で|$)");
    /**
     * A sentence about a partner wished for ("I want my wife to be funny"); "someday" alone is no such sign
     * ("My wife and kids will join me someday").
     */
    private static final Pattern IDEAL_CONTEXT = Pattern.compile("理想|将来|未来|したい|ideal|future|dream|want|would like|hope");

    private RelationshipExtractor() {
    }

    private static Rule ja(String regex, RelationshipStatus status) {
        return new Rule(Pattern.compile(regex), status, true, Script.JA);
    }

    private static Rule en(String regex, RelationshipStatus status) {
        return new Rule(Pattern.compile(regex), status, true, Script.EN);
    }

    /** An event or a duration that tells the status only where no statement of it is made in the message. */
    private static Rule weak(String regex, RelationshipStatus status) {
        return new Rule(Pattern.compile(regex), status, false, Script.ANY);
    }

    private record Hit(int start, int end, RelationshipStatus status, boolean explicit) {
    }

    static Result extract(Context ctx) {
        String lower = ctx.lower();
        // 「どっちでもない、Xジェンダーです。その他でお願いします」 to Hera's question for the gender and the status: the
        // other is the gender's
        boolean otherIsGender = ctx.question().asked(LastQuestion.Topic.GENDER) && GENDER_IDENTITY.matcher(lower).find()
                || GENDER_NEITHER.matcher(lower).find(); // 「性別は…どっちでもない」: said of the gender, whatever Hera asked
        if (ctx.question().asked(LastQuestion.Topic.STATUS) && !otherIsGender && OTHER_OPENING.matcher(lower).find()) {
            boolean corrected = ctx.current().relationshipStatus() != null && ctx.current().relationshipStatus() != RelationshipStatus.OTHER;
            return new Result(RelationshipStatus.OTHER, true, corrected);
        }
        List<Hit> hits = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!rule.mayMatch(ctx.utterance())) {
                continue;
            }
            Matcher m = rule.pattern().matcher(rule.cased() ? ctx.text() : lower);
            while (m.find()) {
                if (!counts(ctx, m, rule.status())) {
                    continue;
                }
                hits.add(new Hit(m.start(), m.end(), rule.status(), rule.explicit()));
            }
        }
        if (hits.stream().anyMatch(Hit::explicit)) {
            hits.removeIf(hit -> !hit.explicit());
        } else if (!hits.isEmpty() && answer(ctx) != null) {
            return answer(ctx); // "Yes, we've been together twenty years" to "Are you married?"
        }
        if (!hits.isEmpty()) {
            Hit last = hits.get(0);
            for (Hit hit : hits) {
                // the last statement wins; at one place the longer reading (「結婚していない」 over 「結婚してい」)
                if (hit.start() > last.start() || hit.start() == last.start() && hit.end() > last.end()) {
                    last = hit;
                }
            }
            boolean corrected = ctx.current().relationshipStatus() != null
                    && ctx.current().relationshipStatus() != last.status()
                    && Corrections.hasCue(ctx.utterance().sentenceAt(last.start()).text());
            return new Result(last.status(), true, corrected);
        }
        if (ctx.question().asked(LastQuestion.Topic.STATUS) && !otherIsGender && ctx.current().relationshipStatus() == null
                && OTHER_ANSWER.matcher(lower).find()) {
            return new Result(RelationshipStatus.OTHER, true, false); // 「その他でお願いします」 answering 「恋愛の状況は？」
        }
        Result answered = answer(ctx);
        if (answered != null) {
            return answered;
        }
        if (ctx.current().relationshipStatus() == null) {
            for (Rule rule : IMPLIED) {
                Matcher m = rule.pattern().matcher(lower);
                while (m.find()) {
                    String sentence = ctx.utterance().sentenceAt(m.start()).text();
                    if (!IDEAL_CONTEXT.matcher(sentence).find()) {
                        return new Result(rule.status(), false, false);
                    }
                }
            }
        }
        Result there = someoneThere(ctx);
        return there != null ? there : new Result(null, false, false);
    }

    /**
     * A bare yes or no to "Are you married?", 「恋人はいますか？」: yes is the status asked about, no to
     * having someone is single (a later 「彼女がいて」 in the same answer is an explicit statement and wins).
     */
    private static Result answer(Context ctx) {
        RelationshipStatus onYes = ctx.question().statusOnYes();
        if (onYes == null) {
            Result toSomeone = yesToSomeone(ctx);
            return toSomeone != null ? toSomeone : nobodyThere(ctx);
        }
        Boolean yes = YesNo.statusOpening(ctx.lower());
        if (yes == null) {
            return null;
        }
        RelationshipStatus status = yes ? onYes : onYes == RelationshipStatus.SINGLE ? null : RelationshipStatus.SINGLE;
        if (status == null) {
            return null;
        }
        boolean corrected = ctx.current().relationshipStatus() != null && ctx.current().relationshipStatus() != status;
        return new Result(status, true, corrected);
    }

    /**
     * 「いないっす！」, 「今はいません。」, 「おらへんねん。」 opening the answer to Hera's open question about the status
     * (「交際状況はいかがですか？独身の方も、パートナーのいる方も、そのまま教えてくださいね。」): there is no one, so single
     * (「いますよー、彼は翼」, that someone is there, is read after the words for a spouse, see {@link #someoneThere}).
     */
    private static Result nobodyThere(Context ctx) {
        if (!ctx.question().asked(LastQuestion.Topic.STATUS) || YesNo.someoneThere(ctx.lower()) != Boolean.FALSE) {
            return null;
        }
        return new Result(RelationshipStatus.SINGLE, true, ctx.current().relationshipStatus() != null
                && ctx.current().relationshipStatus() != RelationshipStatus.SINGLE);
    }

    /**
     * 「いるよ💕 ハルって呼んでるけど本名は陽斗」, 「おるで。あおいって彼女」 opening the answer to Hera's open question about
     * the status: someone is there, together with them; married where a word for a spouse says who (「います、夫が。」).
     */
    private static Result someoneThere(Context ctx) {
        if (!ctx.question().asked(LastQuestion.Topic.STATUS) || ctx.question().statusOnYes() != null
                || YesNo.someoneThere(ctx.lower()) != Boolean.TRUE) {
            return null;
        }
        RelationshipStatus status = SPOUSE.matcher(ctx.lower()).find() ? RelationshipStatus.MARRIED : RelationshipStatus.PARTNERED;
        return new Result(status, true, ctx.current().relationshipStatus() != null && ctx.current().relationshipStatus() != status);
    }

    /** A word for one's spouse (not a former one: 「元夫」, 「前の妻」). */
    private static final Pattern SPOUSE = Pattern.compile("(?<![元前])(?<!前の)(?:" + Subjects.JA_SPOUSE_NOUNS + ")");

    /**
     * "Yes, to Meera, for 15 years now", "yep, with Sam, three years": a yes with the one it is to or with, answering
     * Hera's open question about the status ("your relationship status (single, in a relationship or married)?"),
     * is married to them, or together with them.
     */
    private static Result yesToSomeone(Context ctx) {
        if (!ctx.question().asked(LastQuestion.Topic.STATUS)) {
            return null;
        }
        Matcher m = EN_YES_TO_SOMEONE.matcher(ctx.lower());
        if (!m.find()) {
            return null;
        }
        RelationshipStatus status = m.group(1).equals("to") ? RelationshipStatus.MARRIED : RelationshipStatus.PARTNERED;
        boolean corrected = ctx.current().relationshipStatus() != null && ctx.current().relationshipStatus() != status;
        return new Result(status, true, corrected);
    }

    private static boolean counts(Context ctx, Matcher m, RelationshipStatus status) {
        String lower = ctx.lower();
        String before = lower.substring(Math.max(0, m.start() - 16), m.start());
        boolean english = m.group().chars().anyMatch(c -> c >= 'a' && c <= 'z');
        if (english && status != RelationshipStatus.SINGLE && EN_NEGATED.matcher(before).find()) {
            return false; // "not married", "I was married", "my ex-wife"
        }
        if (english && status == RelationshipStatus.SINGLE && m.group().equals("single")
                && lower.startsWith(" child", m.end())) {
            return false;
        }
        if (Corrections.isRejected(lower, m.start(), m.end())) {
            return false;
        }
        if (status == RelationshipStatus.SINGLE && WIDOWED.matcher(m.group()).find()) {
            return true; // 「家内は五年前に亡くなりまして」: about the partner, yet the user's status
        }
        if (NOT_QUITE.matcher(lower).region(m.end(), Math.min(lower.length(), m.end() + 12)).lookingAt()) {
            return false; // 「独身…でもないし、付き合ってる…とも言いきれない」
        }
        // about someone else: 「姉は独身です」, "my sister is divorced"; 「彼女はおらん」 is the user's having nobody,
        // so whom it is about is read before the word 彼女
        boolean nobody = status == RelationshipStatus.SINGLE && NOBODY.matcher(m.group()).lookingAt();
        int about = nobody ? m.start() - 1 : m.start();
        Subject subject = about < ctx.utterance().sentenceAt(m.start()).start() ? Subject.USER : ctx.subjects().explicitAt(about);
        return subject == Subject.USER || subject == Subject.PARTNER && status != RelationshipStatus.SINGLE;
    }
}
