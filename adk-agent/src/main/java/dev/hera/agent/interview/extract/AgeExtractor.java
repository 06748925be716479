package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.model.RelationshipStatus;

/**
 * Ages: 「32歳」, 「３２才」, 「三十五歳」, 「年齢は29」, "I'm 29", "29 years old", "a 29-year-old",
 * "thirty-four", "29M"; a bare number answers an age question (「二十九」, 「いや、35です」).
 * Ranges are not ages (「30代」, 「アラサー」, "in my early thirties"). Ages of children and other
 * people are ignored; the partner's age is kept apart. A value taken back ("not 33",
 * 「33じゃなくて」) never wins.
 */
final class AgeExtractor {

    /** The user's age (with whether it was corrected) and the partner's age, each possibly null. */
    record Result(Integer user, boolean userCorrected, Integer partner) {
    }

    private record Candidate(int value, int start, int end, boolean bare) {
    }

    private static final String EN_NUMBER = "(?:\\d{1,3}|" + Numbers.EN_NUMBER_WORD + ")";

    private static final Pattern JA_AGE = Pattern.compile("(" + Numbers.JA_NUMBER + ")\\s*(?:歳|才|さい)");
    private static final Pattern JA_NOT_OWN_AGE_AFTER = Pattern.compile(
            "^\\s*(?:年上|年下|差|違い|離れ|上|下|以上|以下|未満|から|まで|くらいの(?:人|方|男性|女性|相手)|前後|代|頃|ころ|になったら"
                    + "|の(?:時|とき|頃|ころ|娘|息子|子|男の子|女の子|長女|長男|次女|次男|母|父|妹|弟|姉|兄|犬|猫|孫|姪|甥)"
                    + "|で(?:結婚|出産|子供|子ども|母|父))");
    private static final Pattern JA_SELF_AS_GIRL_OR_BOY = Pattern.compile("^\\s*の(女|男)の子(?=です|でーす|だよ|やで|っす|[。!！]|\\s|$)");
    /** Younger than this, a 「〜歳の女の子」 is a child spoken of, not the person typing. */
    private static final int YOUNGEST_SPEAKER = 13;
    private static final Pattern JA_AGE_TOPIC = Pattern.compile(
            "(?:年齢|(?<![今去来毎])年|歳)(?:は|:)\\s*(" + Numbers.JA_NUMBER + ")(?!\\s*(?:万|億|円|人|年|月|日|時|回|cm|kg|代|歳|才))");
    /** 「あたしは28やけど」: a bare number right after the speaker is their age. */
    private static final Pattern JA_SELF_NUMBER = Pattern.compile(
            "(?:私|わたし|あたし|僕|ぼく|俺|おれ|うち|わい|自分)(?:は|、|,)?\\s*(" + Numbers.JA_NUMBER
                    + ")\\s*(?=です|でーす|だよ|だけど|ですが|や(?:で|ねん|けど|し)?|で、|っす|[。!！]|$)");
    /**
     * 「大輔、34です」, 「まゆみです、29」: a name, a comma and a bare number, alone in the sentence; the age of whoever the
     * name is (the person's own answering 「お名前と年齢は？」, the partner's when it is the partner's name).
     */
    private static final Pattern JA_NAME_THEN_NUMBER = Pattern.compile("^\\s*" + Names.JA_NAME
            + "(?:さん|くん|君|ちゃん)?(?:です)?[、,]\\s*(" + Numbers.JA_AGE + ")\\s*(?:歳|才)?\\s*(?:です|だよ|や|じゃ)?\\s*[。!！]?$");
    /** 「29で、名古屋住み」, 「三十四で、港区住み」: a sentence opening with a bare number, as in a quick self-introduction. */
    private static final Pattern JA_LEADING_NUMBER = Pattern.compile(
            "^\\s*(?:(?:で|ん)?[、,]\\s*)?(" + Numbers.JA_AGE + "|はたち|ハタチ)\\s*(?=で[、,]|です|っす|やで|や[、,]|[、,]"
                    // 「三十八じゃけえ」, 「四十二やけど」: a dialect copula; 「はたち！」 (twenty) said alone
                    + "|じゃ(?!な|あな)|やけど|だけど|(?<=たち|タチ)(?:[!！。〜ー]|$))");
    private static final Pattern EN_YEARS_OLD = Pattern.compile(
            "\\b(" + EN_NUMBER + ")\\s*(?:-|\\s)?\\s*(?:(?:years?|yrs?)[\\s-]*old\\b|(?:years?|yrs?)[\\s-]*of[\\s-]*age\\b|years?\\s+young\\b|yo\\b|y/o\\b|y\\.o\\.)");
    private static final Pattern EN_I_AM = Pattern.compile(
            "\\b(?:i'm|i am|im|i'm now|aged?|age is|my age is|i just turned|just turned|i turned)\\s+"
                    + "(?:only\\s+|just\\s+|now\\s+|actually\\s+|currently\\s+|about\\s+|almost\\s+)?(" + EN_NUMBER + ")\\b"
                    + "(?![-\\s](?:one|two|three|four|five|six|seven|eight|nine)\\b)(?!\\s*(?:%|'|\"|ft\\b|feet|foot|cm\\b|kg\\b|lbs?\\b|pounds|k\\b|,\\d|\\.\\d|inches|in\\b|percent|minutes?|hours?|days?"
                    + "|months?|weeks?|times|kids|children|sons?|daughters?|of\\b|-year|years?\\s+(?:into|in|of|married|together|since)))");
    /** "My husband Mark is 45": only taken for the partner (the user says "I'm"). */
    /** "I have 33 years": the age as Spanish, French or Italian speakers say it in English. */
    private static final Pattern EN_HAVE_YEARS = Pattern.compile(
            "\\bi have (1[6-9]|[2-9]\\d) years\\b(?=\\s*(?:old\\b|and\\b|[,.;!]|$))");
    /** "I am a woman of sixty-three", "I'm a guy of 31", "I am man of 27 years": the speaker, a person of an age. */
    private static final Pattern EN_PERSON_OF = Pattern.compile(
            "\\b(?:i'm|i am|im)\\s+(?:[\\p{L}'-]+,?\\s+){0,3}?(?:man|woman|guy|girl|lady|gentleman|bloke|fella|person|chap|gal)\\s+of\\s+("
                    + EN_NUMBER + ")\\b(?!\\s*(?:%|k\\b|,\\d|\\.\\d|kids|children))");
    private static final Pattern EN_IS = Pattern.compile(
            "\\b(?:is|he's|she's|who's|who is|[a-z]+'s)\\s+(?:about\\s+|around\\s+|almost\\s+|just\\s+)?(" + EN_NUMBER + ")\\b(?!\\s*(?:%|'|\"|ft\\b|feet|foot|cm\\b|kg\\b|lbs?\\b|k\\b"
                    + "|,\\d|\\.\\d|inches|in\\b|minutes?|hours?|days?|months?|weeks?|times|kids|children|dollars|bucks|euros|pounds|yen|miles|km|of\\b))");
    /**
     * "I'm Jordan, 34, ...", "I'm a single dad, 38, in Phoenix", "Sam here, 41, from Denver": a number set
     * off after a short self-introduction, unless a unit or another number follows it ("a nurse, 35 hours a
     * week", "two kids, 16 and 19").
     */
    private static final Pattern EN_NAME_AGE = Pattern.compile(
            "(?:(?i:\\b(?:i'm|i am|name's|name is|this is))\\s+(?:\\p{Lu}[\\p{L}'-]+|(?i:a|an)\\s+[\\p{L}'-]+(?:\\s+[\\p{L}'-]+){0,2})"
                    + "|\\b\\p{Lu}[\\p{L}'-]+\\s+here)\\s*[,(]\\s*(1[6-9]|[2-9]\\d)\\b"
                    + "(?!\\s*(?:%|k\\b|,\\d|\\.\\d|and\\s+\\d|(?i:hours?|days?|weeks?|months?|years?\\s+(?!old)|minutes?|times|kids|children|miles|km)))");
    private static final Pattern EN_AGE_SEX = Pattern.compile(
            "(?<![$€£¥\\d])\\b(\\d{2})\\s?/?\\s?([MF])\\b|(?i:\\b(?:i'm|im|i am)\\s+)(\\d{2})\\s*/?\\s*([mf])\\b(?=\\s*[,.;!]|\\s*$)");
    private static final Pattern BARE = Pattern.compile(
            "^\\s*(?:(?:いや|いえ|いいえ|あ|えっと|ええと|えーと|うーん|えー|はい|正確には|実は|ちゃう|ちゃいます|違います|no|um|uh|well|oh|actually|sorry|it's|i'm)[、,\\s]*+){0,4}+"
                    + "(" + Numbers.JA_NUMBER + "|" + EN_NUMBER + ")\\s*(?:歳|才)?\\s*"
                    + "(?:です|だよ|だ|や|やで|やねん|っす|でーす|になりました|になります|ですね|です!?)?\\s*(?:[。!！]|(?!" + Numbers.GROUPING_MARK + ")\\.|$)");
    private static final Pattern REJECTED_NUMBER = Pattern.compile(
            "[0-9一二三四五六七八九十]+\\s*(?:歳|才)?\\s*(?:じゃなく|ではなく|やなく)|\\bnot\\s+(?:\\d+|" + Numbers.EN_NUMBER_WORD + ")\\b");
    private static final Pattern NOT_YET = Pattern.compile("(?:来年|来月|再来年|次の誕生日で|もうすぐ|turning|turn|will be|'ll be|going to be|next year)(?:で|に)?\\s*$");

