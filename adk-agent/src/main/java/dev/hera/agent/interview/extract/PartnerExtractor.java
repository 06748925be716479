package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.agent.text.JapaneseMorphology;
import dev.hera.model.BigFive;
import dev.hera.model.Partner;
import dev.hera.model.UserProfile;

/**
 * The partner's name, temperament and looks, from the parts of the message that are about the
 * partner ({@link Subjects}).
 * <ul>
 * <li>Name: 「名前はけんたさんがいいな」, 「けんたという名前」, 「妻の名前は美咲」, 「妻は美咲です」, "my
 * wife's name is Emma", "her name is Emma", "someone named Alex", "my wife Emma", "married to Emma",
 * "Emma is ..." while the partner is being talked about, or a bare name after Hera asked for it.
 * Honorifics are stripped, the script is kept.</li>
 * <li>Temperament: the personality words as the person said them (「穏やかで誠実」, "cheerful and
 * kind"), or what follows 「性格は」 / "personality:".</li>
 * <li>Appearance: the person's own phrase around the look words (「背が高くて短い黒髪、眼鏡が似合う
 * 優しい目」, "long curly red hair, green eyes and freckles").</li>
 * </ul>
 */
final class PartnerExtractor {

    /** The partner found (null when nothing), and the spans of its name (so looks skip names). */
    record Result(Partner partner, String nameFound) {
    }

    private static final String NAME = Names.JA_NAME + Names.JA_END;
    private static final String JA_PARTNER_NOUN = "(?:" + Subjects.JA_PARTNER_NOUNS + "|お相手|相手|理想の[^\\s。、]{0,6}?)";

