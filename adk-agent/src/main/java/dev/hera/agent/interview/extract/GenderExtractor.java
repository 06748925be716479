package dev.hera.agent.interview.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.model.Gender;

/**
 * The user's own gender: 「32歳の女性」, 「男です」, 「私は明るい女性です」, 「専業主婦」, "I'm a
 * 29-year-old man", "as a woman", "I'm a guy", "32F". Only statements about the user count:
 * 「理想は優しい男性です」 describes the ideal partner and sets nothing, and so does
 * "I'm married to a man" or 「男性が好き」.
 */
final class GenderExtractor {

    /** The user's gender, or null; and whether it was corrected. */
    record Result(Gender gender, boolean corrected) {
    }

    /** The gender words, in kanji and as typed in kana on a phone (「19さいのじょし」, 「はたちのだんし」). */
    private static final String JA_WORD = "(男性|女性|男子|女子|男|女|おとこ|おんな|じょし|だんし)";
    /**
     * Words for a man or a woman of some years that people call themselves after their age
     * (「35のおっさん」, 「六十五のおばあちゃん」); said of someone else (「近所のおばあちゃん」) they are
     * no age, so they are read only after an age.
     */
    static final String JA_ELDER_WORD = "(おっさん|おっちゃん|おじさん|おじちゃん|おじいちゃん|おじいさん|じいちゃん|じいさん|爺さん|じじい|ジジイ|オヤジ|おやじ|親父|おじい"
            + "|おばさん|おばちゃん|おばはん|おばあちゃん|おばあさん|ばあちゃん|ばあさん|婆さん|ばばあ|ババア|おばあ)";
    /** 「35のおっさんです」, 「44のおっちゃん」: an age, then what the person calls themselves. */
    private static final Pattern JA_AGED_ELDER = Pattern.compile(
            "(?<![0-9])" + Numbers.JA_AGE + "\\s*(?:歳|才)?の" + JA_ELDER_WORD);
    /** 「もうおっさんよ」, 「ただのおばちゃんやけど」: what the person calls themselves, with a shrug (not someone else's grandmother). */
    private static final Pattern JA_SHRUGGED_ELDER = Pattern.compile("(?:もう|ただの|しがない)" + JA_ELDER_WORD);
    private static final Pattern JA_AFTER_AGE = Pattern.compile(
            Numbers.JA_NUMBER + "\\s*(?:歳|才|さい)\\s*(?:の|、|,|\\s)?\\s*(?:独身)?" + JA_WORD + "(?!の子|性的|友達|らし|っぽ|前|勝り)");
    private static final Pattern JA_SELF = Pattern.compile(
            "(?:私|わたし|あたし|僕|ぼく|俺|おれ|自分|うち|わし)(?:は|、|,)[^。、,!?！？]{0,12}?" + JA_WORD
                    + "(?=です|でーす|だ|や|で(?!す)|なんで|なの|っす|。|!|！|$)");
    private static final Pattern JA_COPULA = Pattern.compile(
            // 「船橋市に住んでいる女性です」: what the person is, after where they live or work
            // 「#27歳 #女 #大阪」: a hashtag of its own
            "(?:(?<![^\\s、,。!！はの歳才身ー0-9「#])|(?<=(?:住んで|働いて|暮らして|勤めて)(?:い|お)?る))(?<![男女子][、,・と])" + JA_WORD // 「上から男、男、女。」 lists children
                    + "(?=です|でーす|だよ|だ(?:[。!！、]|$)|だわ|だがね|やって(?:ます|る|ん)|や(?:で|ねん|けど|から)?(?:[。!！、]|$)|やで|やねん|やけど|っす|なんです|なんだ|なんやけど"
                    + "|なので|やから|だから|として|で、|で,"
                    // 「女子大生」, 「じょしだいせい」, 「男子高校生」: the student the person is; 「#女 #OL」: the next hashtag
                    + "|(?<=子|し)(?:大生|高生|大学生|高校生|だいせい|こうこうせい)|\\s+#"
                    // dialect copulas: 「男じゃけえ」, 「男やき」, 「女ばい」, 「男だべ」, 「女だす」 (「女じゃない」 is not one)
                    + "|じゃ(?!な|あな)(?:けえ|けん|き|よ|ね|のう|の)?|やき|やけん|ばい|たい|だべ|だっちゃ|だに|だがや|だす(?=[。!！、よ]|$)|でございます"
                    + "|の(?:会社員|社会人|学生|大学生|OL|公務員|エンジニア|看護師|教師|フリーランス)|[。!！]|$)");
    /** 「アラサー女子のりえです」, 「30歳男のけんです」: a gender word describing the name the person gives. */
    private static final Pattern JA_DESCRIBED_NAME = Pattern.compile(
            JA_WORD + "の(?!子)" + Names.JA_NAME + "(?=(?:です|でーす|だよ|っす|やで|と申します|といいます)(?:[。!！、,]|\\s|$|よろしく|[笑w]))");
    private static final Pattern JA_AGED = Pattern.compile("(" + Numbers.JA_NUMBER + ")\\s*(?:歳|才)");
    /** 「性別は女」, 「性別は男女どちらとも言いたくないので「その他」で」: 男女 is both, the quoted word the answer. */
    private static final Pattern JA_TOPIC = Pattern.compile(
            "性別(?:は|:)\\s*(?:[^。!！?？]{0,24}?[「『])?(男性|女性|男|女|その他|ノンバイナリー|Xジェンダー)(?![男女])");
    /**
     * 「30歳の主婦…っていうか共働き」, 「兼業主婦してます」, 「二児の母です」, 「一児のパパやってます」: what the person is at home;
     * not 「主婦の友達」 (someone else) nor 「妻は二児の母」 (the subject is the wife).
     */
    private static final Pattern JA_ROLES = Pattern.compile(
            "(専業主婦|兼業主婦|主婦|主夫|シングルマザー|シングルファーザー|ノンバイナリー|Xジェンダー)(?=です|でーす|だ|や|で|して|をして|っす|[。!！…‥、,\\s笑w]|$)"
                    + "|(?<![a-zA-Z])(OL)(?=です|だ|や|で|を|として|。|$)"
                    + "|(?:[0-9１-９一二三四五]|ひとり|ふたり)\\s*児の(母親|父親|母|父|ママ|パパ)(?=です|でーす|だ|や|で|して|っす|[。!！…‥、,\\s笑w]|$)");
    /**
     * 「男ね」, 「おとこな」, 「女よ。」, 「男やさ」, 「俺は男だぞ」: the gender word alone with a closing particle, as a whole
     * sentence; read only when Hera asked nothing of a partner or children (「男やな」 might be the partner wished for).
     */
    private static final Pattern JA_BARE_PARTICLE = Pattern.compile(
            "^\\s*(?:(?:私|わたし|あたし|僕|ぼく|俺|おれ|自分|うち|わし|わん)(?:は|、)?\\s*)?(男性|女性|男|女|おとこ|おんな)\\s*(?:です|っす|だ|や)?"
                    + "(?:ね|な|よ|さ|ぞ|ぜ|わ|よね|やね|やな|やよ|やさ|やぞ|やわ|だね|だな|だよね|だぞ|だぜ|だわ|ですね|ですよ|っすね|っすよ)[ー〜~]*\\s*[。.!！笑w]*\\s*$");
    /** 「性別は…自分はどっちでもないって思ってる」, 「性別？男でも女でもないです」: neither gender. */
    private static final Pattern JA_NEITHER = Pattern.compile(
            "性別(?:は|:|って|[?？])[^。!！]{0,16}?(どっちでもな|どちらでもな|どっちでもあらへ|男でも女でもな|男性でも女性でもな|どっちとも(?:言え|いえ)な|どちらとも(?:言え|いえ)な)");