    /** 「私より五つ上」, 「わしの三つ下」, 「一個下」, 「いっこ下」, 「２コ上」: the partner's age from the user's. */
    static final Pattern JA_RELATIVE = Pattern.compile(
            "(?:(?:私|わたし|あたし|僕|ぼく|俺|おれ|わし|自分|うち)(?:の|より)\\s*)?(?:年(?:は|齢は)\\s*)?(" + Numbers.JA_NUMBER
                    // 「5つくらい下」: about that many
                    + "|ひと|ふた|みっ|よっ|いつ|いっ)\\s*(?:つ|個|コ|こ|歳|才)\\s*(?:くらい|ぐらい|ほど|位)?\\s*(?:年)?(上|下)(?![手品位])");
    private static final Pattern JA_SAME_AGE = Pattern.compile("同い年|同じ年|タメ(?:です|や|だ|[。!、]|$)");
    /** 「年下の31」, 「５つ下の４２」: an age said with 年上/年下 or against the user's, and no 歳. */
    private static final Pattern JA_OLDER_NUMBER = Pattern.compile(
            "(?:年|(?:" + Numbers.JA_NUMBER + "|ひと|ふた|みっ|よっ|いつ|いっ)\\s*(?:つ|個|コ|こ|歳|才)\\s*(?:年)?)(?:上|下)の\\s*(" + Numbers.JA_AGE + ")(?![0-9万円])");
    private static final Pattern EN_RELATIVE = Pattern.compile(
            "\\b(" + EN_NUMBER + "|a|an|one)\\s+(?:years?|yrs?)\\s+(older|elder|younger)\\s+(?:than|to)\\s+(?:me|i am|i'm)\\b|\\b(" + EN_NUMBER
                    + ")\\s+years?\\s+my\\s+(senior|junior)\\b");
    /** "a year older than me": one year. */
    private static final Set<String> A_YEAR = Set.of("a", "an", "one");
    private static final Pattern EN_SAME_AGE = Pattern.compile("\\bsame age as me\\b|\\b(?:we're|we are) the same age\\b");

