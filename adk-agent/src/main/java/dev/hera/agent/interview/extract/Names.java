package dev.hera.agent.interview.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person's name looks like, for the user, the partner and the children: the regular
 * expression pieces that delimit a Japanese name (「名前はけんたさんがいいな」 → けんた), honorific
 * stripping (さん, くん, ちゃん, 様), and the checks that keep words which are not names out
 * ("I'm Japanese", 「私は会社員です」, 「名前は未定」).
 */
final class Names {

    /**
     * Hedges and insistences said before a name that are no part of it: 「名前は…なんとなく「はると」」, 「一応さくら」,
     * 「じゃあ、みさきで」, 「名前は絶対ソラ」, 「やっぱり蓮がいい」.
     */
    static final String JA_HEDGE_WORDS = "そうだなあ|そうだなぁ|そうやなあ|そうやなぁ|せやなあ|そうねえ|そうですねえ|なんとなく|何となく|とりあえず|一応|たぶん|多分|個人的には|今のところ|じゃあ|ほんなら|それなら"
            + "|絶対に|絶対|ぜったいに|ぜったい|やっぱり|やっぱ|もちろん";
    /** A Japanese (or Latin) name, lazily; always followed by {@link #JA_END}. */
    static final String JA_NAME = "([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々・A-Za-z]{1,12}?)";

    /**
     * Where a Japanese name ends: an honorific, a copula, a particle, punctuation. A Kansai や ends
     * a name only before で, ねん, けど, から, an exclamation or after a name that ends in や itself (「かずやや」):
     * 「たくや。」 is たくや, a name of the many that end in や, not たく with a copula.
     */
    static final String JA_END = "(?=\\s*(?:さん|くん|君|ちゃん|様|氏|です|でーす|だよ|だ(?:[。!！、]|$)|(?<![はがを:、,\\s「『]\\p{L})や(?:で(?!す)|ねん|けど|から|し[、,])|や[!！]|(?<=や)や(?:[。!！、]|$)"
            // 「主人は正一いうて」: in Kansai and Hiroshima the calling verb goes without its と
            + "|と(?:申し|言い|いい|いう|名付|呼|[男女娘息長次三末上下])|って|という|っつう|っ?ちゅう|(?:いう|言う|ゆう)て|(?<=\\p{IsHan})と(?:考え|思)|[(（]|が(?:いい|良い|ええ|理想|希望)|に(?:したい|しよう|します|決め|しと(?:こ|く))"
            // 「名前は弘樹ね」, 「大輔よ！」: a closing particle after a name in kanji (あかね keeps its ね)
            + "|(?<=\\p{IsHan})[ねよ](?=[。!！、,\\s〜~]|$)"
            + "|かな(?![\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])|とか|[、,。!！?？)）」\\p{So}]|\\s|$|で(?!す)|(?<![はがを:、,\\s「『]\\p{L})や[男女]))";

    /** A capitalised English name of one or two words. */
    static final String EN_NAME = "([A-ZÀ-ÖØ-Þ][a-zA-Zß-öø-ÿÀ-ÖØ-Þ'-]+(?:\\s[A-ZÀ-ÖØ-Þ][a-zA-Zß-öø-ÿÀ-ÖØ-Þ'-]+)?)";
    /** A capitalised word, with the accents of Latin names (Ciarán, Seán, Geneviève, Lucía). */
    static final String EN_CAP_WORD = "[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'-]+";
    /** The same without an apostrophe or a hyphen. */
    static final String EN_CAP_WORD_PLAIN = "[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+";
    /** A word capitalised or not, accents as above ("lily", "Seán"). */
    static final String EN_ANY_WORD = "[A-Za-zÀ-ÖØ-Þß-öø-ÿ][a-zß-öø-ÿ'-]+";
    /** A letter typed three times over. */
    private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1\\1");
    private static final Pattern LATIN_LETTERS = Pattern.compile("[A-Za-zÀ-ÖØ-Þß-öø-ÿ'\\s-]+");

