package dev.hera.agent.interview.extract;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.agent.text.Normalization;
import dev.hera.model.RelationshipStatus;

/**
 * What Hera's last question asked about, read from its wording (ja or en). A bare answer such
 * as 「35です」, "Alex" or 「大阪」 is understood through it.
 */
final class LastQuestion {

    enum Topic {
        AGE, GENDER, STATUS, LOCATION, INCOME, USER_NAME, USER_PERSONALITY, PARTNER, PARTNER_NAME,
        PARTNER_PERSONALITY, PARTNER_LOOKS, CHILDREN, CHILD_NAMES
    }

    /**
     * "your dream guy", "a new companion", "your Mr Right", "who would he be?": a partner imagined, in the words
     * Hera's questions use besides "ideal".
     */
    private static final String WISHED_FOR_EN = "\\bcompanion|\\bdream (?:man|woman|guy|girl|boy|partner|person|date|match)\\b"
            + "|\\bnew (?:man|woman|guy|girl|partner|husband|wife|boyfriend|girlfriend|love)\\b|\\bm(?:r|s|rs)\\.? right\\b|\\bsoul ?mate"
            + "|\\bwho would (?:he|she|they) be\\b|\\bimagin(?:e|ed|ing) (?:a|an|your) (?:partner|man|woman|guy|girl|husband|wife|spouse|someone)\\b";
    private static final Pattern PARTNER = Pattern.compile(
            "その(?:方|人|かた|ひと)(?:について|のこと|は|って)|パートナー|お相手|相手|理想|一緒に(?:過ごす|過ごしたい|暮らす|暮らしたい|歩む|歩みたい|生きる|なる|なりたい|いたい)(?:方|人|ひと|相手)|旦那|奥さん|奥様|ご主人|彼氏|彼女|恋人|(?<!元)彼(?:の|は|って|さん)|どんな(?:人|方|ひと|タイプ)が(?:いい|好き|タイプ)|partner|spouse|wife|husband|"
                    + "boyfriend|girlfriend|ideal|someone|" + WISHED_FOR_EN);
    /**
     * 「お名前と、旦那さまのことを教えてください」, 「お名前とお住まい、婚約者さんのことを」, 「名前と、恋人の有無を教えて」: the
     * person's own name listed before the partner, not the partner's (「旦那さまのお名前」 is his: a name after の is
     * someone's, but for 「あなたの」). The list names the partner himself, not what he is like (Hera's own
     * 「お名前、性格、外見はいかがでしょう？」 lists the partner's).
     */
    private static final Pattern OWN_NAME_BEFORE_PARTNER = Pattern.compile(
            "(?:(?<![のお])|(?<=あなたの|ご自身の))お?名前(?:と|、|,|や)[^。？?！!]*?(?:旦那|奥さん|奥様|ご主人|夫|妻|彼氏|彼女|恋人|パートナー|婚約者|お相手|相手|カレシ|カノジョ)"
                    + "(?:さん|さま|様)?(?:の(?:こと|有無|話)|について|は(?:いる|います|いらっしゃ|おる|おります))");
    /** 「いればお名前も」, 「その方のお名前」: a name asked of the someone there may be. */
    private static final Pattern SOMEONE_IF_ANY = Pattern.compile("いれば|いたら|いるなら|おられ|その(?:方|人|かた|ひと)");
    /**
     * 「お名前を教えてもらえますか？」 in a sentence of its own, that names no one whose name it is: the person's name,
     * when the question beside it asks whether there is a partner at all (「彼氏はいますか？」).
     */
    private static final Pattern OWN_NAME_WORD = Pattern.compile("(?:(?<![のお])|(?<=あなたの|ご自身の))お?名前");
    private static final Pattern IDEAL = Pattern.compile("理想|どんな人|どんな方|ideal|dream|would like|looking for|" + WISHED_FOR_EN);
    private static final Pattern CURRENT = Pattern.compile("今の|現在の|ご主人|奥様|奥さん|旦那さん|current|your (?:wife|husband|partner)");
    private static final Pattern CHILD = Pattern.compile("子供|子ども|こども|お子|娘|息子|\\bchild|\\bkids?\\b|\\bsons?\\b|\\bdaughters?\\b|\\bbab(?:y|ies)\\b");
    /** "Boys, girls, and the names you'd give them?": boys and girls, plural, are children (a "dream girl" is no child). */
    private static final Pattern CHILDREN_BY_GENDER = Pattern.compile("\\bboys\\b|\\bgirls\\b|男の子|女の子");
    private static final Pattern NAME = Pattern.compile("名前|なまえ|お呼び|呼べば|呼ぶ|\\bname|\\bcall you|\\bcalled\\b|\\bcall (?:him|her|them)");
    /**
     * 「ご結婚されているんですね。」: a sentence of Hera's that acknowledges. Tried only where a sentence starts (the
     * look-behind), as a match can only start there: from every other position the scan to the sentence's end
     * would be repeated for nothing, quadratic in a long reply with no 。 (an English one).
     */
    private static final Pattern ACKNOWLEDGEMENT = Pattern.compile("(?<![^。！!？?])[^。！!？?]*(?:んです|です|ます|ました|でした|なんだ|んだ)ね[〜ー]?[。！!]");
    /**
     * 「美咲さんはどんな方ですか？」, 「どういう人？」, "What's Sam like?", "What would they be like?":
     * asking what a person is like asks for their character.
     */
    private static final Pattern PERSON_LIKE = Pattern.compile(
            "(?:どんな|どういう|どのような)(?:人|ひと|方|かた|子|感じの(?:人|方)|ところ)|\\bwhat(?:'s| is| was| are)\\s+(?!it\\b)[\\p{L}'-]+(?:\\s+[\\p{L}'-]+)?\\s+like\\b|\\bbe like\\b");
    /**
     * 「しおりさんはどんな方？」, 「翼さんってどんな人？」, 「貴之さんについて教えて」: Hera asks what someone named is
     * like; she asks so of no one but the partner (of the person she asks 「あなた」, 「ご自身」).
     */
    private static final Pattern PERSON_ASKED = Pattern.compile("(?:^|(?<=[、,。!！?？\\s]))" + Names.JA_NAME
            + "(?:さん|くん|君|ちゃん)(?!\\s*(?:ご自身|自身))(?:(?:は|って)[、,]?\\s*(?:どんな|どういう|どのような)(?:お?人|ひと|方|かた|お人柄|子)"
            + "|(?:について|のこと)(?:を|も)?(?:もう少し|もっと|少し)?(?:教えて|聞かせて))");
    private static final Pattern KANJI_GIVEN_NAME = Pattern.compile("\\p{IsHan}{2,3}");
    /** Kin and roles Hera may call with さん (「ご家族さん」, 「同僚さん」): no name. */
    private static final Pattern KIN_OR_ROLE = Pattern.compile("家族|両親|兄弟|姉妹|息子|娘|主人|友達|友人|同僚|上司|部下|先輩|後輩|親戚|店長|先生");
    /**
     * A sentence of Hera's that asks: a question, or a request (「教えてください」, "tell me", "I'd love to hear").
     * Hera's reply first takes in what she heard (「「長い黒髪」――いつきさんの姿が目に浮かぶようです。」, "I can
     * picture Lupe clearly."); those sentences name people and topics she is not asking about.
     */
    private static final Pattern ASKING = Pattern.compile("[？?]\\s*$|教えて|聞かせて|伺(?:い|っても|えれば|わせ|え)|知りたい|聞きたい|お願い|\\btell me\\b|\\bshare\\b"
            + "|\\bdescribe\\b|\\bimagine\\b|\\bi'd love to (?:know|hear)\\b|\\b(?:would|could|can) you\\b|\\bmay i\\b|\\blet's\\b");
    /**
     * A sentence of Hera's that thanks for what was told (「ひろしさん、お名前を教えてくださってありがとうございます。」,
     * "Thank you for telling me your name."): it asks nothing, though it says 教えて and names a topic.
     */
    private static final Pattern THANKS = Pattern.compile(
            "(?:教えて|聞かせて|話して)(?:くださって|くださり|くれて|いただいて|いただき)|ありがとう|\\bthank(?:s| you)\\b");
    /**
     * How Hera's Japanese sentences that tell end (「…目に浮かぶようです。」, 「大丈夫ですよ。」); one that does
     * not end so asks, however short (「見た目なども。」, 「名前もつけてみて」).
     */
    private static final Pattern JA_STATEMENT_END = Pattern.compile(
            "(?:です|ます|ました|でした|ません|でしょう)[。！!]*$|(?<!ください|て|で)(?:ね|よ|わ)[。！!]*$");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    /** A sentence of Hera's: up to 。！？ or a full stop before a space (not the one of "52.5"). */
    private static final Pattern SENTENCE = Pattern.compile("(?:[^。！!？?\\n.]|\\.(?=\\S))+[。！!？?.]*");
    /**
     * 「あなたの性格」, 「あなたはどんな性格ですか？」, 「ご自分の性格を…」, 「あなたらしさも知りたいです。周りの方からどんな性格だと
     * 言われるか、教えてください。」: the person's own character asked, beside the partner's.
     */
    private static final String OWN_CHARACTER = "あなた(?:の|は|って|自身は?)(?:どんな|どういう|どのような)?性格|ご自身の性格|ご自分の性格|自分の性格|あなた自身"
            + "|あなたらしさ|周りの方から(?:は)?どんな性格"
            + "|your (?:own )?personality|yourself";
    private static final Pattern YOUR = Pattern.compile("あなた|ご自身|自分|your\\b|yourself|you\\b");

