package dev.hera.agent.interview.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's own name: 「私はさくらです」, 「名前は田中です」, 「さくらと申します」, 「さくらです。
 * よろしくお願いします」, "my name is Ken", "I'm Emma", "call me Ken". Not a name: "I'm 29",
 * "I'm married", "I'm calm", "I'm Japanese", 「私は会社員です」, 「私は32歳です」; a name the user wishes for
 * (「名前はけんたがいいな」) is the partner's or a child's.
 */
final class NameExtractor {

    private static final String NAME = Names.JA_NAME + Names.JA_END;
    private static final Pattern JA_MY_NAME = Pattern.compile("(?:私|わたし|あたし|僕|ぼく|俺|おれ|自分)の(?:名前|なまえ|名)(?:は|:)\\s*[、,…・.「『]*\\s*" + NAME);
    private static final Pattern JA_NAME_IS = Pattern.compile("(?:^|(?<=[、,。!！\\s〜~]))(?:(?:お|下の)?(?:名前|なまえ)|名)(?:は|:)\\s*[、,…・.「『]*\\s*" + NAME);
    private static final Pattern JA_INTRODUCE = Pattern.compile(
            "(?:^|(?<=[、,。!！\\s]|は))" + Names.JA_NAME + "(?=(?:" + Names.READING.pattern() + ")?\\s*(?:と申します|といいます|と言います|って言います|っていいます|言います|いいます|申します|と呼んで|って呼んで|っていう(?:っちゃん|んだ|んや|ねん|の|よ|[。!！、]|$)))");
    /** 「名前やっぱ言うわ、ななみ」, 「名前教えるね、ゆか」: the name the person decides to tell after all. */
    private static final Pattern JA_NAME_TOLD = Pattern.compile(
            "(?:お)?名前(?:は)?[、,\\s]*(?:やっぱり|やっぱ|じゃあ|一応)?[、,\\s]*(?:言う|いう|教える|言います|教えます|言っとく|教えとく)(?:わ|ね|よ|な|と)?[、,:：…\\s]+"
                    + NAME);
    /** A self-introduction in the ways people speak: わし, おら, わ (Tsugaru), ワイ, 自分. */
    private static final String DIALECT_I = "(?:わい|ワイ|わし|ワシ|おら|オラ|おいら|オイラ|あたい|わだし|わだす|自分|オレ|ウチ|わ)";
    /** 「わ（おれ）は大輝」: the pronoun glossed in brackets. */
    private static final String READING_AFTER_PRONOUN = "(?:[（(][\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー]{1,6}[）)])?";
    private static final Pattern JA_I_AM = Pattern.compile(
            "(?:私|わたし|あたし|わたくし|僕|ぼく|俺|おれ|うち|(?:^|(?<=[、,。!！?？\\s]))" + DIALECT_I + ")" + READING_AFTER_PRONOUN + "(?:は|、)\\s*"
                    + Names.JA_NAME + "(?=(?:です|でーす|だよ|や(?:で|ねん)|や(?=[!！])|(?<=や)や|じゃ|どす|だべ|だがや|だがね|だわ|っす|だ(?=[。!！、]|$))(?:[。!！、,]|\\s|$|よろしく)|[!！。]|$)");
    /**
     * What the person does, said as a clause before their name: 「吹田に住んでる」, 「東京で働いてる」, 「居酒屋やってる」,
     * 「猫と暮らしてる」.
     */
    private static final String JA_DOING = "(?:住んで(?:い|お)?る|住んどる|住んでん|暮らして(?:い)?る|暮らしとる|働いて(?:い)?る|働いとる|勤めて(?:い)?る|勤めとる"
            + "|やって(?:い)?る|やっとる|して(?:い)?る|しとる)";
    /**
     * 「アラサー女子のりえです」, 「28歳OLのゆかです」, 「大阪在住のけんです」, 「吹田に住んでる健太いいます」, 「十三に住んでる蓮やで」:
     * the name after a description of the person, opening a clause.
     */
    private static final Pattern JA_DESCRIBED = Pattern.compile(
            "(?:^|(?<=[、,。!！\\s]))[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー0-9A-Za-z]{0,12}?"
                    + "(?:(?:女子|男子|女|男|OL|会社員|主婦|主夫|ママ|パパ|学生|歳|才|アラサー|アラフォー|アラフィフ|在住|出身|生まれ)の|" + JA_DOING + ")"
                    // 「住んでる鈴木 よしえです」: a given name after the surname and a space (the full name is kept, see fullName)
                    + Names.JA_NAME + "(?=(?: [\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]{1,5})?"
                    + "(?:です|でーす|だよ|っす|やで|と申します|といいます|いいます|言います|っていいます|って言います)(?:[。!！、,]|\\s|$|よろしく|[笑w]))");
    /** 「ひなって呼んで」, 「まーくんと呼んでください」: what to call the person. */
    private static final Pattern CALL_ME_AFTER = Pattern.compile("(?:" + Names.READING.pattern() + ")?\\s*(?:と|って)呼んで");
    /** 「大阪の吹田に住んでる健太」 read as one name: the clause before the name is cut off. */
    private static final Pattern JA_DOING_BEFORE = Pattern.compile("^.{0,14}?" + JA_DOING + "(?=[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}])");
    /** Where a sentence breaks into pieces said apart: 「えりかどす…って冗談です笑 えりかです。」 */
    private static final Pattern JA_CHUNK_BREAK = Pattern.compile("(?:\\s|…|笑(?=\\s)|[wｗ]+(?=\\s))+");
    /** 「はじめまして、ゆうきです。」: a sentence that only says a name, after a greeting or before よろしく. */
    private static final Pattern JA_GREETING = Pattern.compile(
            "^\\s*(こんにちは|こんばんは|おはようございます|おばんです|おばんでした|まいど|お疲れ様です|お疲れさまです|おつかれさまです|はじめまして|初めまして|どうもー|どうも|どもー|ども|やあ|ハロー|おっす)?[、,!！。\\s]*" + Names.JA_NAME
                    // 「あやかです２４さい女子」: typed on without a break, the age right after the name
                    + "(?:です|でーす|と申します|っす|だよ|やで)(?:[。!！、,]?\\s*$|(?=\\s*[0-9]{1,2}\\s*(?:歳|才|さい)))");
    private static final Pattern JA_GREETING_WORDS = Pattern.compile("よろしく|はじめまして|初めまして|と申します|^\\s*(?:どうも|ども|こんにちは|こんばんは|やあ)");
    /** 「シュンでいいです」, 「けんと、で」: what the person may be called, as an answer. */
    private static final String WILL_DO = "[、,]?\\s*で(?:いい(?:です|よ)?|ええ(?:よ)?|大丈夫です|お願いします|よろしく)";
    private static final Pattern JA_BARE = Pattern.compile("^\\s*" + Names.JA_NAME + "\\s*(?:です|だよ|と申します|といいます|と言います|" + WILL_DO + "|[、,]\\s*で)?[。!！]?$");
    /** 「竜馬…じゃのうて、浜口健二」: a name taken back at once, and the one meant. */
    private static final Pattern JA_NAME_TAKEN_BACK = Pattern.compile(
            "^\\s*" + Names.JA_NAME + "[…‥.]*\\s*(?:じゃなくて|じゃのうて|じゃなかった|ではなく(?:て)?|やなくて|じゃなか)[、,…\\s]*" + Names.JA_NAME + Names.JA_END);