    private static final Set<String> JA_NOT_NAMES = Set.copyOf(java.util.Arrays.asList(
            // kin said with ちゃん or さん (「近所のおばあちゃん」, 「お兄さん」)
            "おばあ", "おじい", "ばあ", "じい", "おば", "おじ", "おにい", "おねえ", "お兄", "お姉", "お婆", "お爺", "にい", "ねえ", "おかあ", "おとう", "かあ", "とう",
            "未定", "まだ", "秘密", "内緒", "特に", "なし", "ない", "不明", "何", "なに", "誰", "私", "わたし",
            "僕", "俺", "自分",
            // kin, said of the partner's or one's own family (「嫁の姉ちゃんとこ」, 「夫の母が」)
            "姉", "兄", "妹", "弟", "姉貴", "兄貴", "祖母", "祖父", "孫", "義母", "義父", "義姉", "義兄", "義妹", "義弟", "叔母", "叔父", "伯母", "伯父",
            "姪", "甥", "いとこ", "両親", "親", "家族", "実家", "親戚", "あなた", "彼", "彼女", "彼氏", "妻", "夫", "旦那", "嫁", "相手", "パートナー", "子供", "子ども", "女の子", "男の子", "娘", "息子",
            "女性", "男性", "女", "男", "人", "方", "いい", "良い", "普通", "日本人", "会社員", "学生", "大学生", "社会人", "主婦", "主夫", "公務員", "看護師",
            "教師", "先生", "医者", "エンジニア", "フリーランス", "自営業", "無職", "パート", "アルバイト", "OL", "独身", "既婚", "バツイチ", "シングル", "一人", "二人",
            "三人", "ひとり", "ふたり", "まだ", "未定", "上", "下", "真ん中", "一番上", "一番下", "最初", "次", "最後", "末っ子", "全員", "両方", "双子", "元気", "健康", "幸せ", "大丈夫", "初めて", "はじめまして", "よろしく", "こんにちは", "こんばんは", "おはよう", "ありがとう",
            "すみません", "どもっす", "ども", "どうも", "おっす", "押忍", "はいさい", "はいさーい", "やっほー", "ちゃおー",
            // greetings of the regions and of the day (「おばんです」 is good evening in Tohoku, 「まいど」 hello in Osaka)
            "おばん", "おばんで", "おばんでした", "まいど", "まいどー", "おおきに", "おつかれ", "お疲れ", "おつかれさま", "お疲れさま", "お疲れ様",
            "こんちわ", "こんちは", "ちわ", "ちわっす", "ちーっす", "ちっす", "おやすみ", "はろー", "ハロー", "めんそーれ", "おはよ", "おはようさん", "えっと", "ええと", "はーい", "ママ", "パパ", "母", "父", "長女", "長男", "次女", "次男", "名前", "一緒", "同じ", "好き", "大好き", "理想", "タイプ", "お任せ", "おまかせ",
            "決めて", "考え中", "検討中", "募集中", "欲しい", "ほしい", "年上", "年下", "同い年", "ふつう", "未婚", "既婚者", "女子", "男子", "子", "二人目", "一人目",
            "あなた次第", "そう", "そうそう", "まあ", "まぁ", "あー", "んー", "ええ", "へえ", "はい", "うん", "ねえ", "笑", "爆笑", "w", "ww", "www", "草", "ちがう", "ちがうよ", "違う", "違うよ", "違います", "ちゃう", "ちゃうよ", "いいえ", "いや", "ううん", "そうです", "そうだよ", "それ", "これ", "あれ", "どれ", "ここ", "そこ", "何でも", "なんでも", "どちらでも", "どっちでも",
            // ages said by decade (「アラサーです」)
            "アラサー", "アラフォー", "アラフィフ", "アラ還", "アラカン", "アラハタ", "アラツー",
            // the speaker's own words for themselves (うち is I in Kansai: 「うち？せっかちでおおざっぱ」)
            "うち", "うちら", "あたし", "あたい", "わし", "おれ", "オレ", "ぼく", "ボク", "わたくし", "おいら",
            // words that open or link a clause, said alone (「あと、片付けは得意」, 「やる」)
            "あと", "あとは", "いま", "今", "やる", "ほか", "他",
            // people pointed at, not named (「あいつと付き合って」)
            "あいつ", "こいつ", "そいつ", "どいつ", "あんた", "おまえ", "お前", "みんな", "皆",
            // formal nouns after の (「妻のおかげです」, 「彼のせいで」, 「夫のためなら」)
            "おかげ", "おかげさま", "お陰", "お陰様", "せい", "ため", "こと", "もの", "ところ", "とこ", "ほう", "はず", "わけ", "つもり", "まま", "かわり", "代わり",
            // not telling
            "ひみつ", "ヒミツ", "ないしょ", "ナイショ", "匿名", "とくめい", "パス", "ぱす", "言えない", "言いたくない", "教えない", "教えません",
            // genders and orientations said of oneself (「ノンバイナリーです」)
            "ノンバイナリー", "ノンバイナリ", "Xジェンダー", "エックスジェンダー", "トランスジェンダー", "トランス", "ゲイ", "レズ", "レズビアン",
            "バイ", "バイセクシャル", "バイセクシュアル", "クィア", "クエスチョニング", "アセクシャル", "アセクシュアル", "パンセクシャル", "ストレート", "シスジェンダー", "性別なし"));
    /**
     * Everyday words that are also given names (海, 空, 花, 光): after 「名前は」 they are names; where
     * only the sentence's shape makes them one (「彼氏は空です」, 「男の子なら海がいいな」) Hera asks
     * ({@link NameCheck}) instead of storing a guess.
     */
    private static final Set<String> JA_WORDS_AND_NAMES = Set.of("海", "空", "花", "春", "夏", "秋", "冬", "山", "川", "森", "星", "月",
            "雪", "雨", "風", "光", "心", "愛", "夢", "虹", "陽", "桜", "蘭", "希望", "未来", "大地", "太陽", "大空", "青空", "勇気", "平和", "真実",
            "誠", "優", "望", "恵", "幸", "歩", "翼", "舞", "渚", "岬", "雫", "灯", "晴", "凪", "錦", "宝",
            "sky", "hope", "river", "summer", "rock", "sunny", "storm", "rain", "star", "sun", "moon", "ocean", "honey", "angel", "joy",
            "faith", "dawn", "autumn", "winter", "spring", "happy", "lucky", "brook", "king", "blue", "rose", "true", "will", "bill", "may");
    /** Given names the dictionary knows only as words (康平 an era, 小春 late autumn, 大河 a great river): names, without asking. */
    private static final Set<String> JA_NAMES_READ_AS_WORDS = Set.of("康平", "千秋", "大河", "小春", "蒼空", "大和");
    /**
     * A greeting, however drawn out or clipped (「こんにちはー」, 「こんちはー」, 「おっすー」, 「ちーす」, 「うぃっす」, 「よろしゅう」,
     * 「はいさーい」): how a chat opens, never a name, though the first message is read as a self-introduction.
     */
    private static final Pattern JA_GREETING = Pattern.compile(
            "(?:こん(?:にち|ち)?(?:は|わ)|こんばん(?:は|わ)|おは(?:よ|よう)?|おっ?す|ち[ーっ]*っ?す|ちわ(?:っす)?|うぃ(?:[ーっ]*す)?|うい[ーっ]*す"
                    + "|よろしゅう(?:に)?|よろしく(?:ね|です|どうぞ)?|やっ?ほ[ーい]?|はいさ[ーっ]*い|どう?も(?:っす)?|まいど|ばんわ|ども[ーっ]*す)[ー〜~っ!！wｗ]*");
    /**
     * A gender said in kana, with a particle (「おとこな」, 「おんなです」), or whether someone is there (「いるっす」, 「おらん」):
     * answers, never names.
     */
    private static final Pattern JA_ANSWER_WORD = Pattern.compile(
            "(?:おとこ|おんな|オトコ|オンナ|男|女|いる|いない|おる|おらん|います|いません)(?:な|や|やで|だよ|っす|です|よ|じゃ|ね|だ)?[ー〜~!！]*");
    /** The first word of a message, up to a break. */
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([^\\s、,。!！?？…]+)");