    private static final String EN_SELF_WORD = "(male|female|man|woman|guy|girl|lady|dude|gal|bloke|fella|non-binary|nonbinary)";
    private static final Pattern EN_I_AM = Pattern.compile(
            "\\b(?:i'm|i am|im)\\s+((?:[\\p{L}\\d_'&-]+,?\\s+){0,5}?)(man|woman|guy|girl|lady|gal|dude|male|female|boy|gentleman|mom|mum|mother|dad"
                    + "|father|husband|wife|widower|widow|non-binary|nonbinary|enby|genderqueer"
                    // "I'm 67, a grandma": what one is to grandchildren says it too
                    + "|grandma|grandmother|granny|nana|grandpa|grandfather|granddad|grandad)\\b(?!['’]s\\b)");
    private static final Pattern EN_AS_A = Pattern.compile(
            "(?<!\\bsee (?:him|her) )\\bas an?\\s+((?:[\\w'-]+\\s+){0,2}?)(man|woman|guy|girl|lady|male|female|mom|mother|dad|father)\\b");
    private static final Pattern EN_TOPIC = Pattern.compile(
            "\\b(?:gender|sex)\\s*(?:is|:)?\\s*(male|female|man|woman|m|f|non-binary|nonbinary|other)\\b");
    private static final Pattern EN_AGE_SEX = Pattern.compile(
            "(?<![$€£¥\\d])\\b\\d{2}\\s?/?\\s?([MF])\\b|(?i:\\b(?:i'm|im|i am)\\s+\\d{2}\\s*/?\\s*)([mf])\\b(?=\\s*[,.;!]|\\s*$)");
    /**
     * A compact self-introduction, age and gender side by side: "31, female", "I'm a guy, 40",
     * "male, 28". Groups: 1 age and 2 gender, or 3 gender and 4 age (read by {@link AgeExtractor} too).
     */
    static final Pattern EN_COMPACT_SELF = Pattern.compile(
            "(?:^|(?<=[.!?;]\\s{0,3}))\\s*(?:(?:hi|hey|hello)[,!]?\\s*)?(?:i'm\\s+|i am\\s+)?(?:an?\\s+)?"
                    + "(?:(\\d{2})(?:\\s*,\\s*|\\s+|\\s*(?:-|\\s)\\s*(?:y/?o|yrs?(?:\\s+|-)old|years?(?:\\s+|-)old)\\s+)(?:an?\\s+)?" + EN_SELF_WORD + "|" + EN_SELF_WORD + "\\s*,\\s*(\\d{2}))\\b(?!\\s*(?:k\\b|%)|" + Numbers.GROUPING_MARK + ")");
    /**
     * "hi im ashley 29 female dallas", "im sofia 25 f nyc", "31-year-old lass", "im wanjiru 19yrs female", "#29 #F #chennai",
     * "26 po, female" (po, the Filipino word of respect): an age followed by a gender word anywhere in a self-introduction (not
     * "30 guys", "25 girls' night", "together 20 years, man").
     */
    static final Pattern EN_AGE_THEN_GENDER = Pattern.compile(
            "(?<![$€£¥₹\\d.,])\\b(1[6-9]|[2-9]\\d)(?:\\s*-?\\s*(?:y/?o|yrs?[\\s-]old|years?[\\s-]old)|yrs?)?(?:\\s+po\\b)?(?:\\s*,\\s*|\\s+#?)(?:an?\\s+)?"
                    // "jo here 👋 26, non-binary": a gender beyond man and woman says the number is an age as well
                    + "(male|female|man|woman|guy|girl|lady|dude|gal|bloke|fella|lass|lad|f|m|non-binary|nonbinary|enby|genderqueer)\\b(?!['’]|\\s*(?:/|-)\\s*\\d)");
    /** "Male, live in Austin.", "A man of sixty years of age": a sentence opening with the person's gender. */
    private static final Pattern EN_OPENING_WORD = Pattern.compile("^\\s*(male|female|man|woman|guy|girl|bloke|dude|lady)\\s*[,;:]"
            + "|^\\s*an?\\s+(?:[a-z'-]+\\s+)?(man|woman|guy|lady|bloke|fella)\\s+of\\s+(?:\\d|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)");
    /**
     * "yo, I'm Dom. 36. dude. Philly.", "19! girl obviously lol.", "40 years old, lalaki — male, from Cebu City": a
     * gender word standing as an item of its own among the facts of a self-introduction, between commas, dashes or
     * stops (a shrug such as "obviously" or "lol" may follow it).
     */
    private static final Pattern EN_LISTED_WORD = Pattern.compile(
            "(?:^|[,.;!?—–]|\\s-)\\s*(male|female|man|woman|guy|girl|dude|lady|gal|bloke)"
                    + "(?:\\s+(?:obviously|obvs|ofc|lol|lmao|haha|btw|fyi|here|tho))*\\s*(?=[,.;!?—–]|\\s-\\s|$)");
    /**
     * "Social bloke, love a barbie", "Quiet sort of bloke", "Just a simple gal from Ohio": the person describing themselves with
     * a word only said of a man or a woman (not "guy" or "girl", which describe a partner wished for as often), opening a
     * sentence of their own.
     */
    private static final Pattern EN_SELF_NOUN = Pattern.compile(
            "^\\W*(?:just\\s+)?(?:an?\\s+)?(?:(?:pretty|very|bit of a|a bit of a|kind of|sort of)\\s+)?(?:(?:typical|simple|regular|average|quiet|social|sociable|easygoing|easy-going"
                    + "|laid-back|laid back|friendly|shy|big|old|young|nice|normal|ordinary|honest|hard-working|hardworking|working|country|family|outdoors|outdoorsy"
                    + "|practical|plain|steady|happy|lucky|busy|decent|proper|down-to-earth|down to earth|good|cheerful|chatty)\\s+){1,2}"
                    + "(?:sort of\\s+|kind of\\s+|type of\\s+)?(bloke|fella|chap|lad|gal|lass)\\b(?!'s|s\\b)");
    /**
     * A gender the person gives themselves in passing, as a clause of its own in an introduction: "so here i am, just a bloke
     * from qld", "Keoni, 27, local boy from Kaneohe", "I'm Niamh, a 36 year old Irish woman, originally from Galway", "Name's
     * Wade, 44 year old country boy", "hey there! 33 yr old dad-to-be", "Jean, 61, Truro. Grandmother of four.", "Dee here, mum
     * of two", "31, big woman now", "As for me, a fairly typical middle-aged man." Up to four words may qualify the noun, none of
     * them saying whose it is or what the person wants ("My 62 year old dad", "married to a guy from Leeds", "looking for a
     * man"). The clause must open with "just", "a" or an age (group 1, or group 2 starting with a digit) or the noun be followed
     * by where the person is from, "-to-be", "of" a number or "now" (group 4): "tiwa na girl" names a child.
     */
    private static final Pattern EN_PASSING_SELF = Pattern.compile(
            "(?:^|[,.;:!?—–(]|\\s-)\\s*(?:(?:i'm|im|i am)\\s+)?((?:just\\s+|only\\s+)?an?\\s+|just\\s+|only\\s+)?"
                    + "((?:(?!(?:my|our|his|her|their|your|the|this|that|she|he|they|is|was|to|with|for|looking|dating|seeing|into|like|likes|want"
                    + "|wants|need|have|has|had|got|and|married|engaged|than|not|of|by|a|an)\\b)[a-z0-9-]+\\s+){0,4}?)"
                    + "(man|woman|guy|girl|lady|gal|bloke|dude|lad|lass|boy|fella|chap|mum|mom|mother|dad|father|grandmother|grandma|grandfather"
                    + "|grandpa|granny|nana)(?=(-to-be|\\s+of\\s+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten)\\b"
                    + "|\\s+(?:from|out of|in|here|now|born)\\b)|\\s+(?:lol|haha|hopefully|obviously|obvs|tbh)\\b|\\s*(?:[,.;!?)—–]|\\s-\\s|$))");
    /** "I am Mrs Tendai Moyo", "my name is Mr. Rajesh Kumar": a title before the person's own name. */
    private static final Pattern EN_TITLED_NAME = Pattern.compile(
            "\\b(?:i'm|im|i am|my name is|my name's|name's|this is)\\s+(mrs|ms|miss|mr)\\b\\.?\\s+\\p{L}");
    private static final Pattern CHILD_TALK = Pattern.compile("\\b(?:kids?|children|child|sons?|daughters?|babies|baby)\\b");
    /** "Me? Laid back…", "As for me, …", "About me - …": the person takes themselves as the subject. */
    private static final Pattern ME_OPENING = Pattern.compile("^\\W*(?:me|myself|as for me|about me|and me|me myself)\\b\\s*[?!:,.—–-]");
    private static final Pattern BARE = Pattern.compile(
            "^\\s*(?:a\\s+|an\\s+|i'm\\s+a\\s+|i'm\\s+)?(男性|女性|男|女|おとこ|おんな|man|woman|male|female|guy|girl|lady|その他|other|non-binary|m|f)\\s*(?:です|だよ|だ|や|っす)?(?:\\s*(?:[。.!！]|$)|\\s+(?=\\p{IsHiragana}))");
    /** Words between "I'm" and the gender word that mean it is not the user's gender. */
    private static final Set<String> NOT_SELF = Set.copyOf(java.util.Arrays.asList("to", "with", "for", "looking", "dating", "seeing", "into", "like",
            "and", "a fan", "attracted", "married", "engaged", "than", "not", "the", "of", "by"));