    /**
     * The last part of a name of three ("Tan Hui Min,", "Nguyen Thi Lan.", "Maria Jose Lopez"): a capitalised word
     * that ends the clause, so the name said whole is kept whole.
     */
    private static final String NAME_PART_BEFORE_BREAK = "\\s+\\p{Lu}[\\p{L}'-]+(?=\\s*[,.!]|\\s*$|\\s+and\\b)";
    /** "My name is Eleanor Hughes", "My name is Tan Hui Min, 41": the surname (and a third part) written after the given name is kept. */
    /** "My name is Ama", "My English name is Kevin, Chinese name is Zhang Hao": which of one's names it is may come between. */
    private static final Pattern EN_MY_NAME = Pattern.compile("(?i:\\bmy (?:(?:english|real|full|first|given|proper|actual|legal|christian)\\s+)?name(?:'s|\\s+is|:))"
            + "\\s+(\\p{L}[\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+)?)(" + NAME_PART_BEFORE_BREAK + ")?");
    /**
     * "Good day! Name is Claudette.", "Name's Craig.", "Name: Daniel Kim", "Name - Priya Shah, Age - 29": the same without
     * "my", opening a sentence or a form-like list, while Hera asks for it; a surname written after it is kept.
     */
    private static final Pattern EN_NAME_IS_OPENING = Pattern.compile("^\\s*(?i:name(?:'s|\\s+is|\\s*:|\\s+[-–]))\\s*(\\p{L}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})"
            + "(?=\\s*(?:[,.!;]|$)|\\s+\\p{L}+\\s*[:\\-–]\\s)");
    private static final Pattern EN_I_AM = Pattern.compile("(?i:\\bi'?m|\\bi am)\\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?\\s+)?(" + Names.EN_CAP_WORD_PLAIN + ")\\b(?![-'])");
    private static final Pattern EN_CALL_ME = Pattern.compile(
            "\\b(?:call me|(?<!\\b(?:her|his|their|wife's|husband's|partner's|girlfriend's|boyfriend's|wifes|husbands)\\s)name's)\\s+(\\p{L}[\\p{L}'-]+)");
    /** 「ゆうきです、32、男。」, 「たくみだがや。」, 「みほ、25歳、女」, 「ゆあ 19さい」: a name opening the answer to Hera's question for it. */
    private static final Pattern JA_NAME_OPENING = Pattern.compile(
            "^\\s*(?:[^、,。!！?？\\s]{1,10}?[、,!！。〜~ー…\\s]+)??" + Names.JA_NAME
                    // 「ちなつだよー」, 「みなとです(^^)」: a copula drawn out, or an emoticon after it
                    + "(?:(?:" + WILL_DO + "|です|でーす|だがや|だがね|じゃ|だべ|っす|(?<=や)や|だよ|やで)(?=[、,。!！\\s〜~…ー(（\\p{So}]|$)"
                    // 「大輝、25の男！」: the age, then what the person is
                    + "|(?=(?:[、,]\\s*|(?<!です|でしゅ|っす|だよ)\\s+)" + Numbers.JA_NUMBER + "\\s*(?:歳|才|さい|です|っす|の(?:男|女)|[、,。!！\\s]|$)))");
    /** "Yuna desu", "Hi! Kenta to moushimasu": a name in Latin letters with a Japanese copula, opening a sentence. */
    private static final Pattern ROMAJI_DESU = Pattern.compile(
            "(?:^|[.!?！？。、,]\\s*)(\\p{IsLatin}[\\p{IsLatin}'-]+)\\s+(?i:desu|dayo|da yo|to moushimasu|to mooshimasu|to iimasu|tte iimasu)\\b");
    /** A clause of its own that is a name and a copula (です, っす, じゃ, でしゅ typed for です), while Hera asks for the name. */
    private static final Pattern JA_CLAUSE_NAME = Pattern.compile(
            "(?:^|(?<=[、,。!！〜~\\s]))" + Names.JA_NAME + "(?:" + WILL_DO + "|です|でーす|っす|でしゅ|だよ|じゃ|やで)(?=[、,。!！\\s〜~…\\p{So}]|$)");
    private static final Pattern GREETING_OPENING = Pattern.compile("^\\W*(?:hi|hey|hiya|hello|heyy+|yo|howdy)\\b");
    /** "I'm Daniel Kaplan, 48", "I'm Tan Hui Min, 41": the surname (or the two last parts of a name) after the given name. */
    private static final Pattern SURNAME = Pattern.compile("(?:\\s+\\p{Lu}[\\p{L}'-]+)?" + NAME_PART_BEFORE_BREAK);
    /**
     * "Ryan, I'm 34, guy", "sam, 29, f", "Fiona. 39.", "Hi there, Brent. 42.", "Dr. Sarah Kim, 38", "Kwame / 33": a name
     * opening an introduction (a title before it is not part of it).
     */
    private static final Pattern EN_NAME_OPENING = Pattern.compile(
            "^\\s*(?:(?i:hi|hey|hiya|hello|howdy|yo|hi there|hey there|well)[,!.]?\\s+(?:hera[,!.]?\\s+)?)?(?:(?i:dr|mr|mrs|ms|mx|miss|prof)\\.?\\s+)?"
                    // "Aroha - 27 - female", "Kwame / 33 / male": items between dashes or slashes
                    + "(\\p{L}[\\p{Ll}'-]+(?:\\s+\\p{Lu}[\\p{Ll}'-]+)?)(?:[,.]|\\s*/|\\s+[-–—])\\s*"
                    // "Grant, fifty-two, Mosgiel": the age may be spelled out
                    + "(?i:i'm|i am|im|\\d|guy|girl|man|woman|male|female|m\\b|f\\b|bloke|dude|lady"
                    + "|(?:eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b)");
    /** "Jordan here, 35", "hiya, Tom here": a name introducing a message. */
    private static final Pattern EN_HERE = Pattern.compile("(?:^|[,.!]\\s*)(\\p{Lu}[\\p{Ll}'-]+(?:\\s+\\p{Lu}[\\p{Ll}'-]+)?)\\s+here\\b");
    /** "this is Ethan, 28", "Myself Sneha Kulkarni": a name after a phrase that presents the speaker. */
    private static final Pattern EN_THIS_IS = Pattern.compile("(?i:\\bthis is|\\bmyself)\\s+(\\p{Lu}[\\p{Ll}'-]+(?:\\s+\\p{Lu}[\\p{Ll}'-]+)?)(?=\\s*[,.!]|\\s*$)");
    /**
     * What may open a message before the person says who they are: greetings (to Hera too) and fillers, "hii hera 🙏",
     * "omg hi 😭✨ ok so", "hello hera".
     */
    private static final String EN_OPENING_FILLERS = "^\\W*(?:(?:hi+|hey+|hiya|heya|hello|yo|omg|ok|okay|so|well|um+)(?:\\s+there)?(?:\\s+hera)?\\W+){0,4}";
    /** "hi im owen, 27", "yo its tyler", "hii im mégane 💅", "omg hi ok so im kayla, 19": a name typed in lower case, as the first thing said. */
    private static final Pattern EN_I_AM_LOWER = Pattern.compile(
            EN_OPENING_FILLERS + "(?:i'?m|i am|it'?s|this is)\\s+(\\p{Ll}[\\p{Ll}']+)(?=\\s*(?:[,.!(]|\\d|$|lol\\b|speaking\\b|\\p{So}))");
    /** "hey there, priya here": the same, a lower-case name before "here", as the first thing said. */
    private static final Pattern EN_HERE_LOWER = Pattern.compile(EN_OPENING_FILLERS + "(\\p{Ll}[\\p{Ll}']+)\\s+here\\b");
    /** "everybody calls me", "my guys call me": others' calling, told of (the words before "call me"). */
    private static final Pattern REPORTED_CALL = Pattern.compile(
            "\\b(?:everybody|everyone|people|they|friends|guys|mates|folks|family|colleagues|all|kids|students|grandchildren|grandkids|children"
                    + "|nieces|nephews|sisters|brothers|parents)\\s+(?:\\w+\\s+)?$");
    /** "Rahul Mehta.", "Brendan.": a given name, and a surname after it, said as a sentence of its own. */
    private static final Pattern EN_BARE_FULL = Pattern.compile("^\\s*(" + Names.EN_CAP_WORD + "\\s+" + Names.EN_CAP_WORD + ")\\s*[.!]?\\s*$");
    private static final Pattern EN_BARE = Pattern.compile("^\\s*(?i:(?:it's|i'm|just)\\s+)?(" + Names.EN_ANY_WORD + ")\\s*[.!]?\\s*$");