    /** Whether {@code name} is read off the greeting that opens {@code text} (「ちーっす」 read as ちー and its っす). */
    static boolean greetingAt(String text, String name) {
        Matcher first = FIRST_WORD.matcher(text);
        return first.find() && first.group(1).startsWith(name) && JA_GREETING.matcher(first.group(1)).matches();
    }

    /** A hedge said where a name could stand (「名前はそうやなあ、みさき」): never a name itself. */
    private static final Pattern HEDGE_ALONE = Pattern.compile("(?:" + JA_HEDGE_WORDS + ")[ー〜…]*");
    private static final Pattern JA_NOT_NAME_END = Pattern.compile(
            ".*(?:歳|才|的|系|性|者|員|師|派|職|業|型|症|感|好き|屋|円|万|年|時|分|化|町|市|区|県|都|府|人見知り|出身|生まれ|育ち|勤め|勤務|務め)$"
                    // a nationality (アメリカ人, 日本人), not 直人 or 隼人
                    + "|[\\p{IsKatakana}ー]{2,}人|(?:日本|中国|韓国|台湾|外国|英国|米国|異国)人"
                    // 「すぐカッとなる」, 「イラッとする」, 「ぼーっとしてる」: a sound word before と, cut there, ends in a small っ
                    + "|.*[っッ]");
    /** 「二人ほしい」, 「欲しいです」: a wish or a count (「二児の母」 too), never a name; nor 「シュンでいい」. */
    private static final Pattern JA_WISH_OR_COUNT = Pattern.compile(
            "(?:しい|たい|ない|ます|です|ました|ません|ている|てる)$|ほしい|欲しい|[一二三四五六七八九十0-9０-９](?:人|児)"
                    + "|独身|募集|結婚|彼女|彼氏|年収|住み|在住|性格|子供|仕事|会社"
                    // 「シュンでいいです」: what one may be called, with the words that say so
                    + "|で(?:いい|良い|ええ|大丈夫|お願い)$");
    private static final Pattern JA_VERBISH = Pattern.compile("[\\p{IsHiragana}ー]*(?:しい|いい|たい|ない|ます|です|ました|ません|ている|てる|った|する|れる)$|(?:いい|良い)(?:な|ね|かな|かも|よ)?$|.*(?:ねん|やん|やで|だよ|ですね|ですよ|だね|じゃん|っす|かも|(?:です|だ|ます|でした)(?:が|けど|けれど|ので|から))$|^(?:[ーっッんンゃゅょャュョ]|して|しと).*");