    private final Set<Topic> topics;
    private final RelationshipSide side;
    /** The status a bare "yes" gives when Hera asked a yes/no question about it ("Are you married?"); else null. */
    private final RelationshipStatus statusOnYes;
    /** The name Hera asked the person to confirm, if she did. */
    private final NameCheck nameCheck;

    /** Which partner a question is about, when it says. */
    enum RelationshipSide {
        IDEAL, CURRENT, UNKNOWN
    }

    private LastQuestion(Set<Topic> topics, RelationshipSide side, NameCheck nameCheck) {
        this(topics, side, nameCheck, null);
    }

    private LastQuestion(Set<Topic> topics, RelationshipSide side, NameCheck nameCheck, RelationshipStatus statusOnYes) {
        this.topics = topics;
        this.side = side;
        this.statusOnYes = statusOnYes;
        this.nameCheck = nameCheck;
    }

    static LastQuestion of(String question) {
        return of(question, java.util.List.of());
    }

    /** @param partnerNames known partner names: "What does Sam look like?" is about the partner */
    static LastQuestion of(String question, java.util.Collection<String> partnerNames) {
        if (question == null || question.isBlank()) {
            return new LastQuestion(EnumSet.noneOf(Topic.class), RelationshipSide.UNKNOWN, null);
        }
        NameCheck check = NameCheck.askedIn(question).orElse(null);
        if (check != null) {
            return new LastQuestion(nameCheckTopics(check.whose()), RelationshipSide.UNKNOWN, check);
        }
        // 「ご結婚されているんですね。旦那さんのお名前は？」: the acknowledgement asks nothing
        String q = askingPart(ACKNOWLEDGEMENT.matcher(Utterance.lowerSameLength(Normalization.fold(question))).replaceAll(""));
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        boolean partner = PARTNER.matcher(q).find() || partnerNames.stream()
                .anyMatch(name -> name != null && !name.isBlank() && q.contains(Utterance.lowerSameLength(name.strip())));
        boolean child = CHILD.matcher(q).find();
        if (find(q, "年齢|何歳|おいくつ|お歳|\\bage\\b|how old")) {
            topics.add(Topic.AGE);
        }
        if (find(q, "性別|gender|男性.{0,3}女性|man or (?:a )?woman")) {
            topics.add(Topic.GENDER);
        }
        // 「もう少しだけお付き合いくださいね」: bear with me, no question of going out with anyone
        if (find(q, "独身|既婚|ご結婚|結婚されて|交際|恋愛|恋人はい|パートナーはい|(?:彼氏|彼女|恋人|パートナー|カレシ|カノジョ)(?:さん)?(?:は|って)?(?:いる|います|いらっしゃ|おる|おります)|お付き合い(?!くださ|いただ|願)|付き合って|relationship|married|single|seeing (?:any|some)|dating"
                + "|(?:have|got) an? (?:partner|boyfriend|girlfriend|wife|husband|spouse)|with (?:any|some)one|(?:any|some)one special")) {
            topics.add(Topic.STATUS);
        }
        if (find(q, "住|どちら|どこ|お住まい|地域|where|live|based|location|city|town|neighbou?rhood|hometown")) {
            topics.add(Topic.LOCATION);
        }
        if (find(q, "年収|収入|所得|お給料|income|earn|salary|make a year|make per year")) {
            topics.add(Topic.INCOME);
        }
        boolean ownName = ownNameBesidePartner(q, topics.contains(Topic.STATUS) && !child);
        boolean name = NAME.matcher(ownName ? OWN_NAME_WORD.matcher(q).replaceAll("") : q).find();
        boolean personality = find(q, "性格|人柄|タイプ|personality|character|describe|what (?:kind|sort) of person|like as a person")
                || PERSON_LIKE.matcher(q).find();
        boolean looks = find(q, "見た目|外見|容姿|顔|髪|雰囲気|ルックス|look|appearance|hair|eyes|face");
        // Hera only asks for the partner's looks: 「見た目はどんな感じがいいですか？」 is about the partner
        if (looks && !child && !find(q, "あなたの見た目|ご自身の見た目|your (?:own )?looks|you look like")) {
            partner = true;
        }
        if (partner) {
            topics.add(Topic.PARTNER);
            if (name && (!child || asksNameBesideTheChildren(q))) {
                topics.add(Topic.PARTNER_NAME);
            }
            // 「ご主人について教えてください」: what the person then tells of the partner is what they are like
            if (personality || find(q, "(?:について|のこと)(?:を|も)?(?:もう少し|もっと|少し)?(?:教えて|聞かせて)")) {
                topics.add(Topic.PARTNER_PERSONALITY);
            }
            if (looks) {
                topics.add(Topic.PARTNER_LOOKS);
            }
        }
        if (child) {
            topics.add(Topic.CHILDREN);
            if (name) {
                topics.add(Topic.CHILD_NAMES);
            }
        }
        boolean aboutYou = YOUR.matcher(q).find();
        // 「あなたはどんな性格ですか？」 beside the partner's: the person's own character is asked too
        if (personality && (!partner || find(q, OWN_CHARACTER))) {
            topics.add(Topic.USER_PERSONALITY);
        }
        // 「名前と年齢を教えて」: a name asked with the age, of no partner or child, is the user's
        if (name && !partner && !child && (aboutYou || find(q, "お名前") || topics.contains(Topic.AGE)) || ownName) {
            topics.add(Topic.USER_NAME);
        }
        // 「自己紹介をお願いします」, "tell me about yourself", "who am I talking to?": a self-introduction
        // holds the name, the age, the gender and the place
        if (!partner && !child && find(q, "自己紹介|あなたのこと|あなたについて|about yourself|introduce yourself|who am i (?:talking|speaking|chatting)|who do i have the pleasure|who's this|who is this")) {
            topics.addAll(EnumSet.of(Topic.USER_NAME, Topic.AGE, Topic.GENDER, Topic.LOCATION));
        }
        RelationshipSide side = IDEAL.matcher(q).find() ? RelationshipSide.IDEAL
                : CURRENT.matcher(q).find() ? RelationshipSide.CURRENT : RelationshipSide.UNKNOWN;
        return new LastQuestion(topics, side, null, topics.contains(Topic.STATUS) ? statusOnYes(q) : null);
    }