    /** 「30になったとこ」, 「先月で３０になりました」, 「五十二になる」, 「29の女」, 「31の会社員っす」, 「35のおっさん」: the user's age said without 歳. */
    private static final Pattern JA_BECAME = Pattern.compile(
            "(?<![0-9])(" + Numbers.JA_AGE + ")\\s*(?:歳|才)?(?:に(?:なった|なりました|なったとこ|なる|なります|なるわ)"
                    + "|の(?:(?:(?:女|男)(?:性)?|会社員|OL|学生|大学生|院生|主婦|主夫|社会人|フリーター|公務員)(?:[。、,!！で]|っす|です|や|だ|じゃ|$)"
                    + "|" + GenderExtractor.JA_ELDER_WORD + "))");
    /** "mid-thirties... 36 actually", "36 if we're being exact", "forty-one next week so 40 for now": the age settled on. */
    private static final Pattern EN_SETTLED = Pattern.compile(
            "\\b(1[6-9]|[2-9]\\d)\\s*,?\\s+(?:actually|exactly|to be (?:exact|precise|honest)|if (?:we're|we are|i'm|i am|you want to be) (?:being )?(?:exact|precise|honest|specific)|for now)\\b");
    /** "I'm 27 - wait, 28", "26 - actually no, 27": the number after the correction. */
    private static final Pattern EN_TAKEN_BACK = Pattern.compile(
            "\\b\\d{2}\\s*[-–—,.]*\\s*(?:wait(?:\\s+no)?|actually(?:\\s+no)?|no|sorry|i mean|make that|scratch that)[,!.\\s]+(\\d{2})\\b(?!\\s*(?:k\\b|%|,\\d))");
    /**
     * 「44…いや、先月誕生日だったから45だ」, 「25…ちゃうわ26や」, 「33、じゃなくて34」: an age taken back, then the
     * one meant, with a few words of explanation between.
     */
    private static final Pattern JA_TAKEN_BACK = Pattern.compile(
            "(?<![0-9])[1-9][0-9]\\s*(?:歳|才)?\\s*[…‥.、,\\s]*(?:(?:あ|あっ|え|えっ)[、,…\\s]*)?"
                    + "(?:いや|いえ|ちゃう(?:わ|か|ねん)?|ちゃいます|違う|違った|ちがう|ちがった|じゃなくて|じゃのうて|じゃなか|やなくて|ではなく(?:て)?)"
                    + "[、,…\\s]*[^0-9。!！?？]{0,20}?([1-9][0-9])\\s*(?:歳|才)?(?![0-9万円人年月日時回代])");
    /** 「25…あ、先月誕生日きたから26だ」: a pause, an あ of remembering, and the age meant, closing its clause. */
    private static final Pattern JA_REMEMBERED = Pattern.compile(
            "(?<![0-9])[1-9][0-9]\\s*(?:歳|才)?\\s*(?:[…‥]|\\.{2,})+\\s*(?:あ|あっ)[、,…\\s]+[^0-9。!！?？]{0,20}?([1-9][0-9])\\s*(?:歳|才)?"
                    + "(?=\\s*(?:だ|です|や|っす|に(?:なった|なりました)|[。!！]|$))");
    /** "I'm turning 30 next month", 「来月30になる」: one year less today. */
    private static final Pattern EN_TURNING_SOON = Pattern.compile(
            "\\b(?:i'm turning|i am turning|turning|i turn|i'll be|i will be)\\s+(\\d{2}|" + Numbers.EN_NUMBER_WORD
                    + ")\\s+(?:next (?:month|week)|in (?:a|two|three|\\d) (?:weeks?|months?)|soon|this (?:month|week))"
                    + "|(?:来月|来週|もうすぐ|今月)(?:で|に)?\\s*(" + Numbers.JA_NUMBER + ")\\s*(?:歳|才)?に(?:なる|なります)");