    private static final Set<String> EN_NOT_NAMES = Set.copyOf(java.util.Arrays.asList("i", "i'm", "im", "the", "a", "an", "my", "our", "your", "his", "her", "she", "he",
            "they", "we", "it", "this", "that", "there", "here", "hi", "hello", "hey", "yes", "no", "not", "so", "just", "really", "very", "also",
            "well", "oh", "um", "sorry", "thanks", "thank", "okay", "ok", "alright", "fine", "good", "great", "happy", "glad", "single", "married",
            "divorced", "engaged", "widowed", "separated", "japanese", "american", "british", "canadian", "australian", "chinese", "korean",
            "french", "german", "italian", "spanish", "indian", "mexican", "brazilian", "english", "irish", "scottish", "actually", "currently",
            "living", "working", "from", "in", "at", "looking", "still", "pretty", "quite", "someone", "somebody", "nobody", "anyone", "maybe",
            "probably", "male", "female", "man", "woman", "guy", "girl", "boy", "lady", "mom", "dad", "mother", "father", "wife", "husband",
            "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "fiancé", "fiancée", "kid", "kids", "child", "children", "son", "daughter",
            "baby", "twins", "and", "or", "but", "with", "about", "around", "almost", "only", "now", "originally", "based", "born", "new",
            "back", "home", "sure", "done", "ready", "interested", "excited", "curious", "twenty", "thirty", "forty", "fifty", "nobody",
            "none", "unsure", "undecided", "not sure",
            // genders and orientations said of oneself ("I'm non-binary", "I'm queer")
            "non", "nonbinary", "binary", "enby", "genderqueer", "genderfluid", "agender", "trans", "transgender", "cis", "cisgender",
            "queer", "gay", "lesbian", "bi", "bisexual", "pansexual", "asexual", "ace", "straight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "christian", "catholic", "muslim", "jewish", "buddhist", "vegan", "vegetarian", "retired", "unemployed", "employed", "student",
            "teacher", "nurse", "doctor", "engineer", "developer", "designer", "manager", "lawyer", "straight", "gay", "lesbian", "bi",
            "bisexual", "trans", "both", "either", "neither", "something", "anything", "everything", "nothing", "tall", "short", "kind",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "definitely", "hopefully", "honestly",
            "basically", "obviously", "everyone", "everybody", "life", "work", "family", "love", "money", "marriage", "dating",
            "today", "tomorrow", "yesterday", "sometimes", "usually", "plus", "what", "which", "who", "where", "when", "why", "how",
            "mine", "ours", "yours", "theirs", "people", "friends", "nobody", "somewhere", "home", "name", "his", "hers",
            // greetings typed as the first answer ("wassup", "g'day")
            "wassup", "whassup", "wazzup", "sup", "yo", "hiya", "heya", "howdy", "g'day", "gday", "hii", "heyy", "greetings", "evening",
            "morning", "afternoon", "namaste", "salaam", "shalom", "aloha", "ciao", "hola", "bonjour", "cheers",
            "howya", "howaya", "oi", "oii", "salut",
            // Hera herself, greeted by name ("Howya Hera!"), is nobody the person tells of
            "hera",
            // a pronoun with its verb opening the next sentence ("…my favourite name. She'd be kind")
            "she'd", "he'd", "she's", "he's", "she'll", "he'll", "they'd", "they're", "they'll", "i'd", "i'll", "we'd", "it's", "that's",
            "there's", "let's", "she", "he"));