    private static final Pattern YES_NO_EN = Pattern.compile(
            "(?:^|[.!?]\\s*|\\band\\s+|\\bso\\s+)(?:are|is|do|have|got|did|were)\\s+(?:you|u)\\b[^.!?]*?\\b(?:married|single|relationship|seeing|dating|partner|wife|husband|boyfriend|girlfriend|someone|anybody|anyone)");
    private static final Pattern YES_NO_JA = Pattern.compile(
            "(?:独身|結婚|既婚|恋人|交際|お付き合い|付き合って|パートナー|彼氏|彼女|お相手|特定の方|いい人)[^。？?]{0,14}(?:か|の|る|ます|ん|(?<=結婚)は|(?<=[人方])は)\\s*(?:[？?]|(?<=か)(?:[。.]|$))");
    /**
     * An open question about the status: it asks how or what (「交際状況はいかがですか？」), or lists the choices
     * (「交際状況（独身・交際中・既婚など）も伺えますか？」, 「独身、お付き合い中、ご結婚されているなど、どれでしょう？」), so a
     * yes to it is no 既婚.
     */
    private static final Pattern OPEN_JA = Pattern.compile("どう|どんな|何|なん|どちら|どれ|教え|状況|聞かせ|など|・");

    /**
     * Which status a "yes" confirms when the question can be answered by one: 「ご結婚されていますか？」
     * and "Are you married?" married, 「恋人はいますか？」 and "Are you seeing anybody?" partnered,
     * 「独身ですか？」 single; null for an open question (「恋愛の状況は？」, "What's your status?").
     */
    private static RelationshipStatus statusOnYes(String q) {
        java.util.regex.Matcher en = YES_NO_EN.matcher(q);
        java.util.regex.Matcher ja = YES_NO_JA.matcher(q);
        String asked;
        if (en.find()) {
            asked = en.group();
        } else if (ja.find() && !OPEN_JA.matcher(ja.group()).find()) {
            asked = ja.group();
        } else {
            return null;
        }
        if (find(asked, "独身|single")) {
            return RelationshipStatus.SINGLE;
        }
        return find(asked, "結婚|既婚|married|wife|husband") ? RelationshipStatus.MARRIED : RelationshipStatus.PARTNERED;
    }