    private GenderExtractor() {
    }

    static Result extract(Context ctx) {
        String text = ctx.text();
        String lower = ctx.lower();
        Found best = null;
        best = later(best, ja(ctx, JA_AFTER_AGE.matcher(text)));
        best = later(best, ja(ctx, JA_SELF.matcher(text)));
        best = later(best, ja(ctx, JA_AGED_ELDER.matcher(text)));
        best = later(best, ja(ctx, JA_SHRUGGED_ELDER.matcher(text)));
        // cheap gates: both shapes need their の (and the second its 歳 or 才)
        Matcher described = JA_DESCRIBED_NAME.matcher(text.indexOf('の') >= 0 ? text : "");
        while (described.find()) {
            if (Names.plausibleJapanese(described.group(2)) && ctx.subjects().at(described.start()) == Subject.USER) {
                best = later(best, new Found(word(described.group(1)), described.start()));
            }
        }
        Matcher aged = JA_AGED.matcher(text.indexOf('の') >= 0 ? text : "");
        while (aged.find()) {
            String word = AgeExtractor.selfAsGirlOrBoy(text.substring(aged.end()), aged.group(1));
            if (word != null && ctx.subjects().at(aged.start()) == Subject.USER) {
                best = later(best, new Found(word(word), aged.end()));
            }
        }
        // 「2人 女」 answering Hera's question about children is the children's gender, not the user's
        boolean childrenAsked = ctx.question().asked(LastQuestion.Topic.CHILDREN) && !ctx.question().asked(LastQuestion.Topic.GENDER);
        if (!childrenAsked) {
            best = later(best, ja(ctx, JA_COPULA.matcher(text)));
        }
        best = later(best, ja(ctx, JA_TOPIC.matcher(text)));
        best = later(best, ja(ctx, JA_ROLES.matcher(text)));
        if (!childrenAsked && !ctx.question().asked(LastQuestion.Topic.PARTNER)) {
            for (Utterance.Sentence sentence : ctx.utterance().sentences) {
                Matcher bare = JA_BARE_PARTICLE.matcher(sentence.text());
                if (bare.matches() && ctx.subjects().at(sentence.start() + bare.start(1)) == Subject.USER
                        && !Corrections.isRejected(ctx.lower(), sentence.start() + bare.start(1), sentence.start() + bare.end(1))) {
                    best = later(best, new Found(word(bare.group(1)), sentence.start() + bare.start(1)));
                }
            }
        }
        Matcher neither = JA_NEITHER.matcher(text.indexOf('性') >= 0 ? text : "");
        if (neither.find() && ctx.subjects().at(neither.start()) == Subject.USER) {
            best = later(best, new Found(Gender.OTHER, neither.start(1)));
        }
        best = later(best, english(ctx, EN_I_AM.matcher(lower), true));
        best = later(best, english(ctx, EN_AS_A.matcher(lower), true));
        best = later(best, english(ctx, EN_TOPIC.matcher(lower), false));
        best = later(best, english(ctx, EN_AGE_SEX.matcher(text), false));
        for (String pronoun : ctx.utterance().pronouns) {
            // "she/her", "my pronouns are he/him": the gender the person gives themselves (Utterance sets them aside)
            if (word(pronoun) != null) {
                best = later(best, new Found(word(pronoun), 0));
            }
        }
        Matcher compact = EN_COMPACT_SELF.matcher(lower);
        while (compact.find()) {
            int group = compact.group(2) != null ? 2 : 3;
            if (ctx.subjects().at(compact.start(group)) == Subject.USER) {
                best = later(best, new Found(word(compact.group(group)), compact.start(group)));
            }
        }
        Matcher ageThenGender = EN_AGE_THEN_GENDER.matcher(lower);
        while (ageThenGender.find()) {
            if (ctx.subjects().at(ageThenGender.start(2)) == Subject.USER) {
                best = later(best, new Found(word(ageThenGender.group(2)), ageThenGender.start(2)));
            }
        }
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            Matcher opening = EN_OPENING_WORD.matcher(Utterance.lowerSameLength(sentence.text()));
            if (opening.find() && ctx.subjects().at(sentence.start()) == Subject.USER) {
                int group = opening.group(1) != null ? 1 : 2;
                best = later(best, new Found(word(opening.group(group)), sentence.start() + opening.start(group)));
            }
        }
        boolean speaksOfSelf = ME_OPENING.matcher(lower).lookingAt();
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            Matcher self = EN_SELF_NOUN.matcher(Utterance.lowerSameLength(sentence.text()));
            // (not "A lad and a lass." answering about children)
            boolean children = ctx.question().asked(LastQuestion.Topic.CHILDREN) && !ctx.question().asked(LastQuestion.Topic.USER_PERSONALITY)
                    || CHILD_TALK.matcher(Utterance.lowerSameLength(sentence.text())).find();
            if (self.lookingAt() && !children && (speaksOfSelf || ctx.subjects().at(sentence.start()) == Subject.USER && ctx.subjects().explicitAt(sentence.start()) == Subject.USER)) {
                best = later(best, new Found(word(self.group(1)), sentence.start() + self.start(1)));
            }
        }
        if (introducing(ctx.question())) {
            Matcher item = EN_LISTED_WORD.matcher(lower);
            while (item.find()) {
                if (ctx.subjects().at(item.start(1)) == Subject.USER && !Corrections.isRejected(lower, item.start(1), item.end(1))) {
                    best = later(best, new Found(word(item.group(1)), item.start(1)));
                }
            }
        }
        if (introducing(ctx.question()) || speaksOfSelf) {
            Matcher passing = EN_PASSING_SELF.matcher(lower);
            while (passing.find()) {
                boolean marked = passing.group(1) != null || passing.group(4) != null
                        || !passing.group(2).isEmpty() && Character.isDigit(passing.group(2).charAt(0));
                if (marked && ctx.subjects().at(passing.start(3)) == Subject.USER && !Corrections.isRejected(lower, passing.start(3), passing.end(3))) {
                    best = later(best, new Found(word(passing.group(3)), passing.start(3)));
                }
            }
        }
        best = later(best, english(ctx, EN_TITLED_NAME.matcher(lower), false));
        CompactIntroduction.Found listed = CompactIntroduction.read(ctx);
        if (listed != null && listed.gender() != null) {
            best = later(best, new Found(listed.gender(), listed.genderStart()));
        }
        if (ctx.question().asked(LastQuestion.Topic.GENDER)) {
            for (Utterance.Sentence sentence : ctx.utterance().sentences) {
                Matcher m = BARE.matcher(Utterance.lowerSameLength(sentence.text()));
                if (m.find()) {
                    Gender g = word(m.group(1));
                    if (g != null) {
                        best = later(best, new Found(g, sentence.start() + m.start(1)));
                    }
                }
            }
        }
        if (best == null) {
            return new Result(null, false);
        }
        boolean corrected = ctx.current().gender() != null && ctx.current().gender() != best.gender()
                && Corrections.hasCue(ctx.utterance().sentenceAt(best.start()).text());
        return new Result(best.gender(), corrected);
    }

    /**
     * Whether Hera asked for the person's own name, age, gender or place (or greeted them: the first message) and
     * nothing of a partner or children, where "a girl" or "the guy" would be someone else.
     */
    private static boolean introducing(LastQuestion question) {
        return (question.asked(LastQuestion.Topic.USER_NAME) || question.asked(LastQuestion.Topic.AGE)
                || question.asked(LastQuestion.Topic.GENDER) || question.asked(LastQuestion.Topic.LOCATION))
                && !question.asked(LastQuestion.Topic.PARTNER) && !question.asked(LastQuestion.Topic.CHILDREN);
    }

    private record Found(Gender gender, int start) {
    }

    private static Found later(Found a, Found b) {
        if (a == null) {
            return b;
        }
        return b != null && b.start() >= a.start() ? b : a;
    }

    private static Found ja(Context ctx, Matcher m) {
        Found found = null;
        while (m.find()) {
            int group = 1; // patterns with alternatives: the first group that matched is the gender word
            while (group < m.groupCount() && m.group(group) == null) {
                group++;
            }
            String word = m.groupCount() >= group ? m.group(group) : null;
            if (word == null) {
                continue;
            }
            int start = m.start(group);
            Gender gender = word(word);
            if (gender != null && ctx.subjects().at(start) == Subject.USER
                    && !Corrections.isRejected(ctx.lower(), start, m.end(group))) {
                found = new Found(gender, start);
            }
        }
        return found;
    }

    private static Found english(Context ctx, Matcher m, boolean checkMiddle) {
        Found found = null;
        int from = 0;
        while (from <= m.regionEnd() && m.find(from)) {
            from = m.start() + 1; // "I'm 31 and I'm a woman": a rejected match may hold the right one
            if (checkMiddle && notAboutSelf(m.group(1))) {
                continue;
            }
            int group = m.groupCount();
            while (group > 1 && m.group(group) == null) {
                group--; // patterns with alternatives: the last group that matched is the gender word
            }
            int start = m.start(group);
            Gender gender = word(m.group(group));
            if (gender != null && ctx.subjects().at(start) == Subject.USER) {
                found = new Found(gender, start);
            }
        }
        return found;
    }

    private static final Pattern TRAILING_AND_A = Pattern.compile("\\band an?$");
    private static final Pattern THE_ONE = Pattern.compile("(?:just |basically )?the(?: only)?");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static boolean notAboutSelf(String middle) {
        if (middle == null || middle.isBlank()) {
            return false;
        }
        // "I'm twenty-nine and a woman": and joins the user's own descriptions
        String words = TRAILING_AND_A.matcher(middle.strip()).replaceAll("");
        // "I'm the guy with the spreadsheet", "i'm just the girl who plans": the one the person is
        if (THE_ONE.matcher(words).matches()) {
            return false;
        }
        for (String word : SPACES.split(words)) {
            if (NOT_SELF.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static Gender word(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "男性", "男子", "男", "おとこ", "だんし", "主夫", "おっさん", "おっちゃん", "おじさん", "おじちゃん", "おじいちゃん", "じいちゃん", "じいさん",
                    "オヤジ", "おやじ", "親父", "シングルファーザー", "父", "父親", "パパ", "おじいさん", "爺さん", "じじい", "ジジイ", "おじい", "man", "guy", "dude", "male", "boy", "gentleman", "dad",
                    "father", "husband", "widower", "m", "he", "mr", "bloke", "fella", "fellow", "chap", "lad", "grandpa", "grandfather", "granddad",
                    "grandad" -> Gender.MALE;
            case "女性", "女子", "女", "おんな", "じょし", "主婦", "おばさん", "おばちゃん", "おばあちゃん", "ばあちゃん", "ばあさん", "専業主婦", "兼業主婦", "シングルマザー", "母", "母親", "ママ",
                    "おばあさん", "婆さん", "ばばあ", "ババア", "おばはん", "おばあ", "ol", "woman", "girl", "lady", "gal", "female", "mom",
                    "mum", "mother", "wife", "widow", "f", "she", "mrs", "ms", "miss", "lass", "grandma", "grandmother", "granny", "nana" -> Gender.FEMALE;
            case "その他", "ノンバイナリー", "xジェンダー", "non-binary", "nonbinary", "enby", "genderqueer", "other", "they" -> Gender.OTHER;
            default -> null;
        };
    }
}