    private AgeExtractor() {
    }

    /**
     * The partner's age said against the user's (「３つ上」, "two years younger than me", 「同い年」):
     * null when it is not said about the partner or the user's age is not known.
     */
    private static Integer relativePartnerAge(Context ctx, Integer userAge) {
        if (userAge == null) {
            return null;
        }
        Matcher m = JA_RELATIVE.matcher(ctx.text());
        while (m.find()) {
            Integer offset = relativeOffset(m.group(1));
            if (offset != null && offset > 0 && offset < 30 && aboutPartner(ctx, m.start())) {
                return userAge + ("上".equals(m.group(2)) ? offset : -offset);
            }
        }
        m = JA_OLDER_NUMBER.matcher(ctx.text());
        while (m.find()) {
            Integer value = Numbers.smallJapanese(m.group(m.groupCount()));
            if (value != null && aboutPartner(ctx, m.start())) {
                return value;
            }
        }
        m = EN_RELATIVE.matcher(ctx.lower());
        while (m.find()) {
            boolean first = m.group(1) != null;
            String number = first ? m.group(1) : m.group(3);
            Integer offset = A_YEAR.contains(number) ? Integer.valueOf(1) : value(number);
            boolean older = first ? !"younger".equals(m.group(2)) : "senior".equals(m.group(4));
            if (offset != null && offset < 30 && aboutPartner(ctx, m.start())) {
                return userAge + (older ? offset : -offset);
            }
        }
        for (Pattern same : List.of(JA_SAME_AGE, EN_SAME_AGE)) {
            m = same.matcher(same == EN_SAME_AGE ? ctx.lower() : ctx.text());
            while (m.find()) {
                if (aboutPartner(ctx, m.start())) {
                    return userAge;
                }
            }
        }
        return null;
    }