    /** The status a bare yes to Hera's last question gives; null when it was no yes/no question about it. */
    RelationshipStatus statusOnYes() {
        return statusOnYes;
    }

    /**
     * A name check is about that person; its answer (「うん」, 「ちがうちがう」, "No, it's Kai") is read
     * by {@link NameConfirmation}, not as a bare name.
     */
    private static Set<Topic> nameCheckTopics(NameCheck.Whose whose) {
        return switch (whose) {
            case USER -> EnumSet.noneOf(Topic.class);
            case PARTNER -> EnumSet.of(Topic.PARTNER);
            default -> EnumSet.of(Topic.CHILDREN);
        };
    }

    /**
     * The sentences of Hera's message that ask something, each followed by a space; the whole message when
     * none does.
     */
    private static String askingPart(String message) {
        StringBuilder asking = new StringBuilder();
        Matcher sentence = SENTENCE.matcher(message);
        while (sentence.find()) {
            String text = sentence.group().strip();
            if (THANKS.matcher(text).find()) {
                continue;
            }
            if (ASKING.matcher(text).find() || JAPANESE.matcher(text).find() && !JA_STATEMENT_END.matcher(text).find()) {
                asking.append(text).append(' ');
            }
        }
        return asking.isEmpty() ? message : asking.toString();
    }