    /** 「妻の名前は美咲」, and the question put to oneself: 「嫁の名前？ 美穂です」. */
    private static final Pattern JA_NOUN_NAME = Pattern.compile("(?<![元前])(?<!前の)(?:" + JA_PARTNER_NOUN + "|彼(?![女氏]))(?:さん)?の(?:お)?名(?:前)?(?:は|が|:|[？?]+)\\s*[、,…・.「『]*\\s*" + NAME);
    /** 「名前はイメージだと「ゆき」」, 「名前は…そうだな、ちえ」, 「名前は、仮に「美月」」: a hedge before the name. */
    private static final String JA_HEDGE = "(?:(?:イメージだと|イメージは|仮に|そうだな|そうですね|うーん|えっと|えーと|えーっと|ええと|んー|そうね|そうだね|そうやな|そうやね|せやな|強いて言えば|あえて言うなら|例えば|" + Names.JA_HEDGE_WORDS + ")(?:[、,…・.\\s]+|(?=[「『])))*";
    /** 「名前は美咲」, and a hedged naming: 「名前で言うなら…美咲さん」, 「名前をつけるなら、はるき」. */
    private static final Pattern JA_NAME_IS = Pattern.compile(
            "(?:お)?(?:名前|なまえ)(?:は|が|:|で言うなら|でいうなら|で言うと|でいうと|を(?:つける|付ける)なら|(?:つける|付ける)なら)\\s*[、,…・.「『]*\\s*" + JA_HEDGE + "[「『]?\\s*" + NAME);
    private static final Pattern JA_CALLED = Pattern.compile(NAME + "(?:さん|くん|君|ちゃん)?[」』]?(?:という|って(?:いう)?|っつう|っちゅう|ちゅう)(?:名前|人|方|子)");
    /** 「あおいって彼女」, 「正一っていう主人」: a name called the user's partner (not 「…って彼女の友達」). */
    private static final Pattern JA_CALLED_PARTNER = Pattern.compile(NAME + "(?:さん|くん|君|ちゃん)?[」』]?(?:という|って(?:いう)?|っつう|っちゅう|ちゅう)(?:" + JA_PARTNER_NOUN + ")(?!の|さんの)");
    /** 「悠斗って人と付き合ってます」, 「美咲と結婚して」: the one the user goes out with or married. */
    private static final Pattern JA_DATING = Pattern.compile("(?:^|(?<=[、,。!！\\s「]))" + Names.JA_NAME + "(?:さん|くん|君|ちゃん)?[」』]?(?:って|という)?(?:人|方|子|男性|女性|彼氏|彼女|彼)?と(?:は)?(?:付き合|お付き合い|交際|結婚し|同棲|婚約)");
    /** 「付き合って2年のレン」: the one the user has gone out with for a while, named after it. */
    private static final Pattern JA_DATING_FOR = Pattern.compile(
            "付き合って(?:もう)?[0-9一二三四五六七八九十半]+(?:年|ヶ月|か月|カ月)(?:半)?(?:目)?(?:になる)?の\\s*" + Names.JA_NAME + Names.JA_END);
    /** 「理想は…「はると」くん」: a name in brackets or with an honorific, right after 理想は. */
    private static final Pattern JA_IDEAL_IS = Pattern.compile("理想(?:の(?:人|相手|彼氏|彼女|男性|女性))?は[、,…・.\\s]*(?:[「『]" + Names.JA_NAME + "[」』](?:さん|くん|君|ちゃん)?|" + Names.JA_NAME + "(?:さん|くん|君|ちゃん))(?=[。!！、,\\s]|です|$)");
    /** 「妻の美由紀に勧められて」: a partner noun, の, and a name the dictionary knows as a given name. */
    private static final Pattern JA_NOUN_OF = Pattern.compile("(?<![元前])(?:" + Subjects.JA_PARTNER_NOUNS + ")の([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,5}?)(?:さん|くん|ちゃん)?(?=に|が|を|から|も|は|って|と|[、,])");
    /** 「と一緒に暮らして」, 「と二人暮らし」: living with the one just named. */
    private static final Pattern LIVES_WITH = Pattern.compile("と(?:一緒に|二人で|ふたりで)?(?:暮ら|住|同棲|二人暮らし|ふたり暮らし)");
    /** 「千夏さんに片思いしてて」, 「ゆうきくんのことが好きで」: a crush, the ideal partner named. */
    private static final Pattern JA_CRUSH = Pattern.compile(NAME + "(?:さん|くん|君|ちゃん)?(?:に|のことが|のことを)(?:片思い|片想い|恋して|惚れて|ずっと片思い)");
    /**
     * 「嫁は幸子っつうの」, 「嫁さんは千尋いうねん」, 「主人は一樹と申しまして」, 「相手は健（けん）。」: the partner noun as the topic,
     * then the name and how it is said.
     */
    private static final Pattern JA_NOUN_IS = Pattern.compile(
            "(?<![元前])(?<!前の)(?:" + Subjects.JA_PARTNER_NOUNS + "|(?<!理想の)相手|(?<=^|[、,。!！\\s])彼(?=は))(?:は|の)[、,\\s]*(?:[\\p{IsHan}\\p{IsKatakana}ー]{1,8}(?:人|出身|生まれ)の)?[「『]?" + Names.JA_NAME
                    // 「相手は健（けん）。」: its reading in brackets
                    + "(?:さん|くん|君|ちゃん)?[」』]?(?:[(（][\\p{IsHiragana}\\p{IsKatakana}ー]+[)）])?(?=です(?:[。!！よね]|$)|っていい|って言い|っていう|って言う|っていって|といい|と言い|と申し|(?:いう|言う|ゆう)(?:て|ねん|んや|んよ|の|けど)|っつう|っちゅう|(?:いい|言い)ます|という(?:名前|の|ん)|だよ|や(?:で|ねん)(?:[。!！]|$)|(?<=や)や(?:[。!！]|$)|で[、,]|[、,]|と(?:は|の|同棲|暮ら|付き合|結婚|一緒|婚約|二人|ふたり|住|喧嘩|けんか|話)|の(?:転勤|仕事|実家|両親|親|母|父|家|地元|趣味|ため|こと)|[。!！]|$)");
    /**
     * 「付き合って2年の彼女、あかり。」, 「嫁、まゆみ！」, 「彼女のみゆ😍」: the partner noun, a comma or の, and the name closing
     * the sentence.
     */
    private static final Pattern JA_NOUN_COMMA_NAME = Pattern.compile(
            "(?<![元前])(?<!前の)(?:" + Subjects.JA_PARTNER_NOUNS + ")(?:[、,]|の)\\s*"
                    + Names.JA_NAME + "(?:さん|くん|君|ちゃん)?(?=\\s*[。!！\\p{So}\\x{1F000}-\\x{1FAFF}]|\\s*$)");
    private static final Pattern KANA_NAME = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}ー]{2,6}");
    /** 「りんちゃん。」, 「れおくん」: a name with its honorific, alone in its sentence. */
    private static final Pattern JA_HONORIFIC_ALONE = Pattern.compile("^\\s*" + Names.JA_NAME + "(?:さん|くん|君|ちゃん)\\s*[。!！〜~]*\\s*$");
    /** 「りんちゃんは」, 「拓也くんって」: a name with its honorific as the topic. */
    private static final Pattern JA_HONORIFIC_TOPIC = Pattern.compile(
            "(?:^|(?<=[のは、,\\s。!！]))" + Names.JA_NAME + "(?:さん|くん|君|ちゃん)(?=は|って|が|と|の|も)");
    /** 「奥さんは」, 「かみさんが」, 「旦那さんって」: a word for the partner with its own honorific, which is no name. */
    private static final Pattern JA_PARTNER_NOUN_AS_TOPIC = Pattern.compile("(?:" + Subjects.JA_PARTNER_NOUNS + ")(?:さん)?(?=は|って|が|と|の|も)");
    private static final Pattern JA_CALLED_OPENING = Pattern.compile(
            "^\\s*" + Names.JA_NAME + "(?:さん|くん|君|ちゃん)?(?:" + Names.READING.pattern() + ")?(?:っていう|って言う|っていい|って言い|っていっ|って言っ|といい|と言い|という|といっ|と言っ|っつう|っちゅう)");
    /**
     * 「34です」, 「うちより５こ上」, 「俺のいっこ下」, 「2個下」, 「同い年」: the partner's age said after their name, in the
     * same breath as the name Hera asked for.
     */
    private static final String JA_AGE_AFTER_NAME = "[、,]\\s*(?:" + Numbers.JA_AGE + "\\s*(?:歳|才)?"
            + "|" + AgeExtractor.JA_RELATIVE.pattern()
            + "|同い年|タメ)\\s*(?:です|だよ|や|じゃ)?";
    /** 「えみ。」, 「名前は大輔です」, 「大輔、34です」, 「正人、うちより５こ上」: the name Hera asked for, alone in its sentence. */
    private static final Pattern JA_BARE = Pattern.compile(
            "^\\s*(?:えっと|ええと|うーん|名前は|そうですね)?[、,\\s]*(?:(?:" + Names.JA_HEDGE_WORDS + ")[、,\\s]*)?" + Names.JA_NAME
                    + "(?:さん|くん|君|ちゃん)?\\s*(?:です|かな|がいい(?:な|です)?|にします|で(?:お願いします)?|だよ|や|っていいます|って言います|といいます|と言います|っていう|って名前)?"
                    + "(?:" + JA_AGE_AFTER_NAME + ")?\\s*[。!！]?$");

    /**
     * "his real name is Paolo (but everyone calls him Honey)", "her full name's Mariana", "his actual name: Bear": which of
     * the partner's names it is, said between the owner and "name".
     */
    private static final String WHICH_NAME = "(?:(?:real|actual|full|proper|given|first|legal|birth|christian)\\s+)?";
    private static final Pattern EN_NOUN_NAME = Pattern.compile(
            "\\b(?:wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|spouse|ideal partner|partner)(?:'s|s)? " + WHICH_NAME + "name(?:\\s+is|'s|:|\\s+would be|\\s+will be)\\s+([a-z][a-z'-]+)");
    private static final Pattern EN_PRONOUN_NAME = Pattern.compile(
            "\\b(?:her|his|their) " + WHICH_NAME + "name(?:\\s+is|'s|:|\\s*[.…?]+|\\s+would be|\\s+will be|\\s+should be|\\s+can be|\\s+could be|\\s+might be)"
                    // "his name? idk... Kai": a shrug or a hedge before the name is no part of it
                    // "his name is actually Bear": an adverb between is no part of it either
                    + "\\s*(?:(?:maybe|probably|perhaps|say|idk|dunno|i guess|i think|hmm+|um+|uh+|well|not sure|no idea|lol|haha"
                    + "|actually|really|just|literally|honestly)[,.…?!\\s]+)*(\\p{L}[\\p{L}'-]+)");
    /**
     * "Her name June.", "his name Bear, he's a chef": the name straight after "her name" without a verb, as people
     * whose first language has none there write it; only a name closing its clause, and a lower-case one only where
     * it is no everyday word ("her name june" could be a month).
     */
    private static final Pattern EN_PRONOUN_NAME_UNSAID_IS = Pattern.compile(
            "\\b(?:her|his|their) name\\s+(?:(?:actually|really|just|literally)\\s+)?(\\p{L}[\\p{L}'-]+)(?=\\s*(?:[.,!;)]|$))");
    /** "my ideal is this girl at work, Sophie": a crush described, then named. */
    private static final Pattern EN_CRUSH = Pattern.compile(
            "(?i:\\b(?:this|a|that|one)\\s+(?:girl|guy|woman|man|lady|person|dude|bloke|gentleman|fella|fellow|chap|lad|lass|gal|boy)\\s+"
                    // "a gentleman in my walking group, Declan", "a girl at work, ivy", "this guy from my gym - Marco"
                    + "(?:at|from|in|on|of)\\s+(?:(?:my|the|our|his|her)\\s+)?(?:[a-z]+\\s+){0,2}?"
                    + "(?:work|office|school|uni|college|church|gym|class|building|group|team|job|course|club|choir|street|block|department"
                    + "|floor|shop|store|cafe|bar|pub|library|lab|ward|company|firm|site|yard|neighbou?rhood|area|estate|mosque|temple|parish))"
                    + "\\s*[,:—–-]\\s*(" + Names.EN_ANY_WORD + ")\\b");
    /**
     * "theres this guy tyler in my chem class", "There's this girl Chloe at my gym.", "there is one lad, Sean, who": a crush
     * named straight after "this guy", before where the person met them or the end of the clause.
     */
    private static final Pattern EN_THIS_ONE_NAMED = Pattern.compile(
            "(?i:\\b(?:there's|theres|there’s|there is)\\s+(?:this|a|one)\\s+(?:girl|guy|woman|man|lady|dude|bloke|boy|gal|lad|lass|fella|chap)\\s*,?\\s+)"
                    + "(" + Names.EN_ANY_WORD + ")(?=\\s+(?i:in|at|from|on|who|that|but|and)\\b|\\s*[,.!;?]|\\s*$|\\s+\\p{So})");
    /** "im single", "Single lah": the person says they are single, so someone they name is one they wish for. */
    private static final Pattern SINGLE_SAID = Pattern.compile("\\bsingle\\b");
    /**
     * "I've a boyfriend, Conor.", "got a girlfriend - Mia", "I have a husband: Tomás": the partner said with "a", then named
     * after a comma, a colon or a dash (as "my wife, Emma" is).
     */
    private static final Pattern EN_A_PARTNER_NAMED = Pattern.compile(
            "(?i:\\b(?:i've|i have|i've got|i have got|i got|ive|got|have|there's|theres|there is)\\s+(?:got\\s+)?an?\\s+"
                    + "(?:wife|husband|hubby|partner|girlfriend|boyfriend|fianc[ée]e?|spouse|bf|gf|missus|fella))"
                    + "\\s*[,:—–-]\\s*(" + Names.EN_ANY_WORD + ")\\b");
    /** What tells of a crush or someone one goes out with in the sentence ("been fancying her", "i look forward to Tuesdays"). */
    private static final Pattern CRUSH_WORDS = Pattern.compile(
            "\\b(?:fancy|fancying|fancied|crush|crushing|keen on|into (?:her|him)|like (?:her|him)|liking (?:her|him)|look forward|smitten"
                    + "|feelings for|in love|thinking about (?:her|him)|talking to|seeing|dating|sweet on|soft spot|admire|obsessed)\\b");
    /** "name him... lachlan?", "If I'm naming him, Rhys", "If I must choose a name, Sophia": a name given after Hera asked for the partner's. */
    private static final Pattern EN_NAME_GIVEN = Pattern.compile(
            "\\b(?:nam(?:e|ing) (?:him|her|them)|(?:choose|pick|give (?:him|her|them)) a name|a name"
                    // "name... Georgie", "Name: Sky", "Name I will say Priya", "name... idk, marcus?"
                    // (not "my favourite name." or "a nice name." before the next sentence: a name talked of, none given)
                    + "|(?<!my |user |your |favourite |favorite |fave |own |nice |lovely |cute |pretty |good |great |common |popular |middle |last |family |real |full )"
                    // "name ah... Mark lor", "name, hmm, Priya", "name uh Kai": a filler between is no part of it
                    + "name(?=\\s*[.…:—–]|\\s+i(?:'d| will| would) say\\b|\\s*,?\\s+(?:ah|eh|uh|um+|hmm+|er+|erm|well|lah|la|leh|ya|oh)\\b))"
                    + "\\s*[,.…:—–\\s]*(?:(?:maybe|probably|perhaps|let's say|say|i(?:'d| will| would) say|idk|i guess|hmm+|um+|uh+|ah|eh|er+|erm|well|lah|la|leh|ya|oh)[,.…?\\s]+)*(\\p{L}[\\p{L}'-]+)");
    private static final Pattern EN_NAMED = Pattern.compile("\\b(?:named|called)\\s+(\\p{L}[\\p{L}'-]+)");
    /** 「しょうた…じゃなくて、しょうへいです」: the name after the correction. */
    private static final Pattern JA_NAME_CORRECTED = Pattern.compile(
            Names.JA_NAME + "(?:さん|くん|ちゃん)?[…‥.、,]*\\s*(?:じゃなくて|じゃなかった|ではなく|やなくて|(?<=[…‥.、,\\s])いや)[、,\\s]*" + NAME);
    /** 「彼女いるよ。なつきっていうんだ」: a name introduced with a calling verb while the partner is the subject. */
    private static final Pattern JA_PARTNER_CALLED = Pattern.compile(
            "(?:^|(?<=[、,。!！\\s]))" + Names.JA_NAME + "(?:さん|くん|ちゃん)?(?=(?:って|と)(?:いう|言う|いい|言い|いっ|言っ|申し))");
    /** "wife. Fiona" answering "Partner?": a partner noun, then a name. */
    private static final Pattern EN_NOUN_THEN_NAME = Pattern.compile(
            "^\\s*(?i:(?:my\\s+|a\\s+)?(?:wife|husband|girlfriend|boyfriend|partner|fianc[ée]e?|missus))\\s*[.,:;-]+\\s*(\\p{Lu}[\\p{L}'-]+)\\b");
    private static final Pattern EN_APPOSITION = Pattern.compile(
            "(?i:\\bmy\\s+(?:wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|spouse|bf|gf|hubby|wifey|missus|other half|better half)),?\\s+"
                    + Names.EN_NAME + "\\b");
    private static final Pattern EN_IS_MY = Pattern.compile("\\b" + Names.EN_NAME + "\\s+(?i:is my\\s+(?:wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|spouse))");
    /** "My wife is Emma." — a name only when nothing follows it in its clause. */
    private static final Pattern EN_MY_IS = Pattern.compile(
            "(?i:(?:\\bmy\\s+|^\\W*|[.!?]\\s*)(?:wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|spouse)\\s+is)\\s+(" + Names.EN_CAP_WORD + "(?:\\s" + Names.EN_CAP_WORD + ")?)(?=\\s*(?:[.!,;]|$))");
    private static final Pattern EN_MARRIED_TO = Pattern.compile("(?i:\\b(?:married to|married with|engaged to|(?:married|engaged)[!.,]+\\s*to|years(?:\\s+(?:this|last|come)\\s+\\p{Alpha}+)?\\s+(?:married\\s+)?to|dating|seeing|live with|living with|going out with|go out with)(?:\\s+my)?|^\\W*(?:yes|yeah|yep|yup|aye)\\W+(?:to|with)(?:\\s+my)?|\\b(?:married|engaged)\\W+(?:yes|yeah|yep|yup|aye)\\W+(?:to|with))\\s+"
            + Names.EN_NAME + "\\b|\\b" + Names.EN_NAME + "(?=(?i: and i (?:got married|got hitched|got engaged|married|have been together|live together|met))\\b)"
            + "|(?i:\\bme and )(" + Names.EN_CAP_WORD + ")(?=(?i: (?:have been|'ve been|are|got|have|'ve) (?:together|married|engaged|hitched|been together|lived together|on and off|off and on|on-and-off|on-off))\\b)");
    /** The first group that took part in the match (each alternative names the partner in its own group). */
    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    private static final Pattern EN_SUBJECT = Pattern.compile(
            "^\\s*" + Names.EN_NAME + "\\s+(?i:is|has|was|would|loves|likes|works|seems|looks|'s)\\b");
    private static final Pattern EN_BARE = Pattern.compile(
            "^\\s*(?i:(?:it's|it is|her name is|his name is|name is|name's|maybe|probably|i'd say|how about|let's say|let's go with|i like|i like the name|something like)\\s+)?(" + Names.EN_ANY_WORD + ")"
                    // "Alasdair, I think.", "Ravi, maybe.": a hedge after the name is no part of it
                    + "(?:\\s*,?\\s*(?i:i think|i guess|i suppose|maybe|probably|perhaps|for now|i'd say|let's say|say))?\\s*[.!]?\\s*$");
    /**
     * A marriage told as over: separated, divorced, widowed, or the spouse dead ("passed six years ago", "God rest him",
     * "rest in peace", "lost him"), or the couple parted ("called it quits", "we split").
     */
    private static final Pattern MARRIAGE_OVER = Pattern.compile(
            "\\b(?:separated|divorced|widowed|a widow|a widower|split up|broke up|passed away|passed on|died|my late|god rest|rest in peace|rip"
                    + "|lost (?:him|her|my)|no longer with us|called it quits|we split|ex-(?:wife|husband|missus|partner))\\b"
                    // "My husband Pádraig passed six years ago": passed, and when
                    + "|\\bpassed(?=\\s+(?:\\w+\\s+){0,2}(?:years?|months?|weeks?)\\s+ago\\b|\\s+in\\s+(?:19|20)\\d\\d\\b|\\s+last\\s+(?:year|month|spring|summer|autumn|fall|winter)\\b)");
    /**
     * "my wife", "my husband": the spouse of a marriage told as over elsewhere in the message ("Separated. My husband
     * Jürgen lives with his new girlfriend"); a girlfriend, boyfriend, partner or fiancé said beside it is one of now
     * ("Divorced. But I live with my girlfriend Lisa now").
     */
    private static final Pattern SPOUSE_WORD = Pattern.compile("(?i:\\b(?:wife|husband|spouse|hubby|wifey|missus)\\b)");
    /** "I was married forty years to my Eddie": a marriage said in the past, no partner now (unless one is now: "now married to"). */
    private static final Pattern MARRIED_BEFORE = Pattern.compile("\\b(?:was|were|had been|used to be)\\s+married\\b");
    private static final Pattern MARRIED_NOW = Pattern.compile("\\b(?:now|again|remarried|second time|second marriage)\\b");
    private static final Pattern EN_CALL = Pattern.compile("(?i:\\b(?:call|name)\\s+(?:her|him))\\s+(" + Names.EN_CAP_WORD + ")");
    private static final Pattern CHILD_WORDS = Pattern.compile("\\b(?:daughter|son|girl|boy|baby|kid|child)s?\\b");
    private static final Pattern CHILD_BEFORE = Pattern.compile("\\b(?:girl|boy|son|daughter|kid|child|baby|dog|cat|puppy|kitten)s?\\s*,?\\s*$");

    private static final Pattern JA_TEMPERAMENT = Pattern.compile("性格(?:は|が|:)\\s*[、,]?\\s*([^。!！?？]{1,30}?)(?:な人|の人|な方|です|がいい|が良い|だと|かな|[。!！?？]|$)");
    private static final Pattern EN_TEMPERAMENT = Pattern.compile("\\bpersonality(?:\\s+is|:|\\s+would be|\\s+should be)\\s+([^.!?;]{1,40})");
    private static final Pattern JA_TEMPERAMENT_TAIL = Pattern.compile(
            "([\\p{IsHiragana}\\p{IsHan}ー]{1,8}?)(?:な|の)?(?:人|方|タイプ|子)");
    private static final Pattern JA_DESCRIBED = Pattern.compile(
            "(?:理想(?:の[^。、!！?？\\s]{0,8}?)?(?:は|って)|(?:好きな)?タイプは)[、,\\s]*([^。!！?？]{2,60}?)(?:な|の|い|る|た)?(?<![0-9一二三四五六七八九十何])(?:人|方|タイプ)(?:です|がいい|が良い|が理想|かな|やな|。|!|！|$)");
    private static final Pattern EN_DESCRIBED = Pattern.compile(
            "(?i:\\b(?:someone|somebody|a (?:man|woman|guy|girl|partner|person)|partner|one))\\s+(?i:who|that)\\s+([^.!?;]{3,60})");
    static final Pattern JA_LOOKS_TOPIC = Pattern.compile("^(?:見た目|外見|容姿|ルックス|顔|見た目的に)(?:は|が|:|的には)\\s*");
    private static final Pattern JA_LEADING = Pattern.compile("^(?:[でてと](?!ー)|[、,\\s]|は|が(?!たい)|も|で、){1,8}");
    private static final Pattern JA_TRAILING = Pattern.compile(
            "(?:の人(?:です|がいい|が良い|が理想)?|(?:男性|女性|男の人|女の人|な子|の子)(?:です|がいい|が良い|が理想)?|やねん|(?<=[いるた])ねん|(?<=[いるた])んです|やんな|なんよ|なの|だな|な人(?:です|がいい)?|(?<!\\p{IsHan})人(?:です|がいい)?|(?<=[るたいな])ひと(?:です|がいい)?|の方|な方|です|だよ|やな|やで|(?<!体格|ガタイ|がたい|スタイル|姿勢|センス|顔|頭|肌|面倒見|人当たり|気前|愛想|ノリ|要領|手際|性格|人柄|感じ)(?:がいい(?:な|です)?|が良い|がええ)|が理想|かな|な感じ|って感じ|感じ|とか|(?<!ない|ねえ|ねー|ま)で|の|な|(?<=[るたい])し|、|,|。|!|！|\\s){1,8}$");
    private static final Pattern EN_LEADING = Pattern.compile(
            "^(?i:(?:and|with|has|have|had|got|she|he|she's|he's|is|are|was|a|an|the|who|that|really|also|i'd like|someone|somebody|wears|sporting|would be|'d be|'d have|would have)\\s+|[,;:\\s]+){1,8}");
    private static final Pattern EN_TRAILING = Pattern.compile("(?i:[\\s,;:.!]+|\\s+(?:and|with|who|that|but)){1,8}$");
    private static final Pattern EN_RIGHT_EXTENSION = Pattern.compile("^\\s+(?:build|figure|frame|physique|look|style|hair|eyes)\\b");
    private static final java.util.Set<String> EN_STOP = java.util.Set.copyOf(java.util.Arrays.asList("she", "he", "has", "have", "had", "with", "is", "are", "was", "and", "but",
            "i", "my", "her", "his", "who", "that", "would", "like", "want", "someone", "somebody", "partner", "wife", "husband", "name",
            "looks", "look", "about", "really", "to", "be", "got", "gets", "wears", "of", "a", "an", "the", "she's", "he's", "prefer", "love",
            "also", "very", "quite", "pretty", "so", "too", "emma"));

    /** An honorific or brackets around a name, or a calling verb after it, say it is one. */
    private static final Pattern MARKED_NAME = Pattern.compile("[「『]|さん|くん|君|ちゃん");
    private static final Pattern CALLED_AFTER = Pattern.compile("(?:って|と)(?:いい|言い|いう|言う|申し|呼)");
    /** A sentence that is one name (or 「彼は」 and a name in Latin letters). */
    private static final Pattern NAME_ALONE = Pattern.compile("^\\s*(?:(?:彼|彼女|相手)は\\s*)?(\\p{Lu}[\\p{Ll}']+(?:-\\p{L}[\\p{Ll}']+)?)\\s*[.!。！]?\\s*$");
    /** The first sentence answers the status question (「います！」, "Married."). */
    private static final Pattern STATUS_SAID = Pattern.compile(
            "(?i)^\\W*(?:no\\W+but\\s+)?(?:married|engaged|partnered|yes|yeah|yep|taken|seeing someone)\\b|^\\s*(?:います|いる|おる|結婚|既婚|婚約|付き合)");

    /** Someone or something else the sentence speaks of before a name: a pet, a friend, family, a child. */
    private static final Pattern OTHER_BEINGS = Pattern.compile("犬|猫|ペット|飼|友達|友人|同僚|上司|先輩|後輩|親|母|父|兄|姉|弟|妹|子|孫|姪|甥");
    private static final Pattern CHILD_NOUN_AFTER = Pattern.compile("\\s*の?(?:子供|子ども|娘|息子|男の子|女の子|赤ちゃん)");

    private PartnerExtractor() {
    }

    /**
     * @param name the partner name already found by {@link #name(Context)} (null for none)
     */
    static Result extract(Context ctx, TraitExtractor.Result traits, Integer partnerAge, String name) {
        List<int[]> masks = new ArrayList<>();
        for (TraitExtractor.Hit hit : traits.hits()) {
            masks.add(new int[] { hit.start(), hit.end() });
        }
        if (name != null) {
            int at = ctx.text().indexOf(name);
            if (at >= 0) {
                masks.add(new int[] { at, at + name.length() });
            }
        }
        PartnerDescription.Result described = PartnerDescription.read(ctx, traits.partnerHits());
        // a name Hera will ask about (「旦那は大地」) is no character either
        String doubted = name != null ? name : ctx.doubts().stream().filter(d -> d.whose() == NameCheck.Whose.PARTNER)
                .map(NameCheck::name).findFirst().orElse(null);
        List<String> character = withoutName(described.temperament(), doubted);
        String temperament = withClauses(temperament(ctx, traits.partnerHits()), character, ctx);
        String appearance = withClauses(appearance(ctx, masks, traits.partnerHits()), withoutName(described.looks(), name), ctx);
        BigFive personality = traits.partner();
        if (name == null && temperament == null && appearance == null && personality == null && partnerAge == null) {
            return new Result(null, null);
        }
        return new Result(new Partner(name, partnerAge, personality, temperament, null, null, appearance), name);
    }

    /** The clauses that do not hold the partner's name (「相手は直樹くん」 says who, not what they are like). */
    private static List<String> withoutName(List<String> clauses, String name) {
        return name == null ? clauses : clauses.stream().filter(clause -> !clause.contains(name)).toList();
    }

    /** The phrase found, followed by the clauses about the partner it does not hold yet (in the person's words). */
    private static String withClauses(String found, List<String> clauses, Context ctx) {
        boolean japanese = isJapanese(ctx.text());
        List<String> parts = new ArrayList<>();
        if (found != null) {
            // the phrases found, each on its own, so that a clause holding one can take its place
            // a part left with its connective (「家事を手伝ってくれるし、子ども好き」: 「くれるし」) is the word, which a clause then extends
            for (String part : found.split(japanese ? "、" : ", ")) {
                parts.add(japanese ? DANGLING_SHI.matcher(part).replaceFirst("") : part);
            }
        }
        int length = found == null ? 0 : found.length();
        for (String said : clauses) {
            String clause = clean(said, japanese);
            if (clause.isEmpty() || parts.stream().anyMatch(part -> part.contains(clause)) || length + clause.length() > MAX_DESCRIPTION) {
                continue;
            }
            // a clause that says a part and more takes its place: the person's own words around a
            // lexicon word (「応援してくれる優しい」 for 優しい, "a nose stud" for "nose", よく考え込む for よく考え込)
            // (「笑顔が多くて」 and 「家庭的」 both in 「笑顔が多くて家庭的」: the clause takes the first one's place, the others go)
            int extended = -1;
            for (int i = parts.size() - 1; i >= 0; i--) {
                if (!clause.contains(parts.get(i))) {
                    continue;
                }
                if (extended >= 0) {
                    length -= parts.get(extended).length();
                    parts.remove(extended);
                }
                extended = i;
            }
            if (extended >= 0) {
                length += clause.length() - parts.get(extended).length();
                parts.set(extended, clause);
            } else {
                parts.add(clause);
                length += clause.length();
            }
        }
        return parts.isEmpty() ? null : String.join(japanese ? "、" : ", ", parts);
    }

    private static final Pattern DANGLING_SHI = Pattern.compile("(?<=.[るたい])し$");

    /** Whether the text holds kana or kanji (an emoji or a curly quote does not make English Japanese). */
    static boolean isJapanese(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x30FF || c >= 0x4E00 && c <= 0x9FFF || c == 0x3005);
    }

    /** A description stays short enough for a portrait prompt and a story. */
    private static final int MAX_DESCRIPTION = 160;

    // ---------------------------------------------------------------- name

    /** 「友達の奥さんは美香っていうらしい」, 「兄の嫁の名前は由美」: a word for a partner that is someone else's. */
    private static boolean anothers(Context ctx, int partnerNoun) {
        return ctx.subjects().at(partnerNoun) == Subject.OTHER;
    }

    static String name(Context ctx) {
        String text = ctx.text();
        String ja = ctx.utterance().hasJapanese ? text : ""; // the Japanese patterns read only a message in Japanese
        String lower = ctx.lower();
        String found = null;
        Matcher m = JA_NOUN_NAME.matcher(ja);
        while (m.find()) {
            if (!anothers(ctx, m.start())) {
                found = pick(found, m.group(1), true);
            }
        }
        m = JA_NOUN_IS.matcher(ja);
        while (m.find()) {
            String name = Names.clean(m.group(1));
            if (anothers(ctx, m.start())) {
                continue;
            }
            // 「彼氏は空です」: 空 is a name and a word; an honorific or brackets would settle it, else ask
            boolean marked = MARKED_NAME.matcher(m.group()).find() || CALLED_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
            if (!marked && Names.alsoAnEverydayWord(name)) {
                ctx.doubt(NameCheck.Whose.PARTNER, name);
            } else {
                found = pick(found, m.group(1), true);
            }
        }
        m = JA_NOUN_COMMA_NAME.matcher(ja);
        while (m.find()) {
            String name = Names.clean(m.group(1));
            // after の only a name in kana (「彼女のみゆ」), not what belongs to them (「彼氏の車。」)
            boolean of = text.charAt(m.start(1) - 1) == 'の' || text.substring(m.start(), m.start(1)).strip().endsWith("の");
            if (name == null || of && !KANA_NAME.matcher(name).matches() || anothers(ctx, m.start())) {
                continue;
            }
            if (Names.alsoAnEverydayWord(name)) {
                ctx.doubt(NameCheck.Whose.PARTNER, name);
            } else {
                found = pick(found, m.group(1), true);
            }
        }
        if (found == null) {
            found = namedAloneAfterHavingSomeone(ctx);
        }
        // the unanchored Japanese name patterns run only where their words are (most messages have none)
        boolean calling = text.contains("って") || text.contains("と");
        m = JA_PARTNER_CALLED.matcher(ja);
        while (calling && m.find()) {
            // whose name it is, where the name itself starts (「ちなみに元カレは健太っていう」 is an ex's)
            String called = Names.trimLeadingWords(m.group(1));
            int at = m.end(1) - called.length();
            if (ctx.subjects().at(at) == Subject.PARTNER || nobodyElses(ctx, at, called) || introducedJustBefore(ctx, at)) {
                found = pick(found, called, true);
            }
        }
        m = JA_NAME_IS.matcher(ja);
        while (m.find()) {
            boolean wishedByUser = ctx.subjects().at(m.start()) == Subject.USER && wished(text, m.end(1))
                    && !ctx.question().asked(LastQuestion.Topic.CHILD_NAMES);
            if ((aboutPartner(ctx, m.start()) || wishedByUser || nobodyElses(ctx, m.start(), m.group(1))) && !childNear(text, m.start())) {
                found = pick(found, m.group(1), true);
            }
        }
        m = JA_CALLED.matcher(ja);
        while (m.find()) {
            // 「みおって子」 is a child, unless the partner is the subject (「彼女おるよ、さくらって子」)
            boolean partnerSubject = ctx.subjects().at(m.start()) == Subject.PARTNER && !CHILD_NOUN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
            if ((aboutPartner(ctx, m.start()) || nobodyElses(ctx, m.start(), m.group(1))) && !childNear(text, m.start())
                    && (partnerSubject || !childAfter(text, m.end()))) {
                found = pick(found, Names.trimLeadingWords(m.group(1)), true);
            }
        }
        m = JA_CALLED_PARTNER.matcher(ja);
        while (calling && m.find()) {
            found = pick(found, Names.trimLeadingWords(m.group(1)), true);
        }
        m = JA_DATING.matcher(ja);
        while (calling && m.find()) {
            String dated = Names.trimLeadingWords(m.group(1));
            if (ctx.subjects().at(m.end(1) - dated.length()) != Subject.OTHER) {
                found = pick(found, dated, true);
            }
        }
        m = JA_DATING_FOR.matcher(ja);
        while (m.find()) {
            found = pick(found, m.group(1), true);
        }
        m = JA_IDEAL_IS.matcher(ja);
        while (m.find()) {
            found = pick(found, m.group(1) != null ? m.group(1) : m.group(2), true);
        }
        m = JA_CRUSH.matcher(ja);
        while (m.find()) {
            found = pick(found, Names.trimLeadingWords(m.group(1)), true); // 「先輩の千夏さんに片思いしてて」: the one the user loves
        }
        m = JA_NOUN_OF.matcher(ja);
        while (found == null && m.find()) {
            // 「彼女の美月と一緒に」: a name of two characters or more the dictionary files as a person's (美月 as a surname);
            // 「パートナーの優と一緒に暮らして」: any name (優 is a word too) with whom the user lives
            boolean livesWith = LIVES_WITH.matcher(text).region(m.end(), text.length()).lookingAt()
                    && (Names.plausibleJapanese(m.group(1)) || Names.alsoAnEverydayWord(m.group(1)));
            if (livesWith || Names.dictionaryGivenName(m.group(1)) || m.group(1).length() >= 2 && Names.dictionaryPersonName(m.group(1))) {
                found = pick(found, m.group(1), true);
            }
        }
        boolean correcting = text.contains("じゃな") || text.contains("ではな") || text.contains("やなく") || text.contains("いや");
        m = JA_NAME_CORRECTED.matcher(ja);
        while (correcting && m.find()) {
            String first = Names.clean(m.group(1));
            if (first.equals(found) || found == null && ctx.subjects().at(m.start()) == Subject.PARTNER) {
                found = pick(found, m.group(2), true); // 「しょうた…じゃなくて、しょうへい」
            }
        }
        m = EN_NOUN_THEN_NAME.matcher(text);
        if (m.find()) {
            found = pick(found, m.group(1), true);
        }
        if (ctx.question().asked(LastQuestion.Topic.PARTNER_NAME) || ctx.question().asked(LastQuestion.Topic.PARTNER)) {
            m = EN_NAME_GIVEN.matcher(lower);
            while (found == null && m.find()) {
                // "Name... Leanne? Nah. Kylie.": a name taken back at once is none
                if (ctx.subjects().at(m.start()) == Subject.CHILD || Subjects.childMentionedLast(lower, m.start())
                        || partnerIsTheCaller(lower.substring(ctx.utterance().sentenceAt(m.start()).start(), m.start()))) {
                    continue;
                }
                Matcher back = TAKEN_BACK_AFTER.matcher(lower).region(m.end(1), lower.length());
                if (!back.lookingAt()) {
                    found = pickNamed(found, original(ctx, m.start(1), m.end(1)));
                    continue;
                }
                // "Name... Petra? Nah. Ingrid.", "Sam, no, Robin": the name said after the one dropped
                Matcher next = NAME_AFTER_TAKING_BACK.matcher(text).region(back.end(), text.length());
                if (next.lookingAt() && !EnglishWords.isCommonWord(next.group(1).toLowerCase(java.util.Locale.ROOT))) {
                    found = pickNamed(found, next.group(1));
                }
            }
        }
        m = EN_NAME_PRAISED.matcher(text);
        while (found == null && partnerContext(ctx) && m.find()) {
            // ("A girl. Grace, that's a lovely name." names a child; "Honesty is a nice thing" is a word)
            String sentence = ctx.utterance().sentenceAt(m.start()).text().toLowerCase(java.util.Locale.ROOT);
            if (ctx.subjects().at(m.start()) != Subject.CHILD && !Subjects.childMentionedLast(lower, m.start()) && !CHILD_WORDS.matcher(sentence).find()
                    && !ctx.question().asked(LastQuestion.Topic.CHILDREN) && !EnglishWords.isCommonWord(m.group(1).toLowerCase(java.util.Locale.ROOT))
                    && !m.group(1).equalsIgnoreCase(ctx.current().userName())) {
                found = pickNamed(found, m.group(1));
            }
        }
        // "someone like Arjun, ok that's just a name i like": the one imagined, modelled on a name
        m = EN_LIKE_NAME.matcher(text);
        while (found == null && partnerContext(ctx) && m.find()) {
            if (ctx.subjects().at(m.start()) != Subject.CHILD) {
                found = pick(found, m.group(1), true);
            }
        }
        if (found == null && partnerContext(ctx)) {
            m = JA_HONORIFIC_TOPIC.matcher(ja);
            while (m.find()) {
                String named = Names.trimLeadingWords(m.group(1));
                boolean partnerNoun = JA_PARTNER_NOUN_AS_TOPIC.matcher(ja).region(m.end(1) - named.length(), text.length())
                        .useTransparentBounds(true).lookingAt();
                if (!partnerNoun && ctx.subjects().at(m.start()) != Subject.CHILD && ctx.subjects().at(m.start()) != Subject.OTHER) {
                    found = pick(found, named, false);
                }
            }
        }
        m = EN_NOUN_NAME.matcher(lower);
        while (m.find()) {
            found = pickNamed(found, original(ctx, m.start(1), m.end(1)));
        }
        m = EN_PRONOUN_NAME.matcher(lower);
        while (m.find()) {
            // "i have a partner, … their name is Alex": the pronoun is the partner's unless a child was named last
            boolean partnerBefore = Subjects.partnerMentionedLast(lower, m.start())
                    || ctx.subjects().mentionsPartner() && !Subjects.childMentionedLast(lower, m.start());
            if (ctx.subjects().at(m.start()) == Subject.PARTNER || partnerBefore && ctx.subjects().at(m.start()) != Subject.CHILD) {
                found = pickNamed(found, original(ctx, m.start(1), withSecondName(ctx.text(), m.end(1))));
            }
        }
        m = EN_PRONOUN_NAME_UNSAID_IS.matcher(lower);
        boolean childrenOnly = ctx.question().asked(LastQuestion.Topic.CHILDREN) && !ctx.question().asked(LastQuestion.Topic.PARTNER);
        while (!childrenOnly && m.find()) {
            String name = original(ctx, m.start(1), m.end(1));
            boolean capitalised = Character.isUpperCase(name.codePointAt(0));
            boolean partnerBefore = Subjects.partnerMentionedLast(lower, m.start())
                    || ctx.subjects().mentionsPartner() && !Subjects.childMentionedLast(lower, m.start());
            if ((capitalised || !EnglishWords.isCommonWord(m.group(1)))
                    && (ctx.subjects().at(m.start()) == Subject.PARTNER || partnerBefore && ctx.subjects().at(m.start()) != Subject.CHILD)) {
                found = pick(found, name, true);
            }
        }
        m = EN_NAMED.matcher(lower);
        while (m.find()) {
            String before = lower.substring(Math.max(0, m.start() - 20), m.start());
            if (ctx.subjects().at(m.start()) == Subject.PARTNER && !CHILD_BEFORE.matcher(before).find()) {
                found = pick(found, original(ctx, m.start(1), m.end(1)), true);
            }
        }
        m = EN_MY_IS.matcher(text);
        while (m.find()) {
            if (Names.alsoAnEverydayWord(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                ctx.doubt(NameCheck.Whose.PARTNER, m.group(1)); // "My boyfriend is Sky": a name, or the sky?
            } else {
                found = pick(found, m.group(1), true);
            }
        }
        m = EN_CRUSH.matcher(text);
        while (m.find()) {
            // "theres a girl at work, ivy, been fancying her": the one the person is sweet on, or described answering Hera
            boolean crush = ctx.subjects().at(m.start()) == Subject.PARTNER || partnerContext(ctx)
                    || CRUSH_WORDS.matcher(ctx.utterance().sentenceAt(m.start()).text().toLowerCase(java.util.Locale.ROOT)).find()
                    || CRUSH_WORDS.matcher(lower).region(m.end(), Math.min(lower.length(), m.end() + 60)).find();
            if (crush && typedAsName(ctx, m.start(1), m.end(1))) {
                found = pick(found, m.group(1), true);
            }
        }
        m = EN_THIS_ONE_NAMED.matcher(text);
        while (m.find()) {
            boolean crush = ctx.subjects().at(m.start()) == Subject.PARTNER || partnerContext(ctx) || SINGLE_SAID.matcher(lower).find()
                    || CRUSH_WORDS.matcher(lower).find();
            if (crush && crushName(m.group(1))) {
                found = pick(found, m.group(1), true);
            }
        }
        m = EN_A_PARTNER_NAMED.matcher(text);
        while (m.find()) {
            if (typedAsName(ctx, m.start(1), m.end(1))) {
                found = pick(found, m.group(1), true);
            }
        }
        // "Separated. My husband Jürgen lives with his new girlfriend", "my husband, Geoffrey, passed away": a spouse
        // named while the marriage is told as over is no partner now, nor the one imagined; "Divorced. But I live with
        // my girlfriend Lisa now" names the partner of now
        boolean over = MARRIAGE_OVER.matcher(lower).find();
        for (Pattern p : List.of(EN_APPOSITION, EN_IS_MY, EN_MARRIED_TO)) {
            m = p.matcher(text);
            while (m.find()) {
                // "I was married forty years to my Eddie, God rest him": the marriage of that sentence is over
                String sentence = ctx.utterance().sentenceAt(m.start()).text().toLowerCase(java.util.Locale.ROOT);
                if (over && p != EN_MARRIED_TO && (SPOUSE_WORD.matcher(m.group()).find() || endedAfter(ctx, lower, m.start()))) {
                    continue;
                }
                if (p == EN_MARRIED_TO && (MARRIAGE_OVER.matcher(sentence).find() || MARRIED_BEFORE.matcher(sentence).find())
                        && !MARRIED_NOW.matcher(sentence).find()) {
                    continue;
                }
                found = pick(found, firstGroup(m), true);
            }
        }
        if (ctx.utterance().lowerCaseTyped) {
            // "yes married to priya comma she is…", "me n rose have been on n off": a message typed all in lower case
            m = EN_MARRIED_TO_LOWER.matcher(lower);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : 2;
                String sentence = ctx.utterance().sentenceAt(m.start()).text();
                String word = m.group(g);
                if (!MARRIAGE_OVER.matcher(sentence).find() && !MARRIED_BEFORE.matcher(sentence).find() && !EnglishWords.isCommonWord(word)
                        && Names.plausibleEnglish(Names.capitalise(word))) {
                    found = pickNamed(found, Names.capitalise(m.group(g)));
                }
            }
        }
        m = EN_CALL.matcher(text);
        while (found == null && m.find()) { // "her name's Sharon, I call her Shaz": the name stays Sharon
            String sentence = ctx.utterance().sentenceAt(m.start()).text().toLowerCase(java.util.Locale.ROOT);
            // "One more, a little girl. Hunter wants to call her Daisy": the child said last is whom the name is for
            if (partnerContext(ctx) && !CHILD_WORDS.matcher(sentence).find() && !Subjects.childMentionedLast(lower, m.start())
                    && !partnerIsTheCaller(lower.substring(ctx.utterance().sentenceAt(m.start()).start(), m.start()))) {
                found = pick(found, m.group(1), true);
            }
        }
        if (found == null && partnerContext(ctx)) {
            for (Utterance.Sentence sentence : ctx.utterance().sentences) {
                m = EN_SUBJECT.matcher(sentence.text());
                // "Always has a scarf on": a common word opening a sentence is no subject named; "Ama is a girl, Kofi …" names a child
                if (m.find() && ctx.subjects().at(sentence.start()) != Subject.CHILD
                        && !EnglishWords.isCommonWord(m.group(1).toLowerCase(java.util.Locale.ROOT))
                        && !Subjects.NAMES_A_CHILD.matcher(sentence.text()).region(m.end(), sentence.text().length()).lookingAt()) {
                    found = pick(found, m.group(1), false);
                }
            }
        }
        if (found == null && ctx.question().asked(LastQuestion.Topic.STATUS)) {
            // "Married. Hannah.", 「います！彼は Kenji。」: a name said alone after the status answers who
            List<Utterance.Sentence> sentences = ctx.utterance().sentences;
            for (int i = 1; i < sentences.size() && found == null; i++) {
                m = NAME_ALONE.matcher(sentences.get(i).text());
                if (m.find() && !m.group(1).equalsIgnoreCase(ctx.current().userName()) && STATUS_SAID.matcher(sentences.get(0).text()).find()
                        && !EnglishWords.isCommonWord(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                    found = pick(found, m.group(1), false);
                }
            }
        }
        if (found == null && ctx.question().asked(LastQuestion.Topic.PARTNER_NAME)) {
            // a bare name answers the question: the whole short answer, or the sentence that opens a longer one (「えみ。明るい。…」)
            List<Utterance.Sentence> sentences = ctx.utterance().sentences;
            // (after a question back to Hera, the next sentence: 「名前も決めていいんですか？じゃあナオ。…」)
            int opening = sentences.size() > 2 && QUESTION_END.matcher(sentences.get(0).text()).find() ? 2 : 1;
            for (Utterance.Sentence sentence : sentences.size() <= 2 ? sentences : sentences.subList(0, opening)) {
                m = JA_BARE.matcher(sentence.text());
                if (m.find()) {
                    found = pick(found, m.group(1), true);
                }
                m = EN_BARE.matcher(sentence.text());
                // "fiery." answering "What's she like? Her name?" is a word; "Rose." is the name asked for, a word or not
                boolean bare = m.find();
                boolean word = bare && !Character.isUpperCase(m.group(1).charAt(0)) && EnglishWords.isCommonWord(m.group(1).toLowerCase(java.util.Locale.ROOT));
                if (bare && !word) {
                    found = pickNamed(found, m.group(1));
                }
            }
            // 「翔太（しょうた）っていうっちゃけど、…」: the answer opens with the name and a calling verb
            m = JA_CALLED_OPENING.matcher(ja);
            if (found == null && m.find()) {
                found = pick(found, m.group(1), true);
            }
        }
        if (found != null && ctx.question().asked(LastQuestion.Topic.PARTNER) && !isJapanese(text)
                && takenBack(text, found)) {
            found = null; // "Her name is Yui... that is my cousin's. Not Yui. Haruka.": the name taken back
        }
        if (found == null && ctx.question().asked(LastQuestion.Topic.PARTNER) && !ctx.question().asked(LastQuestion.Topic.CHILDREN)
                && !partnerNamedBefore(ctx)) {
            // "Ximena. Cheerful, …", "A mensch. Funny, … Frank, let's say.": a capitalised name said as a sentence of its own
            // in an answer about the partner names them
            for (Utterance.Sentence sentence : ctx.utterance().sentences) {
                m = EN_BARE.matcher(sentence.text());
                if (found == null && m.find() && Character.isUpperCase(m.group(1).charAt(0))
                        && !EnglishWords.isCommonWord(m.group(1).toLowerCase(java.util.Locale.ROOT))
                        && !m.group(1).equalsIgnoreCase(ctx.current().userName()) && ctx.subjects().at(sentence.start()) != Subject.CHILD
                        && !takenBack(text, m.group(1))) {
                    found = pick(found, m.group(1), false);
                }
            }
        }
        // 「嫁はなっちゃん、ほんまの名前は夏美な」: the real name said after a nickname wins
        m = JA_REAL_NAME.matcher(ja);
        while (m.find()) {
            if (ctx.subjects().at(m.start()) == Subject.PARTNER) {
                found = pick(found, KANA_AFTER_KANJI.matcher(m.group(1)).replaceFirst(""), true);
            }
        }
        return found;
    }

    /**
     * "Not Yui.": the name, as typed (so "he's not rich" takes no Rich back), said after "not"; or dropped right after it
     * ("Leanne? Nah.", "Ravi... no,", "Sam, scratch that").
     */
    private static boolean takenBack(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            Matcher back = TAKEN_BACK_AFTER.matcher(text.toLowerCase(java.util.Locale.ROOT)).region(end, text.length());
            // "call her Kylie haha. Nah serious, Kylie's fine": a name said again after the "nah" is kept
            if ((end == text.length() || !Character.isLetter(text.charAt(end))) && back.lookingAt() && text.indexOf(name, back.end()) < 0) {
                return true;
            }
            boolean afterNot = at >= 4 && text.regionMatches(true, at - 4, "not ", 0, 4) && (at == 4 || !Character.isLetter(text.charAt(at - 5)));
            if (afterNot && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** A name dropped as soon as it is said: "Leanne? Nah.", "Ravi... no, Arun", "Sam, scratch that", "Mia. Or not." */
    private static final Pattern TAKEN_BACK_AFTER = Pattern.compile(
            "\\s*[?.…,!—–-]+\\s*(?:nah|nope|no(?![\\p{L}'])|scratch that|or not|hmm no|actually no|not that)(?![\\p{L}'])");
    /** The name said right after one taken back, closing its sentence or clause ("Nah. Kylie.", "no, Robin"). */
    private static final Pattern NAME_AFTER_TAKING_BACK = Pattern.compile("\\s*[,.…!—–-]*\\s*(" + Names.EN_CAP_WORD + ")(?=\\s*(?:[.!,;]|$))");
    /** "someone like Arjun", "a guy like Ryan": the one imagined, modelled on a name. */
    private static final Pattern EN_LIKE_NAME = Pattern.compile(
            "(?i:\\b(?:someone|somebody|a (?:guy|man|girl|woman|person|lady|bloke|fella)))\\s+(?i:like)\\s+(" + Names.EN_CAP_WORD + ")\\b(?!\\s+(?i:my|his|her)\\b)");
    /**
     * "Kaylee I think Kaylee is a pretty name", "Angelica, that is a nice name po", "Mateo, such a lovely name", "Rhys.
     * Always liked that name": a name praised as a name, said while the partner is the topic, names the one imagined.
     */
    private static final Pattern EN_NAME_PRAISED = Pattern.compile(
            "\\b(\\p{L}[\\p{L}'-]+)(?:\\s*,?\\s+(?:i think|i guess|i reckon|hmm+)\\s+\\1\\b)?"
                    + "(?:\\s*,?\\s*(?:(?:that's|thats|that is|is|'s|would be|'d be|will be|sounds like)\\s+)?(?:such\\s+)?an?\\s+(?:(?:really|very|so|pretty)\\s+)?"
                    + "(?:nice|pretty|lovely|beautiful|cute|good|great|sweet|cool|strong|solid|classic|gorgeous)\\s+name\\b"
                    + "|\\s*[.,!]\\s*(?:i've\\s+|i\\s+)?always\\s+(?:liked|loved)\\s+(?:that|the|this)\\s+name\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "married to priya", "engaged to sam", "me n rose have been on n off": whom the person is with, typed in lower case. */
    private static final Pattern EN_MARRIED_TO_LOWER = Pattern.compile(
            "\\b(?:married to|engaged to|going out with)\\s+([a-z][a-z'-]+)\\b"
                    + "|\\bme\\s+(?:and|n|&)\\s+([a-z][a-z'-]+)\\s+(?=(?:have been|'ve been|are|got)\\s+(?:together|married|engaged|on\\s+(?:and|n|&)\\s+off|off\\s+(?:and|n|&)\\s+on|dating|hitched))");

    /**
     * A name given after a naming phrase ("my husband's name is Hunter", "her name's Rose"): there a capitalised word is a
     * name unless a list says otherwise, whatever its shape (a word such as hunter or rose is a name too).
     */
    private static String pickNamed(String current, String candidate) {
        String name = Names.clean(candidate);
        if (name != null && !name.isEmpty() && Character.isUpperCase(name.codePointAt(0)) && Names.isLatin(name)
                && !Names.plausibleEnglish(name) && Names.plausibleEnglishAfterMyNameIs(name)) {
            return name;
        }
        return pick(current, candidate, true);
    }

    /** A name as typed: capitalised, or in lower case where the message is typed so and the word is no common one ("ivy", "priya"). */
    /**
     * "my boyfriend Tom and I broke up", "my partner, Geoffrey, passed away": the end told of the one just named, in the
     * rest of the sentence ("Widowed in 2015, but my partner Elaine has been with me six years" is a partner of now).
     */
    private static boolean endedAfter(Context ctx, String lower, int at) {
        return MARRIAGE_OVER.matcher(lower).region(at, ctx.utterance().sentenceAt(at).end()).find();
    }

    private static boolean typedAsName(Context ctx, int start, int end) {
        String typed = ctx.text().substring(start, end);
        if (CONTRACTION.matcher(typed).find()) {
            return false; // "i have a partner, we've been together": a pronoun and its verb
        }
        if (Character.isUpperCase(typed.codePointAt(0))) {
            return true;
        }
        String lowerWord = typed.toLowerCase(java.util.Locale.ROOT);
        // "theres a girl at work, ivy, been fancying her": a name in lower case only closed off by a comma ("a boyfriend, sorta" is none)
        boolean closed = CLOSED_BY_COMMA.matcher(ctx.text()).region(end, ctx.text().length()).lookingAt();
        boolean typedLower = ctx.utterance().sentenceAt(start).text().equals(ctx.utterance().sentenceAt(start).text().toLowerCase(java.util.Locale.ROOT));
        return typedLower && closed && !EnglishWords.isCommonWord(lowerWord) && Names.plausibleEnglish(Names.capitalise(typed));
    }

    /** A word after "this guy" that names him: capitalised, or in lower case a plausible name that is no common word ("tyler", not "here"). */
    private static boolean crushName(String typed) {
        if (CONTRACTION.matcher(typed).find()) {
            return false;
        }
        String lowerWord = typed.toLowerCase(java.util.Locale.ROOT);
        return !EnglishWords.isCommonWord(lowerWord) && (Character.isUpperCase(typed.codePointAt(0)) || Names.plausibleEnglish(Names.capitalise(typed)));
    }

    /** "My husband wants to call her…", "she'd name him…": the partner is who calls, so the one named is someone else. */
    private static final Pattern PARTNER_CALLS = Pattern.compile(
            "\\b(?:wife|husband|hubby|partner|girlfriend|boyfriend|fianc[ée]e?|missus|spouse|she|he|she'd|he'd|she's|he's)\\b[^.!?,;]{0,30}$");

    /** Whether the partner is the one who calls or names in the clause said before (in lower case): then no partner is named. */
    static boolean partnerIsTheCaller(String lowerBefore) {
        return PARTNER_CALLS.matcher(lowerBefore).find();
    }

    private static final Pattern CONTRACTION = Pattern.compile("['’](?:ve|re|ll|d|m|s)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSED_BY_COMMA = Pattern.compile("\\s*,\\s*\\p{L}");

    /** Whether the partner already has a name: then "Feisty." answering "What's Darlene like?" names no one. */
    private static boolean partnerNamedBefore(Context ctx) {
        UserProfile current = ctx.current();
        return current.currentPartner() != null && current.currentPartner().name() != null
                || current.idealPartner() != null && current.idealPartner().name() != null;
    }

    /** 「本名は夏美」, 「ほんまの名前は夏美な」: the name in full, after a nickname. */
    private static final Pattern JA_REAL_NAME = Pattern.compile(
            "(?:本名|(?:ほんま|本当|ほんと|ホント)の名前)(?:は|が|:)\\s*[「『]?([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]{1,12})(?=[」』。!！、,\\s]|$)");
    /** A sentence-final particle typed onto a name in kanji or katakana (夏美な, 夏美やで): never part of it. */
    private static final Pattern KANA_AFTER_KANJI = Pattern.compile("(?<=[\\p{IsHan}\\p{IsKatakana}ー])(?:な|ね|よ|や|やで|です|だよ|さん|ちゃん|くん)$");

    /** A second capitalised given name closing the clause ("His name is Mark Anthony but we call him Tonton"). */
    private static final Pattern SECOND_NAME = Pattern.compile("\\s+(\\p{Lu}[\\p{Ll}'-]+)(?=\\s*(?:[,.!;—–]|\\s(?:but|and)\\b|$))");

    /** Where a name that ends at {@code end} ends, with a second given name when one follows. */
    private static int withSecondName(String text, int end) {
        if (end == 0 || !Character.isUpperCase(text.charAt(text.lastIndexOf(' ', end - 1) + 1))) {
            return end;
        }
        Matcher second = SECOND_NAME.matcher(text).region(end, text.length());
        return second.lookingAt() && Names.plausibleEnglish(second.group(1)) ? second.end(1) : end;
    }

    private static String original(Context ctx, int start, int end) {
        return ctx.text().substring(start, end);
    }

    /** The later plausible name wins ("Actually her name is Ema, not Emma" is rare; a second mention usually repeats). */
    private static String pick(String current, String candidate, boolean strong) {
        String name = Names.capitalise(Names.clean(candidate));
        if (name == null || name.isEmpty()) {
            return current;
        }
        boolean latin = Names.isLatin(name);
        boolean plausible = latin ? Names.plausibleEnglish(name) : Names.plausibleJapanese(name);
        if (!plausible) {
            return current;
        }
        return current == null || strong ? name : current;
    }

    private static boolean aboutPartner(Context ctx, int position) {
        Subject subject = ctx.subjects().at(position);
        if (subject == Subject.PARTNER) {
            return true;
        }
        // 「名前はけんたがいいな」 right after Hera asked for the partner's name
        return subject == Subject.USER && ctx.question().asked(LastQuestion.Topic.PARTNER_NAME)
                && !ctx.subjects().hasMarker(Subject.USER, ctx.utterance().sentenceAt(position).start(), position);
    }

    /**
     * 「かあちゃんがいる。…和子っつう名前だ」: once the user has given their own name, a name introduced
     * without anyone as its subject, outside talk of children, and before the partner has one, is the
     * partner's (the user would not give theirs again under another name).
     */
    /**
     * 「かのじょおる！⏎りんちゃん🥰」, 「彼氏いる。れおくん」: a name with its くん, ちゃん or さん said as a sentence of its own, after
     * the user says they have someone, is that person's.
     */
    private static String namedAloneAfterHavingSomeone(Context ctx) {
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            Matcher alone = JA_HONORIFIC_ALONE.matcher(sentence.text());
            if (alone.find() && introducedJustBefore(ctx, sentence.start())) {
                return pick(null, alone.group(1), true);
            }
        }
        return null;
    }

    /** 「付き合って一年の彼がいます。颯太といいます」: a name said in the sentence after the user says they have someone. */
    private static boolean introducedJustBefore(Context ctx, int position) {
        Utterance.Sentence sentence = ctx.utterance().sentenceAt(position);
        return sentence.start() > 0 && !ctx.question().asked(LastQuestion.Topic.USER_NAME)
                && Subjects.saysUserHasSomeone(ctx.text().substring(0, sentence.start()))
                && !OTHER_BEINGS.matcher(ctx.text()).region(sentence.start(), position).find();
    }

    private static boolean nobodyElses(Context ctx, int position, String name) {
        UserProfile current = ctx.current();
        String own = current.userName();
        boolean partnerNamed = current.currentPartner() != null && current.currentPartner().name() != null
                || current.idealPartner() != null && current.idealPartner().name() != null;
        Utterance.Sentence sentence = ctx.utterance().sentenceAt(position);
        if (OTHER_BEINGS.matcher(ctx.text()).region(sentence.start(), position).find()) {
            return false; // 「犬を飼ってて、名前はポチ」
        }
        return own != null && !partnerNamed && ctx.subjects().at(position) == Subject.USER
                && !ctx.subjects().hasMarker(Subject.USER, ctx.utterance().sentenceAt(position).start(), position + 1)
                && !ctx.question().asked(LastQuestion.Topic.CHILDREN) && !ctx.question().asked(LastQuestion.Topic.USER_NAME)
                && !own.startsWith(Names.clean(name)) && !Names.clean(name).startsWith(own);
    }

    /** A sentence that asks Hera something back. */
    private static final Pattern QUESTION_END = Pattern.compile("[?？]\\s*\\z");
    private static final Pattern JA_WISHED = Pattern.compile("\\s*(?:さん|くん|君|ちゃん)?(?:が(?:いい|良い|ええ|理想|希望)|に(?:したい|しよう)|かな|とか)");
    private static final Pattern JA_CHILD_BEFORE = Pattern.compile(
            "(?:子供|子ども|娘|息子|男の子|女の子|長女|長男|次女|次男|赤ちゃん|犬|猫|ペット)(?:の|は)?\\s*\\z");
    private static final Pattern JA_CHILD_AFTER = Pattern.compile("\\s*の?(?:子供|子ども|娘|息子|男の子|女の子|赤ちゃん)");

    /** 「名前はけんたがいいな」: a name one wishes for is a partner's (or a child's), never one's own. */
    static boolean wished(String text, int end) {
        return JA_WISHED.matcher(text).region(end, text.length()).lookingAt();
    }

    private static boolean childNear(String text, int position) {
        String before = text.substring(Math.max(0, position - 8), position);
        return JA_CHILD_BEFORE.matcher(before).find();
    }

    private static boolean childAfter(String text, int end) {
        return JA_CHILD_AFTER.matcher(text).region(end, text.length()).lookingAt() || text.substring(Math.max(0, end - 1), end).equals("子");
    }

    private static boolean partnerContext(Context ctx) {
        return ctx.subjects().mentionsPartner() || ctx.question().asked(LastQuestion.Topic.PARTNER)
                || ctx.question().onlyAboutPartner();
    }

    // ---------------------------------------------------------------- temperament

    private static String temperament(Context ctx, List<TraitExtractor.Hit> hits) {
        boolean japanese = isJapanese(ctx.text());
        List<String> phrases = new ArrayList<>();
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            List<TraitExtractor.Hit> inSentence = hits.stream().filter(h -> sentence.contains(h.start())).toList();
            if (inSentence.isEmpty()) {
                continue;
            }
            int start = inSentence.get(0).start();
            int end = extendTemperament(ctx.text(), inSentence.get(inSentence.size() - 1).end(), sentence.end());
            String span = ctx.text().substring(start, end);
            boolean looksInside = LooksLexicon.holdsLookWord(span, span.toLowerCase(java.util.Locale.ROOT));
            if (looksInside || span.length() > 40) {
                for (TraitExtractor.Hit hit : inSentence) {
                    phrases.add(ctx.text().substring(hit.start(), hit.end()));
                }
            } else {
                phrases.add(span);
            }
        }
        if (phrases.isEmpty()) {
            Matcher m = JA_TEMPERAMENT.matcher(ctx.text());
            while (m.find()) {
                if (ctx.subjects().at(m.start()) == Subject.PARTNER) {
                    phrases.add(m.group(1).strip());
                }
            }
            m = EN_TEMPERAMENT.matcher(ctx.lower());
            while (m.find()) {
                if (ctx.subjects().at(m.start()) == Subject.PARTNER) {
                    phrases.add(ctx.text().substring(m.start(1), m.end(1)).strip());
                }
            }
        }
        if (phrases.isEmpty()) {
            phrases.addAll(describedPerson(ctx));
        }
        if (phrases.isEmpty()) {
            return null;
        }
        String joined = String.join(japanese ? "、" : ", ", phrases);
        return clean(joined, japanese);
    }

    /** 「明るくてよう笑う人」: a short continuation of the last personality word up to 人 belongs to it. */
    private static int extendTemperament(String text, int end, int sentenceEnd) {
        Matcher m = JA_TEMPERAMENT_TAIL.matcher(text).region(end, sentenceEnd);
        return m.lookingAt() ? m.end(1) : end;
    }

    /**
     * Without personality words, what the person said the partner is like, minus the looks:
     * 「理想の女性は、笑顔が素敵で、料理が上手で、一緒にいて楽しい人」 → 「料理が上手で、一緒にいて楽しい」,
     * "someone who makes me laugh" → "makes me laugh".
     */
    private static List<String> describedPerson(Context ctx) {
        List<String> phrases = new ArrayList<>();
        String text = ctx.text();
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            Matcher ja = JA_DESCRIBED.matcher(sentence.text());
            if (ja.find() && ctx.subjects().at(sentence.start() + ja.start(1)) == Subject.PARTNER) {
                List<String> clauses = new ArrayList<>();
                for (String clause : ja.group(1).split("[、,]")) {
                    String c = clean(clause, true);
                    if (!c.isEmpty() && !LooksLexicon.JA.matcher(c).find() && !c.contains("名前")) {
                        clauses.add(c);
                    }
                }
                if (!clauses.isEmpty()) {
                    phrases.add(String.join("、", clauses));
                }
            }
            Matcher en = EN_DESCRIBED.matcher(text.substring(sentence.start(), sentence.end()));
            if (en.find() && ctx.subjects().at(sentence.start() + en.start(1)) == Subject.PARTNER) {
                String clause = clean(en.group(1), false);
                if (!clause.isEmpty() && !LooksLexicon.EN.matcher(clause.toLowerCase(java.util.Locale.ROOT)).find()) {
                    phrases.add(clause);
                }
            }
        }
        return phrases;
    }

    // ---------------------------------------------------------------- appearance

    private static String appearance(Context ctx, List<int[]> masks, List<TraitExtractor.Hit> partnerHits) {
        String text = ctx.text();
        String lower = ctx.lower();
        List<String> phrases = new ArrayList<>();
        boolean anyJapanese = false;
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            List<int[]> cues = new ArrayList<>();
            // each lexicon only over text in its own script: most sentences need one of the two
            if (LooksLexicon.hasJapanese(text, sentence.start(), sentence.end())) {
                collect(cues, LooksLexicon.JA.matcher(text).region(sentence.start(), sentence.end()), masks, ctx);
            }
            if (LooksLexicon.hasLatin(lower, sentence.start(), sentence.end())) {
                collect(cues, LooksLexicon.EN.matcher(lower).region(sentence.start(), sentence.end()), masks, ctx);
            }
            if (cues.isEmpty()) {
                continue;
            }
            cues.sort((a, b) -> Integer.compare(a[0], b[0]));
            int first = cues.get(0)[0];
            int last = cues.get(cues.size() - 1)[1];
            boolean japanese = text.substring(first, last).codePoints().anyMatch(c -> c > 0x2FF);
            anyJapanese |= japanese;
            int start = japanese ? leftJapanese(ctx, sentence, first, masks) : leftEnglish(lower, sentence, first);
            int end = japanese ? rightJapanese(text, sentence, last, partnerHits) : rightEnglish(lower, sentence, last);
            String phrase = clean(text.substring(start, end), japanese);
            if (japanese) {
                phrase = JA_LOOKS_TOPIC.matcher(phrase).replaceFirst("");
                phrase = clean(phrase, true);
            }
            if (!phrase.isEmpty()) {
                phrases.add(phrase);
            }
        }
        if (phrases.isEmpty()) {
            return null;
        }
        return String.join(anyJapanese ? "、" : "; ", phrases);
    }

    private static void collect(List<int[]> cues, Matcher m, List<int[]> masks, Context ctx) {
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            boolean masked = masks.stream().anyMatch(r -> s < r[1] && r[0] < e);
            if (!masked && (ctx.subjects().at(s) == Subject.PARTNER || looksOfPartnerByDefault(ctx, s))) {
                cues.add(new int[] { s, e });
            }
        }
    }

    /**
     * Hera only ever asks for the partner's looks, so looks said without anyone named
     * (「髪は肩くらいの長さで、目が大きい感じ」) are the partner's once a partner is in the conversation;
     * "I'm tall" or 「私は背が高い」 stay the user's.
     */
    private static boolean looksOfPartnerByDefault(Context ctx, int position) {
        Utterance.Sentence sentence = ctx.utterance().sentenceAt(position);
        if (ctx.subjects().at(position) != Subject.USER || ctx.subjects().hasMarker(Subject.USER, sentence.start(), position)) {
            return false;
        }
        if (ctx.question().asked(LastQuestion.Topic.CHILDREN) && !ctx.question().asked(LastQuestion.Topic.PARTNER)) {
            return false; // 「何人でもかわいい」 answering a question about children is about them
        }
        UserProfile current = ctx.current();
        return ctx.question().asked(LastQuestion.Topic.PARTNER) || ctx.subjects().mentionsPartner()
                || current.relationshipStatus() != null || current.currentPartner() != null || current.idealPartner() != null;
    }

    private static int leftJapanese(Context ctx, Utterance.Sentence sentence, int first, List<int[]> masks) {
        String text = ctx.text();
        int limit = sentence.start();
        for (int[] r : masks) {
            if (r[1] <= first && r[1] > limit) {
                limit = r[1];
            }
        }
        for (Subjects.Marker marker : ctx.subjects().markers()) {
            if (marker.end() <= first && marker.end() > limit) {
                limit = marker.end();
            }
        }
        int i = first;
        while (i > limit && first - i < 10) {
            char c = text.charAt(i - 1);
            if ("、,。!！?？「」 は を".indexOf(c) >= 0) {
                break;
            }
            i--;
        }
        return i;
    }

    private static int rightJapanese(String text, Utterance.Sentence sentence, int last, List<TraitExtractor.Hit> partnerHits) {
        int limit = sentence.end();
        for (TraitExtractor.Hit hit : partnerHits) {
            if (hit.start() >= last && hit.start() < limit) {
                limit = hit.start();
            }
        }
        int i = last;
        while (i < limit && i - last < 10) {
            String rest = text.substring(i);
            if (rest.matches("(?s)^(?:[、,。!！?？]|の人|な人|人|です|がいい|が良い|が理想|かな(?:[。!！?？]|$)|な感じ|って感じ|タイプ|の方|な方|で、).*")) {
                break;
            }
            i++;
        }
        return i;
    }

    private static int leftEnglish(String lower, Utterance.Sentence sentence, int first) {
        int i = first;
        int words = 0;
        while (words < 4) {
            int j = i;
            while (j > sentence.start() && lower.charAt(j - 1) == ' ') {
                j--;
            }
            int k = j;
            while (k > sentence.start() && (Character.isLetterOrDigit(lower.charAt(k - 1)) || "'\"-".indexOf(lower.charAt(k - 1)) >= 0)) {
                k--;
            }
            if (k == j || EN_STOP.contains(lower.substring(k, j))) {
                break;
            }
            i = k;
            words++;
        }
        return i;
    }

    private static int rightEnglish(String lower, Utterance.Sentence sentence, int last) {
        Matcher m = EN_RIGHT_EXTENSION.matcher(lower.substring(last, sentence.end()));
        return m.find() ? last + m.end() : last;
    }

    /**
     * Where a cut at {@code cut} may fall without splitting a word: the tail patterns end words at
     * かな, な, の, and 穏やかな人 must keep 穏やか (Kuromoji knows the word ends after か).
     */
    private static int wordEnd(String phrase, int cut) {
        JapaneseMorphology.Token word = wordAcross(phrase, cut);
        return word == null ? cut : word.end();
    }

    /** The same for the words cut off in front (が, で, と): がっしり keeps its が. */
    private static int wordStart(String phrase, int cut) {
        JapaneseMorphology.Token word = wordAcross(phrase, cut);
        return word == null ? cut : word.start();
    }

    private static JapaneseMorphology.Token wordAcross(String phrase, int cut) {
        if (cut <= 0 || cut >= phrase.length()) {
            return null;
        }
        for (JapaneseMorphology.Token token : JapaneseMorphology.tokens(phrase)) {
            if (token.start() < cut && cut < token.end() && !token.is("助詞") && !token.is("助動詞")) {
                return token;
            }
        }
        return null;
    }

    private static String clean(String phrase, boolean japanese) {
        String p = phrase.strip();
        if (japanese) {
            Matcher lead = JA_LEADING.matcher(p);
            p = lead.find() ? p.substring(wordStart(p, lead.end())) : p;
            Matcher tail = JA_TRAILING.matcher(p);
            p = tail.find() ? p.substring(0, wordEnd(p, tail.start())) : p;
        } else {
            p = EN_LEADING.matcher(p).replaceFirst("");
            p = EN_TRAILING.matcher(p).replaceFirst("");
        }
        return p.strip();
    }
}