    private static Integer relativeOffset(String number) {
        return switch (number) {
            case "ひと", "いっ" -> 1;
            case "ふた" -> 2;
            case "みっ" -> 3;
            case "よっ" -> 4;
            case "いつ" -> 5;
            default -> Numbers.smallJapanese(number);
        };
    }

    /**
     * Whether the words at {@code position} are about the partner: its own 「私の」/「私より」 is only
     * the yardstick, so the subject is read just before it.
     */
    private static boolean aboutPartner(Context ctx, int position) {
        Utterance.Sentence sentence = ctx.utterance().sentenceAt(position);
        Subject subject = position > sentence.start() ? ctx.subjects().at(position - 1) : ctx.subjects().at(position);
        if (position == sentence.start() && subject != Subject.PARTNER) {
            // 「一個下。」 opening a sentence: the partner when the message or Hera's question is about them
            // (or when the user has someone, said now or known, and no one else is the subject: 「彼がいます。年は三つ上です」)
            boolean hasSomeone = subject != Subject.OTHER && (Subjects.saysUserHasSomeone(ctx.text())
                    || ctx.current().relationshipStatus() == RelationshipStatus.PARTNERED || ctx.current().relationshipStatus() == RelationshipStatus.MARRIED);
            subject = ctx.subjects().mentionsPartner() || ctx.question().asked(LastQuestion.Topic.PARTNER) || hasSomeone ? Subject.PARTNER : subject;
        }
        return subject == Subject.PARTNER;
    }