    /**
     * Whether the question asks the person's own name beside the partner: listed before him (「お名前と、彼氏のことを」),
     * or in a sentence of its own beside one asking whether there is anyone (「お名前は？彼氏はいますか？」), when no child
     * is asked of (「…男の子か女の子か、そしてつけたいお名前も」 names the children).
     */
    private static boolean ownNameBesidePartner(String q, boolean statusAsked) {
        if (OWN_NAME_BEFORE_PARTNER.matcher(q).find()) {
            return true;
        }
        Matcher sentence = SENTENCE.matcher(q);
        while (statusAsked && sentence.find()) {
            String text = sentence.group();
            if (OWN_NAME_WORD.matcher(text).find() && !PARTNER.matcher(text).find() && !CHILD.matcher(text).find()
                    && !SOMEONE_IF_ANY.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence asking a name is about someone besides the children: "Please share their name, their
     * personality…" is; in "What is Dan like? … How many children? Boys, girls, and the names you'd give them?"
     * the only name asked is the children's.
     */
    private static boolean asksNameBesideTheChildren(String q) {
        Matcher sentence = SENTENCE.matcher(q);
        while (sentence.find()) {
            String text = sentence.group();
            boolean children = CHILD.matcher(text).find() || CHILDREN_BY_GENDER.matcher(text).find();
            if (NAME.matcher(text).find() && (!children || PARTNER.matcher(text).find())) {
                return true;
            }
        }
        return false;
    }

    /** The question patterns, compiled once (each is a constant of this class). */
    private static final java.util.Map<String, Pattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean find(String q, String regex) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(q).find();
    }

    /**
     * The name of the person Hera's question asks about (「しおりさんはどんな方？」 → しおり), or null; never the user's
     * own name.
     */
    static String personAsked(String question, String userName) {
        if (question == null || question.isBlank()) {
            return null;
        }
        Matcher m = PERSON_ASKED.matcher(question);
        while (m.find()) {
            String name = Names.trimLeadingWords(m.group(1));
            // Hera calls by name only someone the person told her of: a kanji given name the dictionary also knows
            // as a word or an era (康平) is still the one she asks about
            boolean addressed = Names.plausibleJapanese(name) || KANJI_GIVEN_NAME.matcher(name).matches() && !PARTNER.matcher(name).find()
                    && !KIN_OR_ROLE.matcher(name).find();
            if (addressed && !name.equals(userName)) {
                return name;
            }
        }
        return null;
    }

    /**
     * The question with the person's name asked too, as a conversation's opening asks it: a
     * self-introduction holds the name, unless the question is about someone else.
     */
    LastQuestion withSelfIntroduction() {
        if (topics.contains(Topic.PARTNER) || topics.contains(Topic.CHILDREN) || topics.contains(Topic.USER_NAME)) {
            return this;
        }
        Set<Topic> more = topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics);
        more.add(Topic.USER_NAME);
        return new LastQuestion(more, side, nameCheck, statusOnYes);
    }

    boolean asked(Topic topic) {
        return topics.contains(topic);
    }

    /**
     * Whether the question asks about the partner and nothing of the person's own, so an answer without a
     * subject describes the partner. The children may be asked in the same breath (Hera asks for
     * what is still missing): what is said of them names them (「子どもは」, "kids").
     */
    boolean onlyAboutPartner() {
        return topics.contains(Topic.PARTNER) && !topics.contains(Topic.AGE) && !topics.contains(Topic.GENDER)
                && !topics.contains(Topic.LOCATION) && !topics.contains(Topic.INCOME)
                && !topics.contains(Topic.USER_PERSONALITY) && !topics.contains(Topic.USER_NAME)
                && !topics.contains(Topic.STATUS);
    }

    /**
     * Whether the question asks what the partner is like or looks like, and not what the person is like:
     * "Would you share your gender with me? What is Kev like? Please share how they look." A description
     * said without a subject ("Salt of the earth. Very easygoing", "Tall, red beard") then is the
     * partner's, though Hera asked the person's own gender, age, place or income beside it: those are
     * facts, not a character. Not when she asks whether there is a partner at all (「恋人はいますか？性格も教えて」):
     * the character asked then is the person's own.
     */
    boolean asksPartnerDescription() {
        return (topics.contains(Topic.PARTNER_PERSONALITY) || topics.contains(Topic.PARTNER_LOOKS))
                && !topics.contains(Topic.USER_PERSONALITY) && !topics.contains(Topic.STATUS);
    }

    RelationshipSide side() {
        return side;
    }

    /** The name Hera asked to confirm; null when her last message asked none. */
    NameCheck nameCheck() {
        return nameCheck;
    }
}