    private NameExtractor() {
    }

    static String extract(Context ctx) {
        String text = ctx.text();
        String lower = ctx.lower();
        String found = null;
        found = japanese(ctx, JA_MY_NAME.matcher(text), found, false);
        found = japanese(ctx, JA_NAME_IS.matcher(text), found, true);
        found = japanese(ctx, JA_NAME_TOLD.matcher(text), found, true);
        // 「佐々木と申します。名前は健一です」: the given name said after a surname is what the person is called
        String given = found;
        Matcher intro = JA_INTRODUCE.matcher(text);
        while (intro.find()) {
            // 「名前は陽菜です。ひなって呼んでください」: what to call the person after the name they gave is a nickname
            if (given != null && CALL_ME_AFTER.matcher(text).region(intro.end(1), text.length()).lookingAt()) {
                continue;
            }
            String said = intro.group(1);
            Matcher doing = JA_DOING_BEFORE.matcher(said);
            if (doing.lookingAt() && Names.plausibleJapanese(said.substring(doing.end()))) {
                said = said.substring(doing.end());
            }
            String name = Names.trimLeadingWords(said);
            int at = intro.end(1) - name.length();
            // 「かあちゃんは恵子っていうの」 after the user gave their own name is someone else's, unless 「俺は」 says it
            boolean ownNameKnown = ctx.current().userName() != null && !ctx.question().asked(LastQuestion.Topic.USER_NAME)
                    && !ctx.subjects().hasMarker(Subject.USER, ctx.utterance().sentenceAt(at).start(), at);
            // 「付き合って三年の彼がいます。拓海といいます」: after saying they have someone, the name is that person's
            int sentence = ctx.utterance().sentenceAt(at).start();
            ownNameKnown |= !ctx.question().asked(LastQuestion.Topic.USER_NAME) && sentence > 0
                    && Subjects.saysUserHasSomeone(text.substring(0, sentence));
            if (ctx.subjects().at(at) == Subject.USER && !ownNameKnown) {
                found = accept(found, name);
            }
        }
        found = japanese(ctx, JA_I_AM.matcher(text), found, false);
        if (text.indexOf('の') >= 0 || text.indexOf('る') >= 0) { // cheap gate: 「…女子のりえです」 needs its の, 「…住んでる健太」 its る
            found = japanese(ctx, JA_DESCRIBED.matcher(text), found, true);
        }
        if (found == null && text.indexOf(' ') >= 0) {
            found = spacedFullName(ctx, text);
        }
        boolean greeting = JA_GREETING_WORDS.matcher(text).find() || ctx.question().asked(LastQuestion.Topic.USER_NAME);
        sentences:
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            if (ctx.subjects().at(sentence.start()) != Subject.USER) {
                continue;
            }
            for (String piece : pieces(sentence.text())) {
                Matcher g = JA_GREETING.matcher(piece);
                String name = g.find() && (greeting || g.group(1) != null) ? accept(null, g.group(2)) : null;
                if (name != null) {
                    found = name;
                    break sentences; // a name is introduced once, first
                }
            }
        }
        Matcher m = EN_MY_NAME.matcher(text);
        while (m.find()) {
            String before = found;
            if (m.group(2) != null) {
                found = accept(found, m.group(1) + m.group(2));
            }
            found = found != before ? found : accept(found, m.group(1));
            String typed = Names.clean(m.group(1));
            if (found == before && Names.plausibleEnglishAfterMyNameIs(typed)) {
                found = typed; // "My name is Blessing": a name that has a word's shape
            }
        }
        for (Pattern p : List.of(EN_I_AM, EN_HERE, EN_THIS_IS)) {
            m = p.matcher(text);
            while (m.find()) {
                if (ctx.subjects().at(m.start(1)) == Subject.USER) {
                    // "I'm Daniel Kaplan, 48": the surname said with the given name is kept, as after "My name is"
                    Matcher surname = SURNAME.matcher(text).region(m.end(1), text.length());
                    String full = p == EN_I_AM && surname.lookingAt() ? text.substring(m.start(1), surname.end()) : m.group(1);
                    String before = found;
                    found = accept(found, full);
                    if (found == before && full != m.group(1)) {
                        found = accept(found, m.group(1));
                    }
                }
            }
        }
        // a name typed in lower case or opening the answer: only while Hera asks for it ("I'm intense" later is no name)
        boolean nameAsked = ctx.current().userName() == null && ctx.question().asked(LastQuestion.Topic.USER_NAME);
        m = EN_I_AM_LOWER.matcher(lower);
        boolean greeted = ctx.current().userName() == null && GREETING_OPENING.matcher(lower).find();
        if (found == null && (nameAsked || greeted) && m.find()) {
            found = accept(found, m.group(1));
        }
        m = EN_HERE_LOWER.matcher(lower);
        if (found == null && (nameAsked || greeted) && m.find()) {
            found = accept(found, m.group(1));
        }
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            Matcher named = EN_NAME_IS_OPENING.matcher(sentence.text());
            if (found == null && nameAsked && named.find() && ctx.subjects().at(sentence.start()) == Subject.USER) {
                found = accept(found, named.group(1));
            }
        }
        // "Mike, 40, Denver" answering the first question (age, gender, place): a name opens the list, unless it is the place
        boolean introductionAsked = ctx.current().userName() == null && (ctx.question().asked(LastQuestion.Topic.AGE)
                || ctx.question().asked(LastQuestion.Topic.LOCATION) || ctx.question().asked(LastQuestion.Topic.GENDER));
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            // from the sentence on: "Fiona. 39." is split into sentences at the name's full stop
            Matcher opening = EN_NAME_OPENING.matcher(text).region(sentence.start(), text.length());
            if (found == null && (nameAsked || introductionAsked) && opening.find()
                    && (nameAsked || LocationGazetteer.latin(opening.group(1)) == null)) {
                found = accept(found, opening.group(1));
            }
        }
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            m = JA_NAME_OPENING.matcher(sentence.text());
            if (found == null && nameAsked && m.find()) {
                found = accept(found, m.group(1));
            }
        }
        // "Yuna desu": Japanese typed in Latin letters, a name and its copula opening a sentence
        m = ROMAJI_DESU.matcher(text);
        while (found == null && (nameAsked || greeting) && m.find()) {
            if (ctx.subjects().at(m.start(1)) == Subject.USER) {
                found = accept(found, m.group(1));
            }
        }
        m = JA_NAME_TAKEN_BACK.matcher(text);
        if (nameAsked && m.find()) {
            found = accept(found, m.group(2));
        }
        // 「京都の伏見から来ました、拓です」, 「こうへいでしゅ　３２の男です」: a clause that is only a name and its copula
        m = JA_CLAUSE_NAME.matcher(text);
        while (found == null && nameAsked && m.find()) {
            if (ctx.subjects().at(m.start(1)) == Subject.USER) {
                found = accept(found, m.group(1));
            }
        }
        // "I am Chukwuemeka Obi, but you can call me Emeka": what the person wants to be called wins
        String nickname = null;
        m = EN_CALL_ME.matcher(lower);
        while (m.find()) {
            // "My name is Olumide but my guys call me Mide", "everyone calls me Pri": a nickname others use, told of,
            // is not what the person asks Hera to call them ("you can call me Emeka")
            if (REPORTED_CALL.matcher(lower).region(Math.max(0, m.start() - 30), m.start()).find()) {
                nickname = nickname != null ? nickname : text.substring(m.start(1), m.end(1));
                continue;
            }
            // "Name's Earl Dawson" keeps the surname, as "My name is" does; "call me Sandy" is one name
            Matcher surname = SURNAME.matcher(text).region(m.end(1), text.length());
            int end = !m.group().startsWith("call") && surname.lookingAt() ? surname.end() : m.end(1);
            found = accept(found, text.substring(m.start(1), end));
        }
        if (found == null && nameAsked) {
            // "Hello, dear. Roberta Klein. Everybody calls me Bobbie.", "Brendan. A man of sixty…": the name said alone,
            // capitalised, among the answer's first sentences
            List<Utterance.Sentence> opening = ctx.utterance().sentences;
            for (Utterance.Sentence sentence : opening.subList(0, Math.min(3, opening.size()))) {
                Matcher full = EN_BARE_FULL.matcher(sentence.text());
                Matcher bare = EN_BARE.matcher(sentence.text());
                if (found == null && full.find()) {
                    found = accept(found, full.group(1));
                } else if (found == null && opening.size() > 2 && bare.find() && Character.isUpperCase(bare.group(1).charAt(0))
                        && !EnglishWords.isCommonWord(bare.group(1).toLowerCase(java.util.Locale.ROOT))) {
                    found = accept(found, bare.group(1));
                }
            }
        }
        if (found == null && ctx.question().asked(LastQuestion.Topic.USER_NAME) && ctx.utterance().sentences.size() <= 2) {
            for (Utterance.Sentence sentence : ctx.utterance().sentences) {
                found = japanese(ctx, JA_BARE.matcher(sentence.text()), found, false);
                Matcher bare = EN_BARE.matcher(sentence.text());
                // a common word said alone answers something else ("Sure", "Again?"), it is no name
                if (bare.find() && !EnglishWords.isCommonWord(bare.group(1).toLowerCase(java.util.Locale.ROOT))) {
                    found = accept(found, bare.group(1));
                }
            }
        }
        if (found == null && nickname != null) {
            found = accept(found, nickname); // "everyone calls me Pri" and no other name: that is what they are called
        }
        if (given != null && found != null && !found.equals(given) && saidBefore(text, found, given)) {
            found = given;
        }
        if (found == null) {
            found = surnameThatIsAPlace(ctx, text);
        }
        // 「ちーっす」: a name read off the greeting that opens the message is none
        return found != null && Names.greetingAt(text, found) ? null : fullName(text, found);
    }

    /**
     * A given name typed right after the surname, or after a space: kanji, two to four kana (いつき, さち), kana
     * and 子 (けい子).
     */
    private static final Pattern GIVEN_AFTER_SURNAME = Pattern.compile(
            "( ?)(\\p{IsHan}[\\p{IsHan}々]{0,2}|[\\p{IsHiragana}\\p{IsKatakana}ー]{2,4}|\\p{IsHiragana}{1,3}子)"
                    + "(?=\\s*(?:[、,。!！]|です|と申します|といいます|と言います|いいます|っ?ちゅう)|\\s|$)");
    private static final Pattern NOT_GIVEN_NAME = Pattern.compile("^(?:で|じゃ|だ|っ|や|さん|くん|ちゃん|様)");
    private static final Pattern KANA_ONLY = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}ー]+");
    /** 「伊藤 拓也です」: a surname of kanji and a space, just before a given name. */
    private static final Pattern SURNAME_AND_SPACE = Pattern.compile("(?<!\\p{IsHan})(\\p{IsHan}{1,3}) $");

    /**
     * 「看護師の井上 さやかです」, 「松本 ひろし。」, 「小野 ケン、29歳」: a surname, a space and a given name, then a copula, a
     * verb of naming or a clause's end: said of oneself, a full name as typed needs no 「名前は」 (the surname must be
     * one the dictionary knows, see {@link JapaneseNameShape#isSurname}).
     */
    private static final Pattern JA_FULL_NAME_SPACED = Pattern.compile(
            "(?:^|(?<=[、,。!！\\s]|[はの]))((\\p{IsHan}{1,3}) ([\\p{IsHan}々]{1,3}|\\p{IsHiragana}{1,3}子|[\\p{IsHiragana}\\p{IsKatakana}ー]{2,5}?))"
                    + "(?=\\s*(?:です|でーす|と申します|といいます|と言います|いいます|言います|っていいます|って言います|っ?ちゅう|やで|[、,。!！]|$))");

    /** The user's full name typed with a space (see {@link #JA_FULL_NAME_SPACED}), or null. */
    private static String spacedFullName(Context ctx, String text) {
        if (ctx.current().userName() != null && !ctx.question().asked(LastQuestion.Topic.USER_NAME)) {
            return null;
        }
        Matcher m = JA_FULL_NAME_SPACED.matcher(text);
        while (m.find()) {
            if (ctx.subjects().at(m.start()) == Subject.USER && JapaneseNameShape.isSurname(m.group(2))
                    && !NOT_GIVEN_NAME.matcher(m.group(3)).find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** A given name of one to four kanji, which a surname may stand before. */
    private static final Pattern KANJI_GIVEN_NAME = Pattern.compile("\\p{IsHan}[\\p{IsHan}々]{0,3}");
    private static final Pattern LATIN_LETTERS = Pattern.compile("[\\p{IsLatin}' -]+");

    /**
     * 「佐々木です。佐々木正。」, 「森です。森いつき、30歳です」: the surname said first, then the full name
     * opening a clause of its own; 「名前は村上 翼」, 「伊藤 拓也です」: a surname the dictionary knows and the given
     * name, a space between. The full name is kept as typed.
     */
    private static String fullName(String text, String found) {
        if (found == null) {
            return null;
        }
        String withSurname = surnameBefore(text, found);
        if (withSurname != null || !KANJI_GIVEN_NAME.matcher(found).matches()) {
            return withSurname != null ? withSurname : found;
        }
        int from = 0;
        int at;
        while ((at = text.indexOf(found, from)) >= 0) {
            from = at + found.length();
            boolean opens = at == 0 || "、,。!！ 　".indexOf(text.charAt(at - 1)) >= 0;
            Matcher given = GIVEN_AFTER_SURNAME.matcher(text).region(from, text.length());
            if (!given.lookingAt() || NOT_GIVEN_NAME.matcher(given.group(2)).find()) {
                continue;
            }
            // a given name in kana after a surname and a space (「鈴木 よしえ」) is one, whatever else it might read as
            boolean spaced = !given.group(1).isEmpty() && JapaneseNameShape.isSurname(found);
            if (spaced && (KANA_ONLY.matcher(given.group(2)).matches() || Names.plausibleJapanese(given.group(2)))
                    || opens && Names.plausibleJapanese(given.group(2)) && Names.plausibleJapanese(found + given.group(2))) {
                return text.substring(at, given.end(2));
            }
        }
        return found;
    }

    /** The full name as typed when the name found is a given name after a surname and a space (「伊藤 拓也」), else null. */
    private static String surnameBefore(String text, String found) {
        int from = 0;
        int at;
        while ((at = text.indexOf(found, from)) > 0) {
            from = at + found.length();
            Matcher surname = SURNAME_AND_SPACE.matcher(text).region(0, at);
            surname.useTransparentBounds(true);
            if (surname.find() && JapaneseNameShape.isSurname(surname.group(1))) {
                return surname.group(1) + " " + found;
            }
        }
        return null;
    }

    /**
     * 「石川です」 answering 「お名前は？」, 「千葉と申します」: a surname that is also a place name, where
     * the shape or Hera's question makes it the name (「千葉に住んでる」 stays a place).
     */
    private static final Pattern JA_PLACE_AS_NAME = Pattern.compile(
            "^\\s*(?:(?:はじめまして|こんにちは|どうも)[、。!！\\s]*)?(\\p{IsHan}{2,3})(?:(と申します|と言います|といいます|って言います|っていいます)|です)(?=[。、!！\\s]|$)");

    private static String surnameThatIsAPlace(Context ctx, String text) {
        Matcher m = JA_PLACE_AS_NAME.matcher(text);
        if (!m.find() || ctx.current().userName() != null || !LocationGazetteer.isJapanesePlace(m.group(1))) {
            return null;
        }
        boolean introduces = m.group(2) != null;
        boolean asked = ctx.question().asked(LastQuestion.Topic.USER_NAME) && !ctx.question().asked(LastQuestion.Topic.LOCATION);
        return introduces || asked ? m.group(1) : null;
    }

    /** Whether the first name is said before the second in the message (「山本です。下の名前は翔太です」). */
    private static boolean saidBefore(String text, String first, String second) {
        int at = text.indexOf(first);
        int then = text.indexOf(second);
        return at >= 0 && then >= 0 && at < then;
    }

    /** The sentence, then its pieces said apart when it has any (Japanese only: English is read by sentence). */
    private static List<String> pieces(String sentence) {
        if (sentence.codePoints().noneMatch(c -> c >= 0x3040) || !JA_CHUNK_BREAK.matcher(sentence).find()) {
            return List.of(sentence);
        }
        List<String> pieces = new java.util.ArrayList<>();
        pieces.add(sentence);
        for (String piece : JA_CHUNK_BREAK.split(sentence)) {
            if (!piece.isBlank()) {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    private static String japanese(Context ctx, Matcher m, String found, boolean needsUserSubject) {
        String result = found;
        // 「名前は、ななみ」 once the user's name is known, and not asked again, is someone else's
        boolean ownNameKnown = ctx.current().userName() != null && !ctx.question().asked(LastQuestion.Topic.USER_NAME);
        while (m.find()) {
            if (needsUserSubject && (ownNameKnown || ctx.subjects().at(m.start()) != Subject.USER || PartnerExtractor.wished(ctx.text(), m.end(1))
                    || ctx.question().asked(LastQuestion.Topic.PARTNER_NAME) || ctx.question().asked(LastQuestion.Topic.CHILD_NAMES)
                    || ctx.question().asked(LastQuestion.Topic.CHILDREN) && !ctx.question().asked(LastQuestion.Topic.USER_NAME))) {
                continue;
            }
            result = accept(result, m.group(1));
        }
        return result;
    }

    private static String accept(String current, String candidate) {
        String name = Names.capitalise(Names.clean(candidate));
        if (name == null || name.isEmpty()) {
            return current;
        }
        boolean plausible = LATIN_LETTERS.matcher(name).matches() ? Names.plausibleEnglish(name) : Names.plausibleJapanese(name);
        return plausible ? name : current;
    }
}