    static Result extract(Context ctx) {
        List<Candidate> candidates = new ArrayList<>();
        String text = ctx.text();
        String lower = ctx.lower();
        Matcher m = JA_AGE.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end());
            if (!JA_NOT_OWN_AGE_AFTER.matcher(after).find() || selfAsGirlOrBoy(after, m.group(1)) != null) {
                addJapanese(candidates, m);
            }
        }
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            Matcher lead = JA_LEADING_NUMBER.matcher(sentence.text());
            if (lead.find() && !Corrections.isRejected(lower, sentence.start() + lead.start(1), sentence.start() + lead.end(1))) {
                Integer value = (lead.group(1).equals("はたち") || lead.group(1).equals("ハタチ")) ? Integer.valueOf(20) : Numbers.smallJapanese(lead.group(1));
                if (value != null && value >= 16) {
                    candidates.add(new Candidate(value, sentence.start() + lead.start(1), sentence.start() + lead.end(1), false));
                }
            }
        }
        m = JA_SELF_NUMBER.matcher(text);
        while (m.find()) {
            addJapanese(candidates, m);
        }
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            Matcher named = JA_NAME_THEN_NUMBER.matcher(sentence.text());
            Integer value = named.find() ? Numbers.smallJapanese(named.group(2)) : null;
            if (value != null && value >= 16) {
                candidates.add(new Candidate(value, sentence.start() + named.start(2), sentence.start() + named.end(2), false));
            }
        }
        m = JA_AGE_TOPIC.matcher(text);
        while (m.find()) {
            addJapanese(candidates, m);
        }
        m = EN_YEARS_OLD.matcher(lower);
        while (m.find()) {
            addEnglish(candidates, m);
        }
        m = EN_I_AM.matcher(lower);
        while (m.find()) {
            addEnglish(candidates, m);
        }
        m = EN_IS.matcher(lower);
        while (m.find()) {
            Integer value = value(m.group(1));
            if (value != null && ctx.subjects().at(m.start()) == Subject.PARTNER) {
                candidates.add(new Candidate(value, m.start(1), m.end(1), false));
            }
        }
        m = EN_NAME_AGE.matcher(text);
        while (m.find()) {
            addEnglish(candidates, m);
        }
        m = EN_PERSON_OF.matcher(lower);
        while (m.find()) {
            Integer value = value(m.group(1));
            if (value != null && value >= 16 && ctx.subjects().at(m.start()) == Subject.USER) {
                candidates.add(new Candidate(value, m.start(1), m.end(1), false));
            }
        }
        m = EN_HAVE_YEARS.matcher(lower);
        while (m.find()) {
            Integer value = value(m.group(1));
            if (value != null && ctx.subjects().at(m.start()) == Subject.USER) {
                candidates.add(new Candidate(value, m.start(1), m.end(1), false));
            }
        }
        m = EN_AGE_SEX.matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 3;
            Integer value = value(m.group(group));
            if (value != null) {
                candidates.add(new Candidate(value, m.start(group), m.end(group), false));
            }
        }
        m = GenderExtractor.EN_COMPACT_SELF.matcher(lower);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 4;
            Integer value = value(m.group(group));
            if (value != null && ctx.subjects().at(m.start(group)) == Subject.USER) {
                candidates.add(new Candidate(value, m.start(group), m.end(group), false));
            }
        }
        m = JA_BECAME.matcher(text);
        while (m.find()) {
            addJapanese(candidates, m); // 「先月で３０になりました」: the age now
        }
        for (Pattern settled : List.of(EN_SETTLED, GenderExtractor.EN_AGE_THEN_GENDER)) {
            m = settled.matcher(lower);
            while (m.find()) {
                Integer value = value(m.group(1));
                if (value != null && ctx.subjects().at(m.start(1)) == Subject.USER) {
                    candidates.add(new Candidate(value, m.start(1), m.end(1), false));
                }
            }
        }
        m = EN_TAKEN_BACK.matcher(lower);
        while (m.find()) {
            Integer value = value(m.group(1));
            if (value != null && ctx.subjects().at(m.start()) == Subject.USER) {
                candidates.add(new Candidate(value, m.start(1), m.end(1), false));
            }
        }
        for (Pattern takenBack : List.of(JA_TAKEN_BACK, JA_REMEMBERED)) {
            m = takenBack.matcher(text);
            while (m.find()) {
                if (ctx.subjects().at(m.start(1)) == Subject.USER) {
                    addJapanese(candidates, m);
                }
            }
        }
        m = EN_TURNING_SOON.matcher(lower);
        while (m.find()) {
            Integer value = value(m.group(1) != null ? m.group(1) : m.group(2));
            if (value != null && ctx.subjects().at(m.start()) == Subject.USER) {
                // "I'm turning 30 next month": 29 today
                candidates.add(new Candidate(value - 1, m.start(), m.start(), false)); // before "turning", which NOT_YET looks for
            }
        }
        CompactIntroduction.Found compact = CompactIntroduction.read(ctx);
        if (compact != null && compact.age() != null) {
            candidates.add(new Candidate(compact.age(), compact.ageStart(), compact.ageStart() + 1, false));
        }
        boolean askedOrCorrecting = ctx.question().asked(LastQuestion.Topic.AGE)
                || (ctx.current().age() != null && Corrections.hasCue(text));
        if (askedOrCorrecting) {
            for (Utterance.Sentence sentence : ctx.utterance().sentences) {
                Matcher bare = BARE.matcher(sentence.text());
                if (bare.find()) {
                    Integer value = value(bare.group(1));
                    if (value != null) {
                        candidates.add(new Candidate(value, sentence.start() + bare.start(1), sentence.start() + bare.end(1), true));
                    }
                }
            }
        }
        candidates.sort((a, b) -> Integer.compare(a.start(), b.start()));

        Candidate user = null;
        Integer partner = null;
        boolean anyRejected = false;
        for (Candidate c : candidates) {
            if (NOT_YET.matcher(lower.substring(Math.max(0, c.start() - 14), c.start())).find()) {
                continue;
            }
            if (Corrections.isRejected(lower, c.start(), c.end())) {
                anyRejected = true;
                continue;
            }
            Subject subject = ctx.subjects().at(c.start());
            if (subject == Subject.USER && ofOneJustCalled(ctx, c.start())) {
                subject = Subject.PARTNER; // 「婚約者がいます。大輔さんといって、32歳です」
            }
            if (subject == Subject.USER && c.value() >= 14 && c.value() <= 110) {
                user = c;
            } else if (subject == Subject.PARTNER && c.value() >= 16 && c.value() <= 110 && !c.bare()) {
                partner = c.value();
            }
        }
        if (partner == null) {
            partner = relativePartnerAge(ctx, user != null ? Integer.valueOf(user.value()) : ctx.current().age());
        }
        if (user == null) {
            return new Result(null, false, partner);
        }
        String sentence = ctx.utterance().sentenceAt(user.start()).text();
        boolean corrected = Corrections.hasCue(sentence)
                && (ctx.current().age() != null || anyRejected || REJECTED_NUMBER.matcher(Utterance.lowerSameLength(sentence)).find());
        return new Result(user.value(), corrected, partner);
    }

    /**
     * An age said right after someone is called by name (「大輔さんといって、32歳です」) while the user has
     * someone: the age of the one called, the partner. The user introduces themselves with といいます.
     */
    private static boolean ofOneJustCalled(Context ctx, int position) {
        Utterance.Sentence sentence = ctx.utterance().sentenceAt(position);
        if (!JA_CALLED_BEFORE.matcher(ctx.text().substring(sentence.start(), position)).find()) {
            return false;
        }
        return Subjects.saysUserHasSomeone(ctx.text()) || ctx.question().asked(LastQuestion.Topic.PARTNER)
                || ctx.current().relationshipStatus() == RelationshipStatus.PARTNERED || ctx.current().relationshipStatus() == RelationshipStatus.MARRIED;
    }

    /** A name called with a verb that goes on (といって, いうて), then the age. */
    private static final Pattern JA_CALLED_BEFORE = Pattern.compile(
            "(?:といって|っていって|と言って|って言って|(?:いう|言う|ゆう)て)[、,]?\\s*(?:年は|歳は|年齢は)?\\s*$");

    /**
     * 「19歳の女の子でーす」: the speaker describing herself, not a child: 女の子/男の子 said of an age
     * no child who wishes for children has, then a copula. The gender word (女, 男), else null.
     */
    static String selfAsGirlOrBoy(String afterAge, String number) {
        Matcher m = JA_SELF_AS_GIRL_OR_BOY.matcher(afterAge);
        Integer age = m.find() ? Numbers.smallJapanese(number) : null;
        return age != null && age >= YOUNGEST_SPEAKER ? m.group(1) : null;
    }

    private static void addJapanese(List<Candidate> candidates, Matcher m) {
        Integer value = Numbers.smallJapanese(m.group(1));
        if (value != null) {
            candidates.add(new Candidate(value, m.start(1), m.end(1), false));
        }
    }

    private static void addEnglish(List<Candidate> candidates, Matcher m) {
        Integer value = value(m.group(1));
        if (value != null) {
            candidates.add(new Candidate(value, m.start(1), m.end(1), false));
        }
    }

    private static Integer value(String number) {
        Integer ja = Numbers.smallJapanese(number);
        if (ja != null) {
            return ja;
        }
        Long en = Numbers.english(number);
        return en == null || en > 200 ? null : en.intValue();
    }
}
