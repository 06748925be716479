package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partner described over several clauses and sentences, in the person's own words: every
 * clause about the partner is read as temperament or looks, not only those holding a lexicon word
 * (「しゅんはクールで口数少ないけど、実は優しい。金髪で、ピアスあけてる。」, "Becky's fearless, loud,
 * says what she thinks. She's got a pixie cut, dyed pink."). A clause with a look word is looks;
 * one in a sentence that speaks of character (a trait word in it, or Hera asked what the partner is
 * like) is temperament; a clause after looks in the same sentence, without a trait word, is looks
 * too ("dyed pink", "Oh, and a nose ring"). Clauses about age, names, the relationship, children
 * or the user are neither.
 */
final class PartnerDescription {

    /** The clauses found, each list in the order said; empty when none. */
    record Result(List<String> temperament, List<String> looks) {
    }

    /** A clause closed by the benefactive (「…聞いてくれる」, 「…作ってくれはる」): done for the speaker by someone else. */
    private static final Pattern DONE_FOR_THE_USER = Pattern.compile("(?<=[てで])くれ(?:は)?(?:る|た|ます|ました|ん|よる|とる|てる)?(?:の|ん|よ|ねん|わ)?[。.!！…〜ー\\s]*$");
    /** A face drawn in brackets (「(*´▽`*)」): no kana or kanji inside. */
    private static final String KAOMOJI = "[(（][^()（）\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,12}[)）]";
    /** Clause ends; an emoji or a space between words ends one too where someone types without commas (「覚えてる人🥺 見た目は…」). */
    private static final Pattern JA_CLAUSE_BREAK = Pattern.compile("\\s*" + KAOMOJI + "\\s*|[、,。!！?？…]+|けど|けれど|(?<=[いる])し(?=[、,\\s])"
            + "|\\s*[\\p{So}\\x{1F000}-\\x{1FAFF}]+\\s*|(?<=[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー〜~])\\s+(?=[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}])");
    /**
     * Clause ends; "and" too where a new clause opens with its own subject ("blue eyes and he's always joking"), and an
     * emoji where someone types on without a stop ("a tattoo on his arm ☺️ me I'm chatty").
     */
    private static final Pattern EN_CLAUSE_BREAK = Pattern.compile("[,.;!?—–]+\\s*|\\s*[\\p{So}\\x{1F000}-\\x{1FAFF}\\x{FE0F}]+\\s*|\\s+-\\s+|\\s+but\\s+|\\s+though\\b"
            + "|\\s+and\\s+(?=(?:he|she|they)(?:'s|'re|'d|\\s+(?:is|are|was|has|have|always|never|loves?|likes?|can|would)\\b))");
    /**
     * An English clause with a subject of its own ("he's always joking"): not a bare phrase going on with
     * looks, unless it says what they have or wear ("he's always got an old hat on").
     */
    private static final Pattern OWN_SUBJECT = Pattern.compile(
            "^\\s*(?:he|she|they)(?:'s|'re|'d|\\s+(?:is|are|was|always|never|loves?|likes?|can|would))\\b"
                    + "(?!.*\\b(?:got|has|have|wears?|wearing|dresses|dressed)\\b)");
    /** Clauses that tell neither temperament nor looks. */
    private static final Pattern NEITHER = Pattern.compile(
            "[0-9０-９](?![0-9０-９]*\\s*(?:分|秒|時間|回|度|杯|冊|本|キロ|km))|名前|なまえ|名は|の名|と一緒に|(?<!ひ)と$|(?:とは|と)(?:真逆|逆|違って|違い|違うて|ちごうて|ちごて|ちがって|ちがい|反対|正反対)(?:で|に)?$|[一二三四五六七八九十百]+年|じゃなくて|打ち間違|歳|才|年上|年下|同い年"
                    + "|(?:[一二三四五六七八九十]つ|ひとつ|ふたつ|みっつ|よっつ|いつつ|むっつ|ななつ|やっつ|ここのつ)(?:上|下)|付き合|結婚|同棲|婚約|別れ|振られ|フラれ|年収|子供|子ども|息子|娘|見た目|性格|外見|別居|離婚|単身赴任|遠距離|喧嘩|けんか|年金|収入|給料|給与|稼ぎ|手取り|ボーナス|片思い|片想い|決め(?:た|て(?:くれ|もろ|もら))|名付け"
                    + "|\\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy)(?:-[a-z]+)?|years?|older|younger|names?|named|call|called|married|engaged|dating|together|kids?|children|son|daughter|income|salary|separated|divorc\\w*|long-distance)\\b"
                    + "|といい|と言い|っていう|って言う|っていい|と申|(?<=\\p{L})(?:いうて|言うて|ゆうて)|\\b(?:goes by|called)\\b|住ん|住み|在住|暮らし|暮らす|暮らして|同居|越して|越し|転勤|仕事|働い|勤め|\\b(?:lives?|living|works?|working|job|makes?|earns?|paid)\\b|^(?:oh|so|yeah|and|also|well|ok|okay|um|hmm|idk|dunno|me|and me|as for me|myself)?$"
                    // "not sure yet", "no idea tbh": no answer at all
                    + "|^(?:i'm |im |i am |honestly |tbh )?(?:not sure|unsure|no idea|no clue|don'?t know|not decided|undecided|haven'?t thought(?: about it| about that)?)(?: yet)?(?: tbh| honestly| lol| haha)?$"
                    // a filler or a conjunction left alone by the clause break (「せやけど」, 「ほうじゃねぇ、…」)
                    + "|^(?:せや|そや|ほや|ほんで|そんで|でも|だけど|ほうじゃ(?:ねぇ|ねえ|のう)?|そうだ(?:ね|な)ぁ?|うーん|えっと|まあ|あと)$");
    /**
     * A clause whose subject is the user (「私は」, "I'm") or opens with what is theirs ("my job", "my husband is a
     * nurse"); the user as object or owner inside it (「俺のダメなところを叱ってくれる」, "makes me laugh",
     * "steals my fries") is still the partner's doing.
     */
    private static final Pattern USER_CLAUSE = Pattern.compile(
            "(?:^|\\s)(?:i|i'm|we|we're)\\b|^\\W*(?:(?:and|but|so|also|plus)\\s+)?(?:my|our)\\b"
                    + "|(?:私|俺|僕|わたし|あたし|自分|うち|わし)(?:自身)?(?:は|が|も|って|的に)");
    /** 「性格は」, 「見た目は」, "personality:": a label in front of the description, not what it says. */
    private static final Pattern TOPIC_LABEL = Pattern.compile("^(?:性格|見た目|外見|中身|人柄)(?:は|が|:|的には|的に)\\s*|^(?i:personality|looks|(?:my )?ideal(?: partner| guy| girl| man| woman| type)?|(?:my )?type)\\s*(?:wise|:|-)\\s*");
    /**
     * 「見た目は…」 opening a clause: the looks Hera asks for are the partner's, whoever the sentence before was about
     * (「…俺はなんも考えねくていい。見た目は小柄で、…いつもエプロンしてる」).
     */
    private static final Pattern LOOKS_OPENING = Pattern.compile("^[\\s、,]*(?:あと|それと|で)?[、,\\s]*(?:見た目|外見|容姿|ルックス)(?:は|が|:|的には)");
    /**
     * "Looks wise I like brunettes, curvy, bit of a tan", "physically I'd want someone tall": the liking for looks of one
     * with no partner now describes the partner they imagine, as 「見た目は」 opens the looks in Japanese.
     */
    private static final Pattern EN_LOOKS_LIKING = Pattern.compile(
            "^\\W*(?:(?:and|also|oh and|as for)\\s+)?(?:(?:looks?|appearance)(?:[- ]?wise)?|physically|in terms of looks)[\\s,:-]+(?:i|im|i'm|i'd)\\s+"
                    + "(?:really |usually |always |definitely |tend to |would )?(?:like|love|prefer|go for|fancy|want|am into|'m into|am attracted to|'m attracted to"
                    + "|'d like|'d want|'d prefer|have a thing for)\\s+(?:(?:someone|somebody|a (?:guy|girl|man|woman|lady|bloke)|(?:guys|girls|men|women|ladies) (?:who are|with))\\s+)?");
    /** 「名前は」, 「なまえは…」: the clause gives the name, and a short clause after it goes on with it. */
    private static final Pattern NAME_LABEL = Pattern.compile("(?:名前|なまえ|ナマエ)(?:は|が|:)");
    private static final int NAME_CLAUSE = 8;
    /** 「なんでも笑い飛ばすタイプで」, 「のんびりした性格」: a clause that says what kind of person someone is speaks of character. */
    private static final Pattern JA_KIND_OF_PERSON = Pattern.compile("(?<=[\\p{IsHiragana}\\p{IsHan}ー])(?:タイプ|性格|気質|人柄)(?:で|だ|です|や|じゃ|な|[、,。!！\\s]|$)");
    /** 「料理はめっちゃ上手」, 「運転が下手」: what someone is good or bad at says what they are like. */
    private static final Pattern JA_SKILL = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー])(?:が|は|も)(?:めっちゃ|めちゃ|すごく|とても|かなり|ほんまに|ほんとに|結構|けっこう|ちょっと|超)?(?:上手|得意|うま|上手い|下手|へた|苦手|プロ級)");
    private static final Pattern JA_AGE_ATTRIBUTE = Pattern.compile(
            "(?:[0-9０-９一二三四五六七八九十]+\\s*(?:つ|コ|個|歳|才)?(?:上|下|年上|年下)|年上|年下|同い年|同年代)(?:くらい|ぐらい|位)?の");
    private static final Pattern JA_CORRECTION_OPENING = Pattern.compile("^(?:じゃなくて|じゃなく|ではなくて|ではなく|やなくて)[、,\\s]*");
    /** More look words than {@link LooksLexicon} needs for finding looks: attire and small features. */
    private static final Pattern MORE_LOOKS = Pattern.compile(
            "ほっぺ|頬|八重歯|筋肉|背筋|おでこ|寝ぐせ|寝癖|お団子|おさげ|ふっくら|ほっそり|ひょろ|スラッと|すらっと|小麦色|化粧|メイク|マスク|結んで"
                    // what suits them and what they wear (「和服の似合う」, 「キャップかぶってる」), the body (「お腹が出て」, 「体が大きくて」)
                    + "|似合|着て|着こな|かぶって|被って|羽織|履いて|はいて|身につけ|(?:体|からだ)(?:が|は|つき)|お腹|おなか|腹が|肩幅|健康的|スポーティ"
                    + "|(?:歯|腕|手|指|脚|足|首|まつげ|まつ毛|服|靴)(?:が|は|も)|スニーカー|エプロン|帽子|ジャージ"
                    // thin or stout said alone as a clause (「ほそくて」, 「細い」), not 細かい
                    + "|^(?:細|ほそ|太|ふと)(?:くて|い|め)$"
                    + "|\\b(?:braids?|buzzcut|pixie|earrings?|rings?|lipstick|make-?up|cheeks?|shoulders?|eyebrows?|brows|crow's feet|wrinkles"
                    + "|dyed|wears?|wearing|shaved|head|build|height|taller|shorter|curls?|curly|wavy|straight|lashes|teeth|gap|scar|jaw|figure"
                    // build and height in everyday words ("lanky", "wee", "a big bloke", "dad bod", "broad-chested")
                    + "|lanky|wee(?! bit)|tiny|short(?![- ]?(?:temper|fuse|-lived))|big (?:bloke|guy|man|lad|fella|boy|girl|frame)|broad(?:-[a-z]+)?"
                    + "|burly|brawny|beefy|buff|ripped|toned|lean|wiry|heavyset|plump|bod|belly|tummy|gangly|willowy|hunky|tubby|portly"
                    // hair and face styles
                    + "|mullet|afro|mohawk|undercut|bangs|fringe|bob|cropped|buzzed|balding|receding|goatee|sideburns|clean-shaven|ginger|auburn"
                    + "|highlights|jawline|cheekbones|chin|dimpled?|rosy|tattooed|inked|hoodies?|jeans|suits?|boots|flannel|dresses)\\b");
    private static final Pattern EN_LEADING = Pattern.compile(
            "^(?:'s\\s+|'s got\\s+|\\s*is\\s+|\\s*has\\s+)?(?i:(?:oh|and|also|but|so|plus|yeah|well)\\s+)*(?:(?i:(?:she|he|they)(?:'s|\\s+is|\\s+has|'s got|\\s+have)?|(?:she|he) is)\\s+)?");

    /** 「(彼氏は)いますよ」, 「彼氏いるよ〜」, 「おるで」, 「いない〜」: that the partner exists or not, nothing about them. */
    private static final Pattern BARE_EXISTENCE = Pattern.compile("(?:(?:" + Subjects.JA_PARTNER_NOUNS + ")(?:さん)?[がもは]?)?"
            + "(?:い|お)(?:る|ます|ります|て|んの|ない|ません|らん|らへん|ねえ)?(?:よ|ね|で|けど|し|わ|っす|です|[〜~ー])*");
    private static final Pattern CASE_PARTICLE = Pattern.compile("[がはを]");
    private static final Pattern JA_LEADING = Pattern.compile("^[、,\\s]+");
    /** A closing copula or particle; a verb keeps its ます (「走りに行きます」, not 「走りに行き」). */
    private static final Pattern CLOSING = Pattern.compile("(?:ですが|です|でした|だよ|やで|やな|なんです|ですね|(?<=[いきしちにびみりぎじえけせてねべめれげ])ますね|かな|(?<=[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー])w+|笑)+$");
    private static final Pattern PICTOGRAPHS = Pattern.compile("[\\p{So}\\x{1F000}-\\x{1FAFF}]+");

    private PartnerDescription() {
    }

    static Result read(Context ctx, List<TraitExtractor.Hit> partnerHits) {
        List<String> temperament = new ArrayList<>();
        List<String> looks = new ArrayList<>();
        boolean askedCharacter = ctx.question().asked(LastQuestion.Topic.PARTNER_PERSONALITY);
        boolean askedLooks = ctx.question().asked(LastQuestion.Topic.PARTNER_LOOKS);
        // "Marco says two", "Andre wants another girl" answering about children: the partner's say, no character
        boolean aboutChildren = ctx.question().asked(LastQuestion.Topic.CHILDREN) && !ctx.question().asked(LastQuestion.Topic.PARTNER)
                && !askedCharacter && !askedLooks;
        boolean partnerBefore = false;
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            if (aboutChildren && partnerHits.stream().noneMatch(hit -> sentence.contains(hit.start()))
                    && !LooksLexicon.holdsLookWord(sentence.text(), sentence.text())) {
                continue;
            }
            boolean japanese = PartnerExtractor.isJapanese(sentence.text());
            boolean partnerSentence = ctx.subjects().at(sentence.start()) == Subject.PARTNER || ctx.subjects().at(sentence.end() - 1) == Subject.PARTNER
                    // 「…公園につきあってくれて わたしが愚痴ってもずっと聞いてくれる」: typed without punctuation, the user only in
                    // its clause of condition, a deed done for the user goes on about the partner
                    || japanese && (askedCharacter || partnerBefore) && DONE_FOR_THE_USER.matcher(sentence.text()).find()
                            && !userIsSubject(sentence.text().toLowerCase(Locale.ROOT));
            partnerBefore = partnerSentence;
            // looks said without anyone named are the partner's: after Hera asked for them, or from 「見た目は」 on
            boolean looksOnly = !partnerSentence && japanese && !ctx.subjects().hasMarker(Subject.USER, sentence.start(), sentence.end());
            boolean looksAsked = looksOnly && askedLooks && LooksLexicon.holdsLookWord(sentence.text(), sentence.text());
            // "Looks wise I like brunettes, curvy": with no partner now, the looks liked are the imagined partner's
            Matcher liking = EN_LOOKS_LIKING.matcher(sentence.text().toLowerCase(Locale.ROOT));
            boolean likedLooks = !japanese && !partnerSentence && ctx.current().currentPartner() == null && liking.lookingAt()
                    && LooksLexicon.holdsLookWord(sentence.text(), sentence.text().toLowerCase(Locale.ROOT));
            int likingEnd = likedLooks ? sentence.start() + liking.end() : -1;
            if (!partnerSentence && !(looksOnly && (looksAsked || opensLooks(sentence.text(), japanese))) && !likedLooks) {
                continue;
            }
            // a sentence that names the partner as its topic (「りょうは…」, "Sam is …") speaks of them
            boolean character = !looksOnly && !likedLooks && (askedCharacter || partnerHits.stream().anyMatch(hit -> sentence.contains(hit.start()))
                    || ctx.subjects().markers().stream().anyMatch(m -> m.subject() == Subject.PARTNER && sentence.contains(m.start()))
                    || japanese && Subjects.JA_DESCRIBED_ONE.matcher(sentence.text()).find()
                    || japanese && JA_KIND_OF_PERSON.matcher(sentence.text()).find()
                    || japanese && JA_SKILL.matcher(sentence.text()).find());
            boolean afterLooks = false;
            boolean looksRun = looksAsked || likedLooks;
            boolean afterNameLabel = false;
            boolean afterNeither = false;
            for (int[] span : clauses(sentence.text(), japanese)) {
                String said = sentence.text().substring(span[0], span[1]).strip();
                // 「…子ども…じゃなくて犬を抱えて外出てた」: what follows a correction is what was meant
                Matcher corrected = JA_CORRECTION_OPENING.matcher(said);
                int skip = japanese && corrected.lookingAt() ? corrected.end() : 0;
                // 「7つ上くらいの大人な人がいい」: the age said as an attribute, then what the person is like
                Matcher age = JA_AGE_ATTRIBUTE.matcher(said).region(skip, said.length());
                skip = japanese && age.lookingAt() && age.end() < said.length() ? age.end() : skip;
                if (likedLooks && sentence.start() + span[0] + skip < likingEnd) {
                    skip = Math.min(said.length(), likingEnd - sentence.start() - span[0]); // "looks wise I like" is no part of the looks
                } else if (likedLooks && userIsSubject(said.toLowerCase(Locale.ROOT))) {
                    continue; // "…, I'm tall myself": the speaker's own
                }
                String clause = said.substring(skip);
                int at = sentence.start() + span[0] + skip;
                looksRun |= looksOnly && LOOKS_OPENING.matcher(clause).lookingAt();
                // 「うちが落ち込んどる時に黙ってコーヒー淹れてくれる」: the user opens the clause, the partner ends it
                boolean partners = ctx.subjects().at(at) == Subject.PARTNER || startsWithPartner(ctx, at)
                        || !clause.isEmpty() && ctx.subjects().at(at + clause.length() - 1) == Subject.PARTNER
                                && !userIsSubject(clause.toLowerCase(Locale.ROOT))
                        || looksRun
                        // 「わたしが愚痴ってもずっと聞いてくれる」: the user only in a clause of condition, the partner doing it for them
                        || japanese && partnerSentence && DONE_FOR_THE_USER.matcher(clause).find() && !userIsSubject(clause.toLowerCase(Locale.ROOT));
                // 「彼とは逆で内向的です」: the clause turns to the speaker set against the partner
                partners &= !(japanese && ctx.subjects().hasMarker(Subject.USER, at + 1, at + clause.length())
                        && ctx.subjects().at(at + clause.length() - 1) == Subject.USER);
                boolean nameGoesOn = afterNameLabel;
                afterNameLabel = japanese && NAME_LABEL.matcher(clause).find();
                if (clause.isEmpty() || !partners) {
                    afterLooks = false;
                    continue;
                }
                String lower = TOPIC_LABEL.matcher(clause.toLowerCase(Locale.ROOT)).replaceFirst("");
                boolean trait = partnerHits.stream().anyMatch(hit -> hit.start() >= at && hit.start() < at + clause.length());
                boolean look = LooksLexicon.holdsLookWord(clause, lower) || MORE_LOOKS.matcher(lower).find();
                if (nameGoesOn && !trait && !look && clause.length() <= NAME_CLAUSE) {
                    continue; // 「名前はじゃあ、みさきで」, 「名前は…ふみえ、ってどうだべ」: the name said on, no character
                }
                if ((NEITHER.matcher(lower).find() || AgeExtractor.JA_RELATIVE.matcher(clause).find() || userIsSubject(lower)) && !look && !trait) {
                    afterLooks = false;
                    afterNeither = true;
                    continue;
                }
                // "£58,500 per annum, as a senior archivist", "$120K, oil and gas": what goes on after an amount, a
                // job or a name, with no word of character or looks, says more of that, not what the partner is like
                if (afterNeither && !japanese && !look && !trait) {
                    continue;
                }
                afterNeither = false;
                String cleaned = clean(ctx, clause, at, japanese);
                if (cleaned.codePoints().count() < 2 || BARE_EXISTENCE.matcher(cleaned).matches()) { // 「彼女はいますよ」 says no more than that
                    // 「見た目は、ブロンドの巻き毛で、…」: what follows the label alone is looks
                    afterLooks |= look && japanese && LOOKS_OPENING.matcher(clause).lookingAt();
                    continue;
                }
                // a bare phrase after looks continues them ("dyed pink", 「一つに結んでる」); 「料理が上手」 says something else
                boolean continuesLooks = afterLooks && !trait && !(japanese ? CASE_PARTICLE.matcher(clause).find()
                        : OWN_SUBJECT.matcher(lower).lookingAt());
                if (look && !trait || continuesLooks) {
                    looks.add(cleaned);
                    afterLooks = true;
                } else if (trait || character) {
                    temperament.add(cleaned);
                }
            }
        }
        return new Result(temperament, looks);
    }

    /**
     * Whether the user is the subject of the clause: not when their part is only a clause of time or
     * condition inside it (「うちが落ち込んどる時に黙ってコーヒー淹れてくれる」, 「あたしが泣いてるとそばにいてくれる」,
     * "when I'm down she just listens").
     */
    private static boolean userIsSubject(String lower) {
        Matcher user = USER_CLAUSE.matcher(lower);
        while (user.find()) {
            if (!USER_ONLY_SUBORDINATE.matcher(lower).region(user.end(), lower.length()).find()) {
                return true;
            }
        }
        return false;
    }

    /** What closes a clause of time or condition after the user as its subject, the partner's clause going on after it. */
    private static final Pattern USER_ONLY_SUBORDINATE = Pattern.compile(
            "^[^、,]{0,16}?(?:時|とき|ときに|時に|時は|ときは|たら|れば|と(?=[^、,。]{2,})|[てで]も(?=[^、,。]{2,})|のに|ので|から(?=[^、,。]{2,}))|^[^,]{0,30}?,\\s*(?:she|he|they)\\b");

    /** Whether a clause of the sentence opens with 「見た目は」. */
    private static boolean opensLooks(String sentence, boolean japanese) {
        for (int[] span : clauses(sentence, japanese)) {
            if (LOOKS_OPENING.matcher(sentence.substring(span[0], span[1])).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The clauses of a sentence, as [start, end) within it. */
    private static List<int[]> clauses(String sentence, boolean japanese) {
        List<int[]> spans = new ArrayList<>();
        Matcher breaks = (japanese ? JA_CLAUSE_BREAK : EN_CLAUSE_BREAK).matcher(sentence);
        int from = 0;
        while (breaks.find()) {
            if (breaks.start() > from) {
                spans.add(new int[] { from, breaks.start() });
            }
            from = breaks.end();
        }
        if (from < sentence.length()) {
            spans.add(new int[] { from, sentence.length() });
        }
        return spans;
    }

    /** A clause opening with the partner's marker (「しゅんは…」) is theirs even where the previous sentence was someone else's. */
    private static boolean startsWithPartner(Context ctx, int at) {
        return ctx.subjects().markers().stream().anyMatch(m -> m.subject() == Subject.PARTNER && m.start() >= at && m.start() <= at + 2);
    }

    /** The clause without the partner's own marker in front (「しゅんは」, "Becky's") and a closing copula. */
    private static String clean(Context ctx, String clause, int at, boolean japanese) {
        String c = clause;
        for (Subjects.Marker marker : ctx.subjects().markers()) {
            if (marker.subject() == Subject.PARTNER && marker.start() >= at && marker.start() <= at + 2 && marker.end() > at
                    && marker.end() - at <= c.length() + 1) {
                // 「うちの旦那、」: a marker closed by the comma that ends the clause leaves nothing of it
                c = c.substring(Math.min(marker.end() - at, c.length()));
            }
        }
        c = (japanese ? JA_LEADING : EN_LEADING).matcher(c.strip()).replaceFirst("");
        c = japanese ? PartnerExtractor.JA_LOOKS_TOPIC.matcher(c).replaceFirst("") : c;
        c = TOPIC_LABEL.matcher(c).replaceFirst("");
        return PICTOGRAPHS.matcher(CLOSING.matcher(c).replaceFirst("")).replaceAll("").strip();
    }
}