    /** Words of a name as typed: "Mary Jane", "Jean-Luc", "non-binary". */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");
    private static final Pattern LAUGHTER = Pattern.compile(
            "(?:(?<![A-Za-z])[wｗ]+|笑|草|[\\p{So}\\p{Sk}\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{FE0F}])+$");
    private static final Pattern KANJI_THEN_COPULA = Pattern.compile("\\p{IsHan}+(?:さん|くん|ちゃん)?じゃ");
    private static final Pattern HONORIFIC = Pattern.compile("(?:さん|くん|君|ちゃん|様|氏)$");
    /** 「翼（つばさ）」: a reading in brackets. */
    static final Pattern READING = Pattern.compile("[(（][\\p{IsHiragana}\\p{IsKatakana}ー]+[)）]");
    private static final Pattern QUOTES = Pattern.compile("[「」『』\"]");
    /** 「芽衣」「結衣」: two quoted names with nothing between them. */
    private static final Pattern QUOTED_SIDE_BY_SIDE = Pattern.compile("[」』]\\s*[「『]");
    /** A name in Latin letters of one to three parts: "Lily", "Eleanor Hughes", "Tan Hui Min". */
    private static final Pattern LATIN_NAME = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}'-]*(?:\\s\\p{IsLatin}[\\p{IsLatin}'-]*){0,2}");

    private Names() {
    }

    /** The name without an honorific and surrounding spaces. */
    static String clean(String name) {
        if (name == null) {
            return null;
        }
        // 「ひまり💕」, 「ゆいw」: laughter and pictographs are not part of a name
        String bare = LAUGHTER.matcher(name.strip()).replaceAll("").strip();
        bare = HONORIFIC.matcher(bare).replaceAll("").strip();
        // 「名前は恵子じゃ」: a dialect copula after a kanji name is no part of it
        return KANJI_THEN_COPULA.matcher(bare).matches() ? bare.substring(0, bare.lastIndexOf('じ')) : bare;
    }

    /** Whether the name (in lower case) is also an everyday word (海, 空, sky), so only 「名前は」, "named" or a question settles it. */
    static boolean alsoAnEverydayWord(String name) {
        return name != null && JA_WORDS_AND_NAMES.contains(name);
    }

    /**
     * A name matched without a keyword right before it may have swallowed the words in front of it
     * (「私はけんた」という名前): the shortest plausible tail after a particle, or the name itself.
     */
    static String trimLeadingWords(String name) {
        if (name == null) {
            return null;
        }
        String best = name;
        java.util.Set<Integer> particleEnds = null; // tokenized only when a particle-like kana is there
        for (int i = 1; i < name.length(); i++) {
            if ("はがをにでとの、".indexOf(name.charAt(i - 1)) < 0) {
                continue;
            }
            // a one-character tail only in kanji (俺は蓮): one kana is no name
            if (i == name.length() - 1 && Character.UnicodeScript.of(name.charAt(i)) != Character.UnicodeScript.HAN) {
                continue;
            }
            if (particleEnds == null) {
                particleEnds = particleEnds(name);
            }
            // only where the は, が, と … is a particle: はるか, まなと, ののか keep their first kana
            if (particleEnds.contains(i)) {
                String tail = name.substring(i);
                if (plausibleJapanese(tail)) {
                    best = tail;
                }
            }
        }
        return best;
    }

    private static java.util.Set<Integer> particleEnds(String text) {
        java.util.Set<Integer> ends = new java.util.HashSet<>();
        for (dev.hera.agent.text.JapaneseMorphology.Token token : dev.hera.agent.text.JapaneseMorphology.tokens(text)) {
            if (token.is("助詞") || token.is("記号")) {
                ends.add(token.end());
            }
        }
        return ends;
    }

    /**
     * The names in a Japanese list such as 「みおとそうま」, 「はるとと、ゆい」, 「さくら、もも」: split at
     * commas, then at a と between two plausible names (the last と of 「はるととゆい」, since
     * はると ends with one). Wish endings (がいい, にしたい, です) are dropped; implausible pieces too.
     */
    static java.util.List<String> japaneseList(String text) {
        java.util.List<String> names = new java.util.ArrayList<>();
        // 「翼（つばさ）」: a reading in brackets is not part of the list
        // 「芽衣」「結衣」「優衣」: names quoted side by side are items of the list
        String plain = QUOTES.matcher(QUOTED_SIDE_BY_SIDE.matcher(READING.matcher(text.strip()).replaceAll("")).replaceAll("、")).replaceAll("");
        Matcher wish = LIST_WISHED.matcher(plain);
        plain = wish.find() ? plain.substring(0, wish.start()) : plain; // 「悠人と結菜がいいなと話してます」
        String s = LIST_ENDING.matcher(LIST_OPENING.matcher(plain).replaceFirst("")).replaceFirst("");
        String[] pieces = s.split("[、,・/\\s]+|とか(?=[、,\\s]|$)");
        for (int i = 0; i < pieces.length; i++) {
            String p = clean(pieces[i].strip());
            // 「はるとと、ゆい」, 「ことはと、はると」, 「大翔と、心春」: a と before the comma joins the names
            // (はると、ゆい keeps はると: a two-kana rest is too short to tell, and such names are common)
            splitAtTo(i + 1 < pieces.length ? withoutListTo(p) : p, names);
        }
        return names;
    }

    /**
     * A name said before a comma that goes on with the list: 「はるとと、ゆい」, 「ことはと、はると」, 「大翔と、心春」,
     * 「女の子のひなたと、男の子の蓮」 — the と joins the names. はると、ゆい keeps はると: a two-kana rest is
     * too short to tell, and such names are common.
     */
    static String withoutListTo(String name) {
        boolean joined = name.endsWith("とと") || name.endsWith("と") && name.length() > 1
                && (name.length() >= 4 || name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        || Character.UnicodeScript.of(name.charAt(name.length() - 2)) == Character.UnicodeScript.KATAKANA); // エマと
        return joined ? name.substring(0, name.length() - 1) : name;
    }

    private static void splitAtTo(String piece, java.util.List<String> names) {
        if (piece.isEmpty()) {
            return;
        }
        for (int p = 1; p < piece.length() - 1; p++) {
            // a one-character name before と only in kanji: 陽と湊 (not は+ると)
            boolean kanjiBefore = Character.UnicodeScript.of(piece.charAt(p - 1)) == Character.UnicodeScript.HAN;
            if (piece.charAt(p) == 'と' && piece.charAt(p + 1) != 'と' && (p >= 2 || kanjiBefore)) {
                String left = clean(piece.substring(0, p));
                String right = piece.substring(p + 1);
                // the と joins names only when a name follows it too (夢として is no list)
                java.util.List<String> rest = new java.util.ArrayList<>();
                if (plausibleJapanese(left) && !right.isEmpty()) {
                    splitAtTo(clean(right), rest);
                }
                if (!rest.isEmpty()) {
                    names.add(left);
                    names.addAll(rest);
                    return;
                }
            }
        }
        if (plausibleJapanese(piece)) {
            names.add(piece);
        }
    }

    /** What opens a list of names without being one: an order (「上から拓真、美桜、陸」), a hedge (なんとなく, 一応). */
    private static final Pattern LIST_OPENING = Pattern.compile(
            "^(?:(?:上から|下から|順に|順番に|それぞれ|一番上から|" + JA_HEDGE_WORDS + ")[、,…\\s]*)+");
    /**
     * Where a list of names gives way to the wish or the talk about it (「悠人と結菜がいいなと話してます」,
     * 「ゆきとかええな」, 「陽（はる）と付けたい」, 「空にしよう」): the rest is no name.
     */
    private static final Pattern LIST_WISHED = Pattern.compile(
            "(?:とか)?(?:が|も)(?:いい|良い|ええ|理想|希望)|とか(?:いい|良い|ええ)|(?:に|と)(?:したい|しよう|しよっ|する(?!ど)|します|いたします|決め|名付け|付け|つけ)"
                    + "|って(?:名前|話|感じ|思)|と(?:話|思|考え)");
    private static final Pattern LIST_ENDING = Pattern.compile(
            "(?:でしょうか|でしょう|です|でーす|とか(?:が)?(?:いい|良い)(?:な|かな|です|かも)?|がいい(?:な|です|かな)?|が良い|がええ(?:な)?|にしたい(?:な|です)?|にする|にしよう|にします|にいたします|かな|とか|でお願いします|(?:で|に|を)(?:考えて(?:る|います|ます)|考え中|迷って(?:る|ます))|で|やな|やね|だよ|って感じ|[!！。?？]){1,6}$");

    /** Whether the dictionary reads the whole candidate as one person's name, given or family (美月, 美由紀). */
    static boolean dictionaryPersonName(String candidate) {
        java.util.List<dev.hera.agent.text.JapaneseMorphology.Token> tokens = dev.hera.agent.text.JapaneseMorphology.tokens(candidate);
        return tokens.size() == 1 && tokens.get(0).is("名詞-固有名詞-人名") && plausibleJapanese(candidate);
    }

    /** Whether the dictionary reads the whole candidate as one given name (美由紀, 直人, しおり). */
    static boolean dictionaryGivenName(String candidate) {
        java.util.List<dev.hera.agent.text.JapaneseMorphology.Token> tokens = dev.hera.agent.text.JapaneseMorphology.tokens(candidate);
        return tokens.size() == 1 && tokens.get(0).is("名詞-固有名詞-人名-名") && plausibleJapanese(candidate);
    }

    /** Whether a Japanese candidate could be a name (not a word such as 会社員, 32歳, 優しい, 大阪). */
    static boolean plausibleJapanese(String name) {
        return name != null && JAPANESE_VERDICTS.get(name);
    }

    /** Verdicts already reached: each runs every lexicon pattern. */
    private static final Remembered<Boolean> JAPANESE_VERDICTS = new Remembered<>(8_192, Names::judgeJapanese);
    private static final Remembered<Boolean> ENGLISH_VERDICTS = new Remembered<>(8_192, Names::judgeEnglish);

    private static boolean judgeJapanese(String name) {
        if (name == null || name.isBlank() || name.length() > 10 || name.matches(".*[0-9].*")) {
            return false;
        }
        int half = name.length() / 2;
        if (name.length() % 2 == 0 && name.substring(0, half).equals(name.substring(half)) && JA_NOT_NAMES.contains(name.substring(half))) {
            return false; // そうそう, ちがうちがう
        }
        if (name.startsWith("まだ") || JA_NOT_NAMES.contains(name) || HEDGE_ALONE.matcher(name).matches() || JA_GREETING.matcher(name).matches() || JA_ANSWER_WORD.matcher(name).matches() || JA_NOT_NAME_END.matcher(name).matches() || JA_VERBISH.matcher(name).matches()
                || JA_WISH_OR_COUNT.matcher(name).find()) {
            return false;
        }
        if (LocationGazetteer.isJapanesePlace(name) || isLexiconWord(name)) {
            return false;
        }
        if (isLatin(name)) {
            return plausibleEnglish(name);
        }
        // 大地, 小春: the dictionary reads them as common words; they are names as well
        boolean knownName = JA_WORDS_AND_NAMES.contains(name) || JA_NAMES_READ_AS_WORDS.contains(name);
        return !name.matches("\\p{IsHiragana}") && !gluedNames(name) && (knownName || !JapaneseNameShape.isNotAName(name));
    }

    /**
     * 「りんとゆな」: two names joined by と, each of two kana or more, is a list, never one name
     * ({@link #japaneseList} splits it where a list is expected).
     */
    private static boolean gluedNames(String name) {
        for (int p = 2; p < name.length() - 2; p++) {
            if (name.charAt(p) == 'と' && name.charAt(p + 1) != 'と' && name.charAt(p - 1) != 'と') {
                return !JapaneseNameShape.surnameThenKanaName(name); // 伊藤ともこ is one person
            }
        }
        return false;
    }

    /** Whether an English word could be a given name ("Emma", not "Japanese", "Married", "Seattle"). */
    static boolean plausibleEnglish(String name) {
        return name != null && ENGLISH_VERDICTS.get(name);
    }

    /**
     * Whether a capitalised word said right after "My name is" is a name: there a word's shape
     * (Blessing, Sterling, Manning) is no sign against it, only the lists are.
     */
    static boolean plausibleEnglishAfterMyNameIs(String name) {
        if (name == null || name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        return judgeEnglish(name, false);
    }

    private static boolean judgeEnglish(String name) {
        return judgeEnglish(name, true);
    }

    private static boolean judgeEnglish(String name, boolean byShape) {
        if (name == null || name.length() < 2 || name.length() > 30) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (STRETCHED.matcher(lower).find()) {
            return false; // "Yesss", "Sooo": a word drawn out, no name
        }
        for (String word : WORD_BREAK.split(lower)) {
            if (EN_NOT_NAMES.contains(word)) {
                return false;
            }
        }
        if (LocationGazetteer.isPlaceNotName(name) || isLexiconWord(lower)
                || (byShape ? EnglishWords.isEverydayWord(lower) : EnglishWords.isListedEverydayWord(lower))) {
            return false;
        }
        return LATIN_NAME.matcher(lower).matches(); // Renée, Zoë
    }

    /** Whether a name is written in Latin letters (with accents: Seán), so judged as an English one. */
    static boolean isLatin(String name) {
        return LATIN_LETTERS.matcher(name).matches();
    }

    /** Capitalises a Latin name typed in lower case ("lily" → "Lily"); other scripts are unchanged. */
    static String capitalise(String name) {
        if (name == null || name.isEmpty() || !isLatin(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String part : name.split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    /** Whether the word is, or begins with, a personality or look word (優しい, 優しいで, tall). */
    private static boolean isLexiconWord(String word) {
        for (PersonalityLexicon.Entry entry : PersonalityLexicon.ENTRIES) {
            java.util.regex.Matcher m = entry.pattern().matcher(word);
            if (m.matches()) {
                return true;
            }
            // 「ほんまに優しいねん」 is a sentence, not a name
            if (entry.form() != PersonalityLexicon.Form.EN && m.reset().find() && m.end() - m.start() >= 2) {
                return true;
            }
        }
        // 「ショートカットで」, 「ポニーテールで」: a look word with the particle that goes on to the next clause
        return LooksLexicon.isLookWord(word) || LooksLexicon.hasJapanese(word, 0, word.length()) && LOOK_WORD_THEN_PARTICLE.matcher(word).matches();
    }

    /** A Japanese look word followed only by a particle or a linking ending (で, に, の, が, は, って). */
    private static final java.util.regex.Pattern LOOK_WORD_THEN_PARTICLE = java.util.regex.Pattern.compile(
            "(?:" + LooksLexicon.JA.pattern() + ")(?:で|に|の|が|は|って|とか)");
}
