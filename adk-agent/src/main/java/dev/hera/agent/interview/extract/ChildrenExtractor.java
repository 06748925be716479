package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;

/**
 * The children the user wishes for (or has): counts (子供は二人, "two kids", 一人っ子がいい, "twins"),
 * genders and names (「女の子のみおと男の子のそうま」, 「長女はさくら」, 「さくらという女の子」, "a girl named
 * Lily and a boy named Noah", "a son called Max", "my daughter Lily", "Lily for a girl").
 * <p>
 * Named children fill the gendered or counted places mentioned in the same message
 * (「女の子と男の子が欲しい。女の子はみお」 is two children, not three; 「娘が一人います。娘は12歳」
 * is one daughter). A count larger than what is known adds children with only what is known
 * (two kids → two wishes with neither gender nor name, reported in the notes as
 * {@code children_info[1]=?/?}).
 * <p>
 * How later messages fill them: {@code ProfileMerge} gives a new name to the first stored child
 * without a name whose gender does not differ, and a bare gender to the first stored child of that
 * gender (or without one), so 「男の子と女の子が欲しい」 then 「女の子はみお、男の子はそうま」 stays two
 * children. Children with neither gender nor name, however, are pruned when merged
 * ({@code ProfilePruning}), so a bare count is not remembered: the names of a later message are
 * then added as they come.
 * Orders: when a message lists several children (or gives a count), their order of mention, 1..n;
 * a single child gets no order, so a later message naming it keeps the order already stored.
 * 長女/長男 ("eldest daughter/son") say nothing about the order among all children, so they do not
 * set one.
 * 「子供はいらない」, "no kids", "don't want kids" give nothing; other people's children are ignored.
 */
final class ChildrenExtractor {

    /** @param distinct a child of its own even when one of its gender is known (長男, 次男; 男、男、女) */
    private record Mention(int start, int end, ChildGender gender, String name, int count, boolean total, boolean distinct) {

        Mention(int start, int end, ChildGender gender, String name, int count, boolean total) {
            this(start, end, gender, name, count, total, false);
        }
    }

    private static final String JA_GW = "(女の子|男の子|おんなのこ|おとこのこ|娘|息子|長女|長男|次女|次男|三女|三男|末っ子|女児|男児)";
    /** 名前, also typed in kana (「なまえは　ここあ」). */
    private static final String NAME_WORD = "(?:名前|なまえ|ナマエ)";
    private static final Pattern SAYS_NAME = Pattern.compile(NAME_WORD);
    private static final String JA_NUM = "((?<![0-9])[0-9]++|(?<![一二三四五六七八九十])[一二三四五六七八九十]++|ひと|ふた)\\s*(?:人|り)";
    private static final Pattern JA_NAMED = Pattern.compile(
            JA_GW + "(?:の|は|なら|ならば|やったら|だったら|には|って|で(?!も)|:|に(?=\\s*[「『]))\\s*(?:[、,]\\s*(?=" + NAME_WORD + "))?(?:" + NAME_WORD + "(?:は|が))?\\s*[「『]?" + Names.JA_NAME + Names.JA_END);
    private static final Pattern JA_NAME_FIRST = Pattern.compile(
            "(?:^|(?<=[はにを、,。!！\\s「]))" + Names.JA_NAME + "(?:ちゃん|くん|君)?[」』]?(?:という|って(?:いう)?)(?:名前の)?" + JA_GW);
    private static final Pattern JA_GENDER_COUNT = Pattern.compile(JA_GW + "\\s*(?:が|を|も)?\\s*" + JA_NUM);
    /** 「下二人が女の子」, 「三人とも男の子」: the count first, then the gender of those children. */
    private static final Pattern JA_COUNT_GENDER = Pattern.compile(JA_NUM + "\\s*(?:が|は|とも)\\s*" + JA_GW);
    /**
     * 「男の子と女の子ひとりずつ」, 「男女1人ずつ」, 「男と女いっこずつ」, 「男の子、女の子一個ずつ」: a boy and a girl, one each, counted in
     * persons or, casually, in things (いっこ, ひとつ).
     */
    private static final Pattern JA_EACH = Pattern.compile("(?:男の子[と、,]?女の子|女の子[と、,]?男の子|男と女|女と男|男女|息子と娘|娘と息子)(?:が|を|は)?[、,\\s]*"
            + "(?:一人|1人|ひとり|いっこ|一個|1個|1こ|ひとつ|一つ|1つ)ずつ");
    /** 「名前は、男の子がはると、女の子がひなた」, 「長女に真央、長男に拓也と名付けたい」: が or に names a child after 名前は or beside another. */
    private static final Pattern JA_NAMED_GA = Pattern.compile(JA_GW + "(?:が|に)[…‥.\\s]*" + Names.JA_NAME + Names.JA_END);
    /** 「兄貴が大和、弟が武蔵」, 「名前は兄が陸斗、妹が美桜」: the children named as each other's brothers and sisters, two or more side by side. */
    private static final Pattern JA_SIBLING_NAMED = Pattern.compile(
            "(?:^|(?<=[、,。!！\\s]|(?:名前|なまえ)は))(兄貴|兄ちゃん|お兄ちゃん|兄|弟|姉ちゃん|お姉ちゃん|姉|妹)(?:が|は)[…‥.\\s]*" + Names.JA_NAME + Names.JA_END);
    /** A comma, then the next gendered item of a list (「ひなたと、男の子の蓮」). */
    /** 「「つむぎ」と「かける」」, 「大和と、美羽」: after a name, the list of names goes on. */
    private static final Pattern NAMES_LIST_GOES_ON = Pattern.compile(
            "[」』]?\\s*(?:(?:と|、|,|・)\\s*[、,]?\\s*[「『]?|[「『])(?!男|女|息子|娘)[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final Pattern LIST_GOES_ON_JA = Pattern.compile("[、,]\\s*" + JA_GW);
    /** 「女の子がほのか、あすか、男の子がりくと」: a further name of the same gender, before the next gender or the end. */
    private static final Pattern JA_NAMED_GA_MORE = Pattern.compile(
            "^(?:さん|くん|ちゃん)?[、,]\\s*" + Names.JA_NAME + "(?:さん|くん|ちゃん)?(?=[、,]\\s*" + JA_GW + "|[。!！]|$)");
    /** 「長女がさくら」: an ordinal naming a child needs no 名前. */
    private static final Pattern JA_ORDINAL_GA = Pattern.compile("(長女|長男|次女|次男|三女|三男)が\\s*(?!い(?:て|る|た|ます|れば)|おる|おって|ほしい|欲しい|いい)" + Names.JA_NAME + Names.JA_END);
    private static final Pattern JA_TOTAL = Pattern.compile(
            "(?:子供|子ども|こども|お子さん|子)(?:は|が|を|も)?\\s*(?:できれば|やっぱり|将来|最低|理想は|理想を言えば|夢は)?[、,\\s]*" + JA_NUM);
    /**
     * A count settled on after musing: 「理想は三人…でも二人かな」, 「三人…いや、やっぱり二人」, "three would be a
     * dream, but realistically two". Only read once a count was said before it in the message.
     */
    private static final Pattern JA_SETTLED = Pattern.compile(
            "(?:でも|けど|いや|やっぱり|やっぱ|結局|現実的には|実際は)[、,\\s…]*(?:(?:私|わたし|あたし|僕|ぼく|俺|おれ|うち|自分)(?:は|的には)[、,\\s]*)?"
                    + "(?:現実的には|実際は|まあ|たぶん|やっぱり)?[、,\\s]*" + JA_NUM);
    private static final Pattern EN_SETTLED = Pattern.compile(
            "\\b(?:but|actually|realistically|probably|or)\\s+(?:(?:realistically|probably|maybe|just|more like|likely"
                    // "but we want two", "but I'd say two": the speaker's own count after someone else's
                    + "|(?:i|we)(?:'d| would| really)?\\s+(?:want|like|say|think|go for|go with|hope for|settle on|agreed on)|(?:i'm|we're) thinking"
                    + ")\\s+)*(\\d+|"
                    + Numbers.EN_NUMBER_WORD + ")\\b(?!\\s*(?:years?|months?|days?|k\\b|%|dollars|pounds|euros))");
    /** What takes back the children said before it ("no, wait", "scratch that"). */
    private static final Pattern EN_TAKEN_BACK = Pattern.compile("\\b(?:no|nah|nope)\\W{0,3}\\s*(?:wait|actually|sorry)\\b|\\bscratch that\\b|\\bno no\\b,?\\s*(?:wait|actually)\\b"
            // "yeah 2 lads. rose wants a girl tho. fine 1 lad 1 girl": a sentence that gives in, then says the children again
            + "|(?:^|[.!?]\\s*)(?:fine|ok fine|okay fine|alright|ok then|okay then|nah|fine then)\\b[,.!]*\\s+(?=(?:\\d|one|two|three|four|five|a|an|just|only|both|boys?|girls?|lads?)\\b)");
    /** What takes back a count said before it. */
    private static final Pattern SETTLING_CUE = Pattern.compile("でも|けど|いや|やっぱ|結局|現実的|実際|\\bbut\\b|\\bactually\\b|\\brealistically\\b|\\bor\\b");
    private static final Pattern JA_COUNT_ONLY = Pattern.compile(
            JA_NUM + "\\s*(?:くらい|ぐらい|ほど)?\\s*(?:欲しい|ほしい|がいい|がええ|でいい|でええ|で十分|が理想|希望|産みたい|育てたい|いたら)");
    private static final Pattern JA_COUNT_FIRST = Pattern.compile(JA_NUM + "\\s*(?:の)?(?:子供|子ども|こども|子)(?:が|を|は)?");
    private static final Pattern JA_ONLY_CHILD = Pattern.compile("一人っ子(?:が|で|に)(?:いい|良い|希望|したい|十分)");
    /** 「双子の男の子」, 「男の子の双子」: twins, of a gender when said. */
    private static final Pattern JA_TWINS = Pattern.compile("(?:" + JA_GW + "の)?双子(?:の" + JA_GW + ")?");
    /** 「末っ子の男の子」, 「一番上の女の子」: one child, its place and its gender. */
    private static final Pattern JA_PLACE_OF_GENDER = Pattern.compile("(?:末っ子|一番上|一番下|真ん中|上の子|下の子)の(男の子|女の子|息子|娘)");
    /**
     * 「子供の名前はみおとそうま」 (or 「名前は、はるととゆい」, 「候補は湊斗と結菜」, 「名前の候補は蓮と陽葵」 once the children are
     * the topic): names without genders.
     */
    private static final Pattern JA_NAMES_AFTER = Pattern.compile(
            "((?:子供|子ども|こども|子)(?:たち|達)?の)?(?:" + NAME_WORD + "(?:の候補)?|候補)(?:は|:)\\s*[、,….]*\\s*([^。!！?？]{1,40})");
    /** 「ゆいとはるとって名前にしたい」: names before 「って名前」 or 「という名前」. */
    private static final Pattern JA_NAMES_CALLED = Pattern.compile("(?:^|(?<=[、,。!！\\s]))([^。!！?？、,\\s]{1,24}?)(?:ちゃん|くん)?(?:って|という)名前");
    /** 「まこととゆうとは男の子、ひなは女の子」, 「ゆずき（女の子）」: names, then their gender. */
    private static final Pattern JA_NAMES_THEN_GENDER = Pattern.compile(
            "(?:^|(?<=[、,。!！\\s]))([^、,。!！?？\\s()]{1,20}?)(?:は|が|[(（])\\s*(男の子|女の子|男|女)(?=[)）、,。!！で\\s]|$)");
    /** 「村上 翼」, 「中村 あかり。」: a surname of kanji, a space and a given name, opening the text. */
    private static final Pattern FULL_NAME = Pattern.compile(
            "^\\s*(\\p{IsHan}{1,3}) [\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]{1,5}(?=[、,。!！\\s]|$)");

    /** Whether the names said are one person's full name: a surname the dictionary knows, a space, a given name. */
    private static boolean isFullName(String names) {
        Matcher full = FULL_NAME.matcher(names);
        return full.find() && JapaneseNameShape.isSurname(full.group(1));
    }

    /** Where a sentence of names breaks into its pieces. */
    private static final Pattern LIST_BREAK = Pattern.compile("[、,。.!！?？\\s]+");

    /**
     * Whether each piece of a sentence holds a name (「たいちとこうへい」, 「さくら、もも」): a sentence with other words in it
     * (「ばってん、部屋はぐちゃぐちゃ」, 「スーパーのパートで、年収は百五十万くらい」, 「わらしは、二人欲しい」) is no list of names,
     * though a word at its start might pass for one.
     */
    private static boolean onlyNames(String sentence) {
        for (String piece : LIST_BREAK.split(sentence.strip())) {
            if (!piece.isBlank() && Names.japaneseList(piece).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** 「名前は、男は蒼、女は結」: bare 男 and 女 name children once 名前 is said. */
    private static final Pattern JA_BARE_GENDER_NAMED = Pattern.compile(
            "(?<![\\p{IsHan}の])(男|女)(?:は|が)\\s*[「『]?" + Names.JA_NAME + Names.JA_END);
    /** 「上から男、男、女」, 「長男、次男、長女」: one child per word, in order. */
    private static final Pattern JA_GENDER_LIST = Pattern.compile(
            "(?<![\\p{IsHan}])((?:男の子|女の子|長男|次男|三男|長女|次女|三女|男|女)(?:\\s*(?:[、,・]|と(?=男|女))\\s*(?:男の子|女の子|長男|次男|三男|長女|次女|三女|男|女)){1,5})(?![\\p{IsHan}ぁ-ゖ&&[^とがのはでをも]])");
    /**
     * 「上が男で下が女」, 「上の子が大和、真ん中が武蔵、末っ子が桜」, 「ひとりは千夏、もうひとりは千秋」: children by
     * their place among siblings, in turn.
     */
    private static final String JA_POSITION = "(?:一番上|上の子|真ん中|二番目|三番目|下の子|一番下|末っ子|上|下|次"
            // 「ひとりは千夏、もうひとりは千秋」, 「一人目は…」: children counted off one by one
            + "|(?:一|ひと|1|二|ふた|2|三|3)(?:人|り)目|もう(?:ひとり|一人|1人)|ひとり|一人)";
    private static final Pattern JA_POSITION_GENDER = Pattern.compile(
            // 「三人目も男の子がいい」: this one a boy as well
            "(?:^|(?<=[、,。!！\\sらでて]))" + JA_POSITION + "(?:が|は|も)\\s*(男の子|女の子|男|女)(?![\\p{IsHan}])");
    private static final Pattern JA_POSITION_NAMED = Pattern.compile(
            "(?:^|(?<=[、,。!！\\s]))" + JA_POSITION + "(?:が|は)[…‥.\\s]*[「『]?" + Names.JA_NAME + Names.JA_END);
    /**
     * 「どっちでもいけるように陽と凛」 before 「って名前」: the words in front of a list of names are cut where
     * the first name starts (the list would otherwise keep only its last name).
     */
    private static List<String> listAfterLeadingWords(String said) {
        int and = said.lastIndexOf('と');
        if (and > 0 && and < said.length() - 1) {
            List<String> pair = Names.japaneseList(Names.trimLeadingWords(said.substring(0, and)) + "と" + said.substring(and + 1));
            if (pair.size() >= 2) {
                return pair;
            }
        }
        return Names.japaneseList(Names.trimLeadingWords(said));
    }

    /** 「もう一人は」: the next child counted off. */
    private static final Pattern ANOTHER_ONE_JA = Pattern.compile("もう(?:ひとり|一人|1人)(?:は|が)");
    /** 「一姫二太郎」: the saying for a girl first, then a boy. */
    private static final Pattern JA_GIRL_THEN_BOY = Pattern.compile("一姫二太郎");
    /** 「ひとりは」, 「一人が」: one child of several, or having only one. */
    private static final Pattern BARE_ONE = Pattern.compile("(?:ひとり|一人)(?:が|は)");
    /** A name candidate that is a place among siblings (「だから上」 before 「が女の子」). */
    private static final Pattern ENDS_IN_POSITION = Pattern.compile(JA_POSITION + "$");
    /** 「2。男と女。」: a bare number opening the answer to Hera's question about children. */
    private static final Pattern JA_BARE_COUNT_ANSWER = Pattern.compile("^\\s*([0-9]|[一二三四五六七八九])\\s*(?=[。、,!！]|$)");
    /** 「男ひとり」, 「男２人女１人」 (one count right after another) while children are the topic. */
    private static final Pattern JA_BARE_GENDER_COUNT = Pattern.compile("(?<![\\p{IsHan}&&[^人]])(男|女)\\s*" + JA_NUM);
    /** 「1人 男」, 「二人、女」: a count, then a bare gender of its own, while children are the topic. */
    private static final Pattern JA_COUNT_BARE_GENDER = Pattern.compile(JA_NUM + "(?:\\s+|[、,]\\s*)(男|女)(?=[\\s、,。!！]|$)");
    /** 「全員男の子」, 「ぜんぶ男で」: every child of one gender. */
    private static final Pattern JA_ALL_OF = Pattern.compile("(?:全員|みんな|皆|全部|ぜんぶ|二人とも|ふたりとも|三人とも|両方|どっちも|どちらも)\\s*(男の子|女の子|おとこのこ|おんなのこ|男|女)"
            // 「男ばっかり三人」, 「女の子だけ」
            + "|(?<![\\p{IsHan}])(男の子|女の子|男|女)(?:ばっかり|ばっか|ばかり|だけ)");
    /** 「四人、全員女の子」: a bare count opening the answer to Hera's question about children. */
    private static final Pattern JA_COUNT_ANSWER = Pattern.compile("^\\s*(?:うーん|えっと|そうだな|そうですね)?[、,…\\s]*(?:理想は|できれば|希望は)?[、,\\s]*" + JA_NUM + "\\s*(?=[、,。!！….\\s]|かな|で|$)");
    /** 「「蒼」にしよう」: a bracketed name in a sentence about names. */
    private static final Pattern JA_BRACKETED = Pattern.compile("[「『]([^」』]{1,10})[」』]");
    private static final Pattern JA_CLAUSE = Pattern.compile("[^、,。!！?？\\n]+");
    private static final Pattern JA_GENDER = Pattern.compile(JA_GW);
    private static final Pattern JA_GW_INSIDE = Pattern.compile("女の子|男の子|おんなのこ|おとこのこ|娘|息子|長女|長男|次女|次男|三女|三男|女児|男児");

    private static final String EN_GW = "(baby girl|baby boy|girls?|boys?|daughters?|sons?)";
    private static final Pattern EN_NAMED = Pattern.compile(
            "\\b(?:(a|an|one|our|my|the|first|second|third|1st|2nd|3rd|older|younger|eldest|oldest|youngest|little)\\s+)?" + EN_GW
                    + "\\s*,?\\s*(?:(?:maybe|probably|perhaps|possibly)\\s+)?(?:named|called|whose name is|with the name"
                    + "|name(?:\\s+(?:is|will be|would be|'d be|could be|should be))?|would be|will be|'d be|could be|is)"
                    // "Name boy is Bảo": a name with the letters of its own language
                    + "\\s+(\\p{Ll}[\\p{Ll}'-]+)");
    /** "Names... Leo and Max?", "Girls: Ivy and June": a list of names while children are the topic. */
    private static final Pattern EN_NAME_LIST = Pattern.compile(
            "(?:(?i:\\b(girls?|boys?|daughters?|sons?))\\s*:\\s*)?\\b(\\p{Lu}[\\p{Ll}'-]+(?:\\s*,\\s*\\p{Lu}[\\p{Ll}'-]+)*(?:\\s*,?\\s*(?:and|&|or)\\s+\\p{Lu}[\\p{Ll}'-]+)?)"
                    + "(?=\\s*(?:[.!?,;)—–\\p{So}-]|$))");
    private static final Pattern EN_NAME_LIST_SPLIT = Pattern.compile("\\s*,\\s*(?:and\\s+|&\\s*|or\\s+)?|\\s+(?:and|or)\\s+|\\s*&\\s*");
    /** "Arjun" as a whole sentence, "… — Matilda.": one name said alone once children are the topic. */
    private static final Pattern EN_NAME_ALONE = Pattern.compile("(?:^|[—–:-]\\s*)(\\p{Lu}[\\p{Ll}'-]+(?:\\s\\p{Lu}[\\p{Ll}'-]+)?)\\s*[.!]?[\\s\\p{So}\\x{FE0F}]*$");
    /**
     * The same in a message typed all in lower case ("one boy. milo 🧸"), where a name may have been given its capital since
     * (a name of two words only so: "one daughter only. hui min." reads "Hui Min.").
     */
    private static final Pattern EN_NAME_ALONE_LOWER = Pattern.compile(
            "(?:^|[—–:-]\\s*)([\\p{Ll}\\p{Lu}][\\p{Ll}'-]+(?:\\s\\p{Lu}[\\p{Ll}'-]+)?)\\s*[.!]?[\\s\\p{So}\\x{FE0F}]*$");
    /** "Two I reckon.", "Eventually, yeah. Two.", "maybe one": a count said alone answering a question about children. */
    private static final Pattern EN_BARE_COUNT = Pattern.compile(
            "^\\W*(?:(?:eventually|maybe|probably|perhaps|yeah|yes|yep|ideally|honestly|hmm+|um+|oh|well|i think|i'd say|i guess|definitely)\\W+)*"
                    + "(one|two|three|four|five|six|[1-6])\\b(?!\\s*(?:or|to|-|years?|months?|weeks?|days?|dogs?|cats?|more|of|times|hours?)\\b)");
    /** "Her name would be Clara" where the pronoun is a child ({@link Subjects}). */
    private static final Pattern EN_PRONOUN_NAME = Pattern.compile(
            "\\b(her|his) name(?:'s|\\s+is|\\s+would be|\\s+will be|\\s+'d be|\\s+could be|\\s+should be)\\s+([a-z][a-z'-]+)");
    private static final Pattern EN_APPOSITION = Pattern.compile(
            "(?i:\\b(?:(a|an|one|our|my|first|second|third)\\s+)?(girl|boy|daughter|son|lad|lass)(?:\\s+too|\\s+as well|\\s+first|\\s+second|\\s+next)?)\\s*(?:[,—–(-]\\s*)?"
                    + "(?i:(?:maybe|perhaps|probably|like|say)\\s+)?(" + Names.EN_CAP_WORD + ")(?=\\s*(?:,|and\\b|[.!;?)—–\\p{So}-]|$))");
    /** "we've always liked the name Caleb" once a child was the last person mentioned. */
    private static final Pattern EN_THE_NAME = Pattern.compile("\\bthe name\\s+(" + Names.EN_CAP_WORD + ")");
    /** "Rory for a boy", "Vikram for boy", "Zora if it's a girl": the name, then the child it is for. */
    private static final Pattern EN_FOR_A = Pattern.compile(
            "(" + Names.EN_CAP_WORD + ")\\s+(?i:(?:for(?:\\s+(?:a|the))?|if\\s+(?:it's|it is|they're|she's|he's|we have|we get|it turns out to be)\\s+an?)\\s+(girl|boy))");
    private static final Pattern EN_IF_A = Pattern.compile("(?i:if (?:it's|it is|we have|we get) an?\\s+(girl|boy)\\s*,?\\s*(?:then\\s+|we'd call (?:her|him)\\s+|maybe\\s+)?)(" + Names.EN_CAP_WORD + ")");
    private static final Pattern EN_COUNT = Pattern.compile(
            "\\b(\\d+|" + Numbers.EN_NUMBER_WORD + "|a couple of|a few)\\s+(?:little\\s+|more\\s+|wee\\s+)?(kids|children|child|babies|sons|daughters|boys|girls|boy|girl|son|daughter|lads|lasses|lad|lass)\\b");
    /** "two sons, Jake and Tyler", "three kids: Mia, Leo and Ava". */
    private static final Pattern EN_PLURAL_NAMED = Pattern.compile(
            "(?i:\\b(?:two|three|four|2|3|4)\\s+(sons|daughters|boys|girls|kids|children))\\s*[,:—-]?\\s*(?i:named\\s+|called\\s+)?"
                    + "(" + Names.EN_CAP_WORD + ")(?:\\s*,\\s*(" + Names.EN_CAP_WORD + "))?\\s*,?\\s*(?i:and|&)\\s+(" + Names.EN_CAP_WORD + ")");
    /** "we'd call her Grace", "name him Leo", when the sentence is about a child. */
    private static final Pattern EN_CALL = Pattern.compile("(?i:\\b(?:call|name)\\s+(her|him))\\s+(" + Names.EN_CAP_WORD + ")");
    private static final Pattern CHILD_WORDS = Pattern.compile("\\b(?:daughter|son|girl|boy|baby|kid|child)s?\\b");
    /** "i'm a girl": the speaker's own gender, right before it. */
    private static final Pattern SELF_BEFORE = Pattern.compile("\\b(?:i'm|i am|im)\\s*$");
    /** Words only a child is called (not "girl" or "boy", which a partner may be). */
    private static final Pattern CHILD_NOUNS = Pattern.compile("\\b(?:daughters?|sons?|bab(?:y|ies)|kids?|child|children)\\b");
    private static final Pattern EN_GENDER = Pattern.compile("\\b(?:a|an|one)\\s+(?:baby\\s+)?(girl|boy|daughter|son|lad|lass)\\b");
    /**
     * "a girl at work", "there's a boy in my class", "met a girl": a person the speaker knows or fancies, not a child
     * (what is before or after the gender word says so).
     */
    private static final Pattern PERSON_BEFORE = Pattern.compile("\\b(?:there's|theres|there is|there was|met|fancy|fancying|seeing|dating|this|like)\\s+$");
    private static final Pattern PERSON_AFTER = Pattern.compile(
            "^\\s+(?:at|from)\\s+(?:work|the office|school|uni|college|church|the gym|my|our|the)\\b|^\\s+(?:i|i've|i'm)\\s+(?:like|fancy|met|know|see|liked|fancied|work)\\b|^\\s+who\\b");
    /**
     * "boy or girl also can... ok girl la", "either is fine. fine, a boy", "boy or girl? let's say girl": the gender settled on
     * after both were offered.
     */
    private static final Pattern EN_EITHER = Pattern.compile("\\b(?:boy|girl|son|daughter)s?\\s+or\\s+(?:a\\s+)?(?:boy|girl|son|daughter)s?\\b|\\beither\\b");
    private static final Pattern EN_SETTLED_GENDER = Pattern.compile(
            "(?:^|[.!?,;…]\\s*)(?:ok(?:ay)?|fine|alright|let's say|let's go with|i guess|i'd say|say|maybe|probably|hmm+|then)[,.!]*\\s+(?:an?\\s+)?(girl|boy|son|daughter)\\b(?!\\s+(?:named|called|who|at|from|or)\\b)");
    /** "A little fella.", "a wee lassie", "a baby princess": a child said with an endearment, and its gender. */
    private static final Pattern EN_LITTLE_ONE = Pattern.compile(
            "\\b(?:a|an|one)\\s+(?:little|wee|baby|lil)\\s+(fella|fellow|man|lad|laddie|chap|prince|lady|lass|lassie|princess|miss)\\b");
    /** "a little girl", "a wee lad", "a baby boy": a word of endearment before a child's gender word, no part of it. */
    private static final String EN_LITTLE = "(?:(?:little|baby|wee)\\s+)?";
    /** A child's gender word, captured: boy, girl, son, daughter, lad, lass. */
    private static final String EN_CHILD_GENDER = "(boy|girl|son|daughter|lad|lass)";
    /**
     * "First boy, second girl", "Second is boy maybe", "the eldest a girl", "youngest: son": a child's gender by its
     * place among them, with or without an article (people whose first language has none leave it out).
     */
    private static final Pattern EN_ORDINAL_GENDER = Pattern.compile(
            "\\b(?:first|second|third|fourth|1st|2nd|3rd|4th|eldest|oldest|youngest|older one|younger one)(?:\\s+(?:one|child|kid|baby))?"
                    + "\\s*(?:(?:is|will be|would be|should be|could be|as|:|,|-|–)\\s*)?(?:(?:a|an)\\s+)?" + EN_LITTLE + EN_CHILD_GENDER + "\\b");
    /** "and then another girl", "one more boy", "a second girl": a child of that gender beside the ones said. */
    private static final Pattern EN_ANOTHER_GENDER = Pattern.compile(
            "\\b(?:another|one more|a second|a third|a fourth|a 2nd|a 3rd)\\s+" + EN_LITTLE + EN_CHILD_GENDER + "\\b");
    /**
     * "names Mayumi and Tala, both girls", "Leo and Max - all boys", "girls only": the children whose gender is not said
     * are of that one.
     */
    private static final Pattern EN_ALL_OF = Pattern.compile(
            "\\b(?:both(?:\\s+of\\s+them)?|all(?:\\s+of\\s+them|\\s+three|\\s+four|\\s+five)?|only|just)\\s+(?:(?:be|are)\\s+)?" + EN_LITTLE + "(girls|boys|daughters|sons|lads|lasses)\\b"
                    + "|\\b(girls|boys)\\s+only\\b");
    /**
     * "Children we want 2", "kids 1 enough", "Kids: three", "Kids, just the one I reckon": the count said after the word
     * for children (not the ages of someone's children: "my kids 5 and 7").
     */
    private static final Pattern EN_NOUN_COUNT = Pattern.compile(
            "(?<!\\bmy\\s)(?<!\\bour\\s)(?<!\\bher\\s)(?<!\\bhis\\s)(?<!\\btheir\\s)(?<!'s\\s)\\b(?:kids|children)\\b\\s*(?:[:?,.!—–-]+\\s*)*"
                    + "(?:(?:we|i)(?:'d|\\s+would)?\\s+(?:want|like|hope for|plan on|plan for|say|think)\\s+|(?:yeah|yes|yep|maybe|probably|ideally|definitely)[,!.]*\\s+)?"
                    + "(\\d|one|two|three|four|five|six|(?:just|only)\\s+the\\s+one)\\b"
                    + "(?!\\s*(?:years?|yrs?|months?|weeks?|days?|(?:and|&)\\s+\\d|or\\b|-|to\\b|of\\b|more\\b|%|k\\b|dogs?|cats?|times))");
    /**
     * "For the daughter we like the name Fatima", "for boy we thought Aadhav", "for a girl, maybe Nila": the name chosen
     * for a child of that gender.
     */
    private static final Pattern EN_FOR_GENDER_NAME = Pattern.compile(
            "(?i:\\bfor\\s+(?:a|the|our|my)?\\s*(boy|girl|son|daughter|lad|lass)\\b\\s*[,:—–-]?\\s*"
                    + "(?:(?:we|i)(?:'d|'re|'ve|'m|\\s+would|\\s+will|\\s+are|\\s+am|\\s+have)?\\s+(?:really\\s+)?(?:like|love|liked|loved|thought|think|thinking|thinking of|picked|chose|want|go with|say|had|have)\\s+(?:of\\s+)?(?:the\\s+name\\s+)?"
                    + "|(?:it's|it is|it'd be|it would be|maybe|probably|perhaps)\\s+)?)"
                    + "(" + Names.EN_CAP_WORD + ")\\b");
    /** "twin girls": two of that gender. */
    private static final Pattern EN_TWIN_GENDER = Pattern.compile("\\btwin\\s+(girls|boys|daughters|sons)\\b");
    /** A name of a list, in any case once children are the topic ("hudson", "Chloé", "Wyatt Jr"). */
    private static final String EN_LIST_NAME = "\\p{L}[\\p{L}'-]+(?:\\s+[Jj]r\\.?)?";
    private static final String EN_LIST = "(" + EN_LIST_NAME + "(?:\\s*,\\s*" + EN_LIST_NAME + ")*\\s*,?\\s*(?:and|&)\\s+" + EN_LIST_NAME + ")";
    /** "two boys, Jack and Wes", "Girls. Names Mere and Ngaio", "all boys lol. names: dom jr, anthony, vinny, and sal". */
    private static final Pattern EN_GENDERED_LIST = Pattern.compile(
            "(?i:\\b(boys|girls|sons|daughters|lads|lasses)\\b)([^.!?]{0,12}?[\\s,:.—–-]+(?i:(?:names?|named|called)\\s*[:.…]*\\s*)?)" + EN_LIST);
    /**
     * "Name... Faith", "name would be River", "names: sofia, isabella and mateo" while children are the topic; in
     * "name him... lachlan" the pronoun is whom the name is for, not the name, and in "no names yet", "names tbd" the
     * word says that none is chosen.
     */
    private static final Pattern EN_NAMES_SAID = Pattern.compile(
            "(?i:\\bnames?)(?:\\s*[:.…]+\\s*|\\s+(?:is|are|would be|will be|'d be)\\s+|\\s+(?=\\p{Lu})|\\s+(?=\\p{Ll}[\\p{L}'-]+\\s*(?:[,.!?;]|$)))"
                    + "(?!(?i:him|her|them|it|me|us|yet|tbd|tba|pending|later|undecided|none|idk)\\b)(?:" + EN_LIST + "|(" + EN_LIST_NAME + "))");
    /**
     * "Noah and Ethan are the boys", "Mia's our girl", "Ama is a girl, Kofi and Yaw are boys", "Chidera and Kamsi are for
     * the girls", "tiwa na girl" (Pidgin's copula): names, then the gender they are.
     */
    private static final Pattern EN_NAMES_ARE = Pattern.compile(
            "(" + EN_LIST_NAME + "(?:\\s*,\\s*" + EN_LIST_NAME + ")*(?:\\s*,?\\s*(?:and|&)\\s+" + EN_LIST_NAME + ")?)(?:\\s+(?:are|is|na)(?:\\s+for)?|'s)\\s+(?:(?:the|our|my|a|an)\\s+)?"
                    + "(?i:(boys?|girls?|sons?|daughters?))\\b(?!\\s+(?:i|i've|i'm|who|that|from|at|in|with)\\b|'s)");
    /**
     * What may close a name and its gender: a mark, "and", the end, an emoji, a word of certainty ("Ira girl obviously",
     * "Veer boy hopefully") or the next name and its gender ("Ira girl Veer boy"); not "or girl" nor "next door".
     */
    private static final String EN_GENDER_CLOSED = "(?=\\s*(?:[,;.!?…]|and\\b|n\\s|$|[\\p{So}\\x{FE0F}])"
            + "|\\s+(?:of course|obviously|ofc|for sure|probably|hopefully|maybe|lol|haha|then|too|i think)\\b"
            + "|\\s+(?!or\\b)\\p{L}[\\p{L}-]+\\s+(?:(?:the|a|an)\\s+)?(?i:boy|girl|son|daughter)s?\\b)";
    /**
     * "… and Theo the boy", "Mateo boy, Sofía girl", "Ira girl Veer boy obviously": a name and its gender side by side,
     * opening a clause (or after the pair before it) and closing it, once children are the topic. Without an article the
     * name must be one said already ("2 lang po. Isang boy": a word of another language before the gender).
     */
    private static final Pattern EN_NAME_THEN_GENDER = Pattern.compile(
            "(?:^|(?<=[,;.!?:]\\s{0,3})|(?<=\\band\\s)|(?<=\\b(?i:boy|girl|son|daughter)\\s))(\\p{L}[\\p{L}-]+)\\s+(?:(the|a|an)\\s+)?"
                    + "(?i:(boy|girl|son|daughter))\\b" + EN_GENDER_CLOSED);
    /**
     * "Kai and Nalu boys, Malia girl", "kai n nalu boys": names said already, then the one gender they share, without a
     * verb.
     */
    private static final Pattern EN_NAMES_THEN_GENDER = Pattern.compile(
            "(?:^|(?<=[,;.!?:]\\s{0,3})|(?<=\\band\\s))(" + EN_LIST_NAME + "(?:\\s*,\\s*" + EN_LIST_NAME + ")*\\s*,?\\s*(?:and|&|n)\\s+" + EN_LIST_NAME + ")"
                    + "\\s+(?:(?:both|all)\\s+)?(?i:(boys|girls|sons|daughters))\\b" + EN_GENDER_CLOSED);
    /** "Paul is the boy", "tiwa na girl": the words before a gender word that make it what someone is, not a new child. */
    private static final Pattern GENDER_AS_PREDICATE = Pattern.compile("\\b(?:is|are|'s|na)\\s+(?:(?:the|our|my)\\s*)?$");
    /** "Rory and Finn for the boys". */
    private static final Pattern EN_NAMES_FOR = Pattern.compile(
            "(\\p{Lu}[\\p{Ll}'-]+\\s+and\\s+\\p{Lu}[\\p{Ll}'-]+)\\s+(?i:for\\s+the\\s+(girls|boys))");
    private static final Pattern EN_LIST_SPLIT = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|&\\s+)?|\\s+and\\s+|\\s*&\\s*|\\s+n\\s+)");
    private static final Pattern LIST_GOES_ON = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|&\\s*)?\\p{Lu}|,?\\s*(?:and|&|n)\\s+\\p{Lu})");
    private static final Pattern EN_GENDER_WORD = Pattern.compile("(?i:\\b(?:boys?|girls?|sons?|daughters?|lad|lass)\\b)");
    private static final Pattern EN_PLACE_BEFORE = Pattern.compile("(?i:\\b(?:from|in|near|live in|living in|based in|outside|around)\\s*)$");
    /** "one of each", "a boy and a girl", "boy n girl", "1 boy 1 girl", "one lad one lass". */
    private static final Pattern EN_EACH = Pattern.compile("\\bone of each\\b|\\b(?:an?\\s+|one\\s+|1\\s+)?(?:(?:boy|lad) (?:and|n|&|an'|\\+) (?:a |one |1 )?(?:girl|lass)"
            + "|(?:girl|lass) (?:and|n|&|an'|\\+) (?:a |one |1 )?(?:boy|lad)|(?:one|1) (?:boy|lad),? (?:one|1) (?:girl|lass)|(?:one|1) (?:girl|lass),? (?:one|1) (?:boy|lad))\\b");
    private static final Pattern EN_TWINS = Pattern.compile("\\btwins\\b");
    private static final Pattern EN_ONLY_CHILD = Pattern.compile("\\b(?:just one|only one|one)\\s+(?:kid|child|baby)\\b|\\ban only child\\b");
    private static final Pattern NOT_WANTED = Pattern.compile(
            "いらない|要らない|欲しくない|ほしくない|望んでいない|作らない|don't want (?:any )?(?:kids|children)|no (?:kids|children)\\b|not (?:want|planning) (?:any )?(?:kids|children)|never want");
    /**
     * "I've got two kids with my ex, Liam and Chloe", "I have a daughter from my first marriage": children the
     * user has already, with someone before, are no wish.
     */
    private static final Pattern ALREADY_HAVE = Pattern.compile(
            "\\b(?:i've got|i have got|i've|i have|i got|we've got|we have)\\s+(?:\\w+\\s+)?(?:kids?|children|child|sons?|daughters?|boys?|girls?)\\b"
                    + "[^.!?]*?\\b(?:with my ex|from my (?:ex|first|last|previous|former)\\b|from (?:a|my) previous|already)"
                    // "My real children, Paul and Sarah, are grown": the user's children now, beside the ones imagined
                    + "|\\bmy\\s+(?:real|actual|grown|grown-up)\\s+(?:kids|children|sons|daughters)\\b"
                    + "|\\bmy\\s+(?:\\w+\\s+)?(?:kids|children|sons|daughters)\\b[^.!?]*?\\b(?:are|were)\\s+(?:all\\s+)?(?:grown|adults)\\b");
    /**
     * 「娘の美帆はもうおるけえ」, 「娘が一人おるけど、もう嫁いどる」, 「大学生の息子がいます。」, 「息子がすでにいて」, 「もう娘いるけど」
     * (no particle, as typed), 「娘はもう成人してる」, 「連れ子の娘さんがもう大人」: a child the person has already, said in its
     * clause with the verb of being and a もう/すでに, a concession after it, the sentence ending on it, or grown up
     * already; not 「男の子が二人いて、女の子もいる家庭が理想」 nor 「男の子がいたらいいな」.
     */
    private static final Pattern JA_EXISTING_AFTER = Pattern.compile(
            "^(?:[^、,。!！?？「」]{0,8}?(?:が|は|も)|(?<=[0-9一二三]人|ひとり|ふたり)|)[、,\\s]*(?:(?:もう|既に|すでに)\\s*(?:[0-9一二三]人|ひとり|ふたり)?\\s*(?:おる|いる|いて|います|おります|おって|いてる|おんねん)"
                    + "|(?:もう|既に|すでに)\\s*(?:大人|成人|社会人|大学生|高校生|働いて|嫁い|結婚して|独立して|巣立っ|家を出)"
                    + "|(?:[0-9一二三]人|ひとり|ふたり)?\\s*(?:おる|いる|います|おります|いてる|おるん(?:です|や)?)(?:けど|けれど|けえ|けん|が[、,]|ので|から|[。!！]|$)"
                    + "|(?:[0-9一二三]人|ひとり|ふたり)?\\s*(?:いて|おって)(?:[、,]\\s*)?もう)");
    /**
     * "we've two grown up already", "two teens, Jake and Emily", "a son from his first marriage", "already raised three":
     * a clause about children the person has now.
     */
    private static final Pattern EN_HAD = Pattern.compile("\\balready\\b|\\bgrown(?:[- ]?up)?\\b|\\bteen(?:s|agers?)\\b|\\braised\\b"
            + "|\\bfrom (?:my|his|her|our|their|a) (?:first|previous|last|former|other|old) (?:marriage|relationship)\\b|\\bfrom my ex\\b");
    /**
     * A wish for children or for their names: "we want", "let's say", "one more", "for the game". Said in the clause with
     * "already", it makes that clause one of the wish ("we have names picked for the first two already", "I already know
     * I want three"); said elsewhere in the message, it is the wish beside the children one has.
     */
    private static final Pattern EN_WISH_CUE = Pattern.compile("\\b(?:want|wants|wanted|would|'d|hope|dream|plan|let's|say|count|imagine|"
            + "names?|named|picked|chosen|decided|know|mind|more|next|another|own|game)\\b");
    /**
     * Where an English clause ends inside a sentence: "…, but for the game one more", "…; we want", "one son already
     * (Daan, 4), we want one more", "…, and we'd like two more".
     */
    private static final Pattern EN_CLAUSE_END = Pattern.compile(
            ";|,?\\s+(?:but|so|though|although)\\b|,\\s*(?:and\\s+)?(?=(?:we|i|he|she|they)(?:'d|'ve|'re|'ll)?\\s)");
    /** "I already have a son, Oliver, and I'd love a daughter too": a wish that adds to the children one has, who count. */
    private static final Pattern EN_WISH_BESIDE = Pattern.compile("\\b(?:too|also|as well)\\b");
    /** "let's say one more", "we'd like two more": the children wished beside the ones the person has. */
    private static final Pattern EN_MORE_COUNT = Pattern.compile("\\b(one|two|three|four|[1-4])\\s+more\\b");
    /** A wish for children said somewhere in the message (「できれば男の子」 too): then a child one has already is not one of them. */
    private static final Pattern JA_WISH_CUE = Pattern.compile("ほし|欲し|がいい|がええ|でいい|でええ|いたら|おったら|希望|理想|夢|なら|望|たい|できれば|できたら");
    /**
     * 「5歳の息子の蒼空と二人暮らし」, 「娘に勧められて始めました」, 「息子は那覇の大学に行ってて」, 「前の結婚で子どもが二人いるんですが」,
     * 「娘の由香は東京で所帯を持っております」, 「小学3年生の男の子」: what is told of a child the person has now (its age, its
     * school, a marriage before, living together, the child doing something, the verb of being said of it).
     */
    private static final Pattern JA_CHILD_ONE_HAS = Pattern.compile(
            "[0-9０-９一二三四五六七八九十]+(?:歳|才|か月|ヶ月)の(?:息子|娘|男の子|女の子|子)|(?:小学|中学|高校)[0-9一二三四五六]年|(?:小学|中学|高校|大学)生の(?:息子|娘|男の子|女の子|子)"
                    + "|(?:大学|学校|保育園|幼稚園)に(?:行って|通って|入っ)|前の(?:結婚|奥さん|旦那|夫|妻|嫁|彼)|連れ子"
                    + "|元(?:夫|妻|旦那|嫁)との|暮らし|所帯|家を出|独立し|嫁い|(?:息子|娘|子供|子ども|こども)(?:に|から)(?:勧め|すすめ|薦め|言われ|教え|頼ま|誘わ)"
                    + "|(?:子供|子ども|こども|子|息子|娘|男の子|女の子)(?:が|は|も)?\\s*(?:[0-9一二三]人|ひとり|ふたり)?\\s*(?:おる|いる|いて|います|おります|おって|いてる|おった|いた|いました)(?!ら)");
    /**
     * A wish said in the message, beyond {@link #JA_WISH_CUE}: 「生まれたら」, 「できれば」, 「いつか」, 「子どもが二人いる家庭に憧れる」.
     * Without one, and when Hera asked nothing of the children, a child told of as one the person has is no wish.
     */
    private static final Pattern JA_WISH_BESIDE_CUE = Pattern.compile("たら|れば|憧れ|あこがれ|家庭|将来|いつか|予定|つもり");
    /** A child beyond the ones named: "a third", "another one", "one more". */
    private static final Pattern ANOTHER_CHILD = Pattern.compile("\\b(?:a|the)\\s+(?:third|fourth|fifth|last|next)\\b|\\banother\\b|\\bone more\\b");
    private static final Pattern WANT = Pattern.compile("欲しい|ほしい|がいい|want|would like|'d like|'d love|hope|dream|plan|いたら|希望|理想");

    /** 「男の子でもいい」, 「女の子でも構わない」: a gender that would do, not one wished for. */
    private static final Pattern CONCESSION = Pattern.compile("\\s*でも(?:いい|良い|ええ|構わ|かまわ|大丈夫|OK|ok)"
            // 「男の子もかわいいけど…やっぱ女の子」: granted, then the wish
            + "|\\s*も(?:かわいい|可愛い|いい|良い|ええ)けど");
    /** 「男の子でも女の子でも」: either gender, neither wished for. */
    private static final Pattern EITHER_AFTER = Pattern.compile("\\s*でも[、,\\s]*(?:男の子|女の子|おとこのこ|おんなのこ|男|女)");
    private static final Pattern EITHER_BEFORE = Pattern.compile("(?:男の子|女の子|おとこのこ|おんなのこ|男|女)\\s*でも[、,\\s]*$");
    /** 「男の子と」 right before a gender word: the gender word closes a list of children's genders. */
    private static final Pattern GENDER_LIST_BEFORE = Pattern.compile("(?:男の子|女の子|おとこのこ|おんなのこ|息子|娘|男|女)\\s*(?:と|、|,|・)\\s*$");
    private static final Pattern GENDER_WORD = Pattern.compile("男の子|女の子|おとこのこ|おんなのこ|長男|次男|三男|長女|次女|三女|男|女");

    private ChildrenExtractor() {
    }

    static List<ChildWish> extract(Context ctx) {
        String text = ctx.text();
        String lower = ctx.lower();
        List<Mention> mentions = new ArrayList<>();
        Matcher m = JA_NAMED.matcher(text);
        while (m.find()) {
            // 「女の子のひなたと、男の子の蓮」: the と before the comma joins the list
            boolean listGoesOn = LIST_GOES_ON_JA.matcher(text).region(m.end(2), text.length()).lookingAt();
            String name = name(listGoesOn ? Names.withoutListTo(m.group(2)) : m.group(2));
            // 「女の子と男の子で、名前は「つむぎ」と「かける」」: the gender closes a list of genders and the names are a list
            // too, so they go to the children in the order said, not all to the last gender
            boolean quoted = m.group().indexOf('「') >= 0 || m.group().indexOf('『') >= 0;
            if (quoted && GENDER_LIST_BEFORE.matcher(text).region(0, m.start(1)).find() && NAMES_LIST_GOES_ON.matcher(text).region(m.end(2), text.length()).lookingAt()) {
                continue;
            }
            // 「海（かい）」: a reading in brackets says it is a name
            boolean saysName = SAYS_NAME.matcher(m.group()).find() || m.group().indexOf('「') >= 0 || m.group().indexOf('『') >= 0
                    || Names.READING.matcher(text).region(m.end(), text.length()).lookingAt();
            if (name == null) {
                // 「女の子はあんとめい」: two names of that gender; after 「男の子と女の子で」 the names go
                // to the children in the order said, each its own gender
                List<String> names = Names.japaneseList(m.group(2));
                boolean ofAGenderList = GENDER_LIST_BEFORE.matcher(text).region(0, m.start(1)).find();
                for (int i = 0; names.size() >= 2 && i < names.size(); i++) {
                    mentions.add(new Mention(m.start(2) + i, m.start(2) + i + 1, ofAGenderList ? null : jaGender(m.group(1)), names.get(i), 1, false));
                }
            } else if (!saysName && Names.alsoAnEverydayWord(name)) {
                ctx.doubt(NameCheck.Whose.child(jaGender(m.group(1))), name); // 「男の子なら海がいいな」: ask
            } else if (name != null) {
                mentions.add(new Mention(m.start(), m.end(2), jaGender(m.group(1)), name, 1, false));
            }
        }
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            // 「男の子が空で、女の子が海」: names side by side, or said after 名前
            boolean names = SAYS_NAME.matcher(sentence.text()).find();
            // 「男の子が朝陽、女の子は夕夏」: が and は side by side
            long parallel = JA_NAMED_GA.matcher(sentence.text()).results().count()
                    + (names ? 0 : JA_NAMED.matcher(sentence.text()).results().count());
            if (names || parallel >= 2) {
                addGenderedNames(mentions, JA_NAMED_GA, sentence);
            }
            // 「男は大翔、女は陽菜」: two of them side by side name the children as well as 名前 does
            long bareParallel = JA_BARE_GENDER_NAMED.matcher(sentence.text()).results().count();
            if (names || bareParallel >= 2) {
                addGenderedNames(mentions, JA_BARE_GENDER_NAMED, sentence);
            }
            if (names) {
                m = JA_BRACKETED.matcher(sentence.text());
                while (m.find()) {
                    String name = name(m.group(1));
                    Subject subject = ctx.subjects().at(sentence.start() + m.start());
                    // 「名前は…あやねが「晴」がええ言うとる」: answering about the children, the partner may choose the name
                    boolean asked = ctx.question().asked(LastQuestion.Topic.CHILDREN) && (subject == Subject.USER
                            || subject == Subject.PARTNER && !ctx.question().asked(LastQuestion.Topic.PARTNER) && !isPartnersName(ctx, name));
                    if (name != null && (subject == Subject.CHILD || asked)) {
                        mentions.add(new Mention(sentence.start() + m.start(1), sentence.start() + m.end(1), null, name, 1, false));
                    }
                }
            }
        }
        boolean kana = PartnerExtractor.isJapanese(text);
        boolean childTopic = kana && (ctx.question().asked(LastQuestion.Topic.CHILDREN) || ctx.subjects().markers().stream()
                .anyMatch(marker -> marker.subject() == Subject.CHILD));
        if (childTopic) {
            // 「女の子二人で、りんとゆな！」: a clause that is only names, two or more (a partner is one person)
            m = JA_CLAUSE.matcher(text);
            while (m.find()) {
                String clause = m.group();
                boolean japanese = PartnerExtractor.isJapanese(clause) && clause.chars().noneMatch(c -> c < 0x80 && Character.isLetter(c));
                // (answering Hera's question about the children, the partner said in the clause is who the names were chosen with)
                boolean partners = ctx.subjects().at(m.start()) == Subject.PARTNER && !ctx.question().asked(LastQuestion.Topic.CHILDREN);
                if (!japanese || SAYS_NAME.matcher(clause).find() || JA_GW_INSIDE.matcher(clause).find() || partners) {
                    continue;
                }
                List<String> names = Names.japaneseList(clause);
                if (names.size() >= 2 && names.stream().allMatch(name -> name(name) != null && !isPartnersName(ctx, name(name)))) {
                    addNames(mentions, m.start(), m.end(), names);
                }
            }
            // 「男の子ふたり。龍之介と、虎太郎」: a sentence that is only names, said apart by commas
            for (Utterance.Sentence sentence : ctx.utterance().sentences) {
                String said = sentence.text();
                if (said.indexOf('、') < 0 && said.indexOf(',') < 0 || SAYS_NAME.matcher(said).find() || JA_GW_INSIDE.matcher(said).find()
                        || ctx.subjects().at(sentence.start()) == Subject.PARTNER || said.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c))) {
                    continue;
                }
                List<String> names = Names.japaneseList(said);
                if (names.size() >= 2 && names.stream().allMatch(name -> name(name) != null)
                        && JA_CLAUSE.matcher(said).results().count() == names.size()) {
                    addNames(mentions, sentence.start(), sentence.end(), names);
                }
            }
            for (Utterance.Sentence sentence : ctx.utterance().sentences) {
                trailingNames(ctx, sentence, mentions);
                if (JA_SIBLING_NAMED.matcher(sentence.text()).results().count() >= 2) {
                    addGenderedNames(mentions, JA_SIBLING_NAMED, sentence);
                }
            }
            m = JA_NAMES_THEN_GENDER.matcher(text);
            while (m.find()) {
                List<String> names = Names.japaneseList(m.group(1));
                for (int i = 0; i < names.size(); i++) {
                    String name = name(names.get(i));
                    if (name != null && !ENDS_IN_POSITION.matcher(name).find()) {
                        mentions.add(new Mention(m.start(1) + i, m.start(1) + i + 1, jaGender(m.group(2)), name, 1, false));
                    }
                }
            }
            m = JA_GENDER_LIST.matcher(text);
            while (m.find()) {
                Matcher word = GENDER_WORD.matcher(m.group(1));
                while (word.find()) {
                    int at = m.start(1) + word.start();
                    mentions.add(new Mention(at, m.start(1) + word.end(), jaGender(word.group()), null, 1, false, true));
                }
            }
            m = JA_POSITION_GENDER.matcher(text);
            while (m.find()) {
                mentions.add(new Mention(m.start(), m.end(), jaGender(m.group(1)), null, 1, false, true));
            }
            m = JA_POSITION_NAMED.matcher(text);
            while (m.find()) {
                String name = name(m.group(1));
                // 「一人は嫌だ」 is about having one child: a bare ひとり names a child only where names are spoken of
                boolean countedOff = BARE_ONE.matcher(m.group()).lookingAt();
                String sentenceText = ctx.utterance().sentenceAt(m.start()).text();
                // 「一人は真由、もう一人は…」: counting the children off names them, 名前 said or not
                if (countedOff && !SAYS_NAME.matcher(sentenceText).find() && !ANOTHER_ONE_JA.matcher(sentenceText).find()) {
                    continue;
                }
                if (name != null && !GENDER_WORD.matcher(name).lookingAt()) {
                    mentions.add(new Mention(m.start(), m.end(1), null, name, 1, false));
                }
            }
            m = JA_COUNT_BARE_GENDER.matcher(text);
            while (m.find()) {
                Integer count = Numbers.count(m.group(1));
                if (count != null && count > 0 && count <= 10) {
                    mentions.add(new Mention(m.start(), m.end(), jaGender(m.group(2)), null, count, false));
                }
            }
            m = JA_BARE_GENDER_COUNT.matcher(text);
            while (m.find()) {
                Integer count = Numbers.count(m.group(2));
                if (count != null && count > 0 && count <= 10) {
                    mentions.add(new Mention(m.start(), m.end(), jaGender(m.group(1)), null, count, false));
                }
            }
        }
        m = JA_ORDINAL_GA.matcher(text);
        while (m.find()) {
            String name = name(m.group(2));
            if (name != null && Names.alsoAnEverydayWord(name)) {
                ctx.doubt(NameCheck.Whose.child(jaGender(m.group(1))), name);
            } else if (name != null) {
                mentions.add(new Mention(m.start(), m.end(2), jaGender(m.group(1)), name, 1, false));
            }
        }
        m = JA_NAME_FIRST.matcher(text);
        while (m.find()) {
            String name = name(Names.trimLeadingWords(m.group(1)));
            if (name != null) {
                mentions.add(new Mention(m.start(), m.end(), jaGender(m.group(2)), name, 1, false));
            }
        }
        m = JA_NAMES_AFTER.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            // 「名前は妻と相談中ですが、候補は湊斗と結菜です」: where no name follows, a later 候補 or 名前 may say them
            from = m.end();
            Subject subject = ctx.subjects().at(m.start());
            // Hera may have asked about the partner and the children at once: a name said while
            // talking about the partner (「理想の相手は…名前はけんた」) is the partner's.
            // after Hera asked about the children (「お子さんは？」), a name said without another subject is a child's
            boolean children = m.group(1) != null || subject == Subject.CHILD
                    || (ctx.question().asked(LastQuestion.Topic.CHILD_NAMES) || ctx.question().asked(LastQuestion.Topic.CHILDREN))
                            && subject != Subject.PARTNER && !ctx.question().asked(LastQuestion.Topic.PARTNER_NAME)
                            && !ctx.question().asked(LastQuestion.Topic.USER_NAME);
            List<String> names = JA_GW_INSIDE.matcher(m.group(2)).find() ? List.of() : Names.japaneseList(m.group(2));
            if (names.isEmpty()) {
                from = m.start(2);
                continue;
            }
            // 「名前は「楓」「椿」「桜」」: names read already where they stand in their brackets keep their places in the order
            int start = m.start(2);
            int end = m.end(2);
            boolean quoted = m.group(2).indexOf('「') >= 0 || m.group(2).indexOf('『') >= 0;
            if (quoted && names.stream().allMatch(n -> mentions.stream()
                    .anyMatch(k -> k.name() != null && k.name().equals(name(n)) && k.start() >= start && k.end() <= end))) {
                continue;
            }
            // two names or more are children: a partner is one person, and so is a surname and a given name
            if (children || names.size() >= 2 && subject != Subject.OTHER && !isFullName(m.group(2))) {
                addNames(mentions, m.start(2), m.end(2), names);
            }
        }
        m = JA_NAMES_CALLED.matcher(text);
        while (m.find()) {
            Subject subject = ctx.subjects().at(m.start());
            List<String> names = Names.japaneseList(m.group(1)); // 「ゆいとはると」 keeps its と
            names = names.isEmpty() ? listAfterLeadingWords(m.group(1)) : names;
            // 「栞という名前をつけたい」 answering Hera's question about children is a child's name
            boolean answersChildren = subject == Subject.USER && ctx.question().asked(LastQuestion.Topic.CHILDREN);
            if (subject == Subject.CHILD || (names.size() >= 2 || answersChildren) && subject != Subject.OTHER) {
                addNames(mentions, m.start(1), m.end(1), names);
            }
        }
        if (ctx.question().asked(LastQuestion.Topic.CHILD_NAMES) && ctx.utterance().sentences.size() <= 3) {
            // 「男の子二人。たいちとこうへい」: the first sentence that is only names
            for (Utterance.Sentence sentence : ctx.utterance().sentences) {
                // an emoji is no Japanese: "Single. My colleague keeps showing me her kids 🙄" holds no names
                boolean japanese = PartnerExtractor.isJapanese(sentence.text());
                // 「あや。優しい。」 after Hera asked the partner's name with the children's, the answer taken as about the
                // partner; 「おれは、人前さ出ると…」 the speaker's own: neither sentence names children
                Subject about = ctx.subjects().at(sentence.start());
                if (about == Subject.PARTNER || about == Subject.OTHER
                        || ctx.subjects().hasMarker(Subject.USER, sentence.start(), sentence.end())) {
                    continue;
                }
                List<String> names = japanese && !JA_GW_INSIDE.matcher(sentence.text()).find() && !SAYS_NAME.matcher(sentence.text()).find()
                        ? Names.japaneseList(sentence.text()) : List.of();
                if (!names.isEmpty() && onlyNames(sentence.text())) {
                    addNames(mentions, sentence.start(), sentence.end(), names);
                    break;
                }
            }
        }
        m = JA_GIRL_THEN_BOY.matcher(text);
        // the saying alone says who; cited beside the genders (「一姫二太郎っていうし、上が女の子で下が男の子」) it adds no one
        while (m.find() && !JA_GENDER.matcher(text).find()) {
            mentions.add(new Mention(m.start(), m.start() + 2, ChildGender.GIRL, null, 1, false));
            mentions.add(new Mention(m.start() + 2, m.end(), ChildGender.BOY, null, 1, false));
        }
        m = JA_EACH.matcher(text);
        while (m.find()) {
            boolean boyFirst = m.group().startsWith("男") || m.group().startsWith("息子");
            // two mentions over (almost) the whole phrase, so the 男の子 and 女の子 inside it are not counted again
            mentions.add(new Mention(m.start(), m.end() - 1, boyFirst ? ChildGender.BOY : ChildGender.GIRL, null, 1, false));
            mentions.add(new Mention(m.start() + 1, m.end(), boyFirst ? ChildGender.GIRL : ChildGender.BOY, null, 1, false));
        }
        m = JA_GENDER_COUNT.matcher(text);
        while (m.find()) {
            Integer count = Numbers.count(m.group(2));
            if (count != null && count > 0 && count <= 10) {
                mentions.add(new Mention(m.start(), m.end(), jaGender(m.group(1)), null, count, false));
            }
        }
        m = JA_COUNT_GENDER.matcher(text);
        while (m.find()) {
            Integer count = Numbers.count(m.group(1));
            if (count != null && count > 0 && count <= 10) {
                mentions.add(new Mention(m.start(), m.end(), jaGender(m.group(2)), null, count, false));
            }
        }
        m = JA_PLACE_OF_GENDER.matcher(text);
        while (m.find()) {
            mentions.add(new Mention(m.start(), m.end(), jaGender(m.group(1)), null, 1, false, true));
        }
        m = JA_TWINS.matcher(text);
        while (m.find()) {
            String said = m.group(1) != null ? m.group(1) : m.group(2);
            ChildGender gender = said == null ? null : jaGender(said);
            mentions.add(new Mention(m.start(), m.end(), gender, null, 2, gender == null));
        }
        m = JA_TOTAL.matcher(text);
        while (m.find()) {
            addTotal(mentions, m.start(), m.end(), Numbers.count(m.group(1)));
        }
        m = JA_COUNT_ONLY.matcher(text);
        while (m.find()) {
            if (ctx.subjects().at(m.start()) == Subject.CHILD || ctx.question().asked(LastQuestion.Topic.CHILDREN)) {
                addTotal(mentions, m.start(), m.end(), Numbers.count(m.group(1)));
            }
        }
        if (ctx.question().asked(LastQuestion.Topic.CHILDREN)) {
            m = JA_COUNT_ANSWER.matcher(text);
            if (m.find()) {
                addTotal(mentions, m.start(1), m.end(), Numbers.count(m.group(1)));
            } else if ((m = JA_BARE_COUNT_ANSWER.matcher(text)).find()) {
                addTotal(mentions, m.start(1), m.end(), Numbers.count(m.group(1)));
            }
        }
        m = JA_COUNT_FIRST.matcher(text);
        while (m.find()) {
            addTotal(mentions, m.start(), m.end(), Numbers.count(m.group(1)));
        }
        m = JA_ONLY_CHILD.matcher(text);
        while (m.find()) {
            addTotal(mentions, m.start(), m.end(), 1);
        }
        m = JA_GENDER.matcher(text);
        while (m.find()) {
            if (speakerDescribed(text, m.start())) {
                continue; // 「19歳の女の子でーす」 is the person typing
            }
            if (CONCESSION.matcher(text).region(m.end(), text.length()).lookingAt()
                    || EITHER_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                    || EITHER_BEFORE.matcher(text).region(0, m.start()).find()) {
                continue; // 「全員女の子でもいいくらい」, 「男の子でも女の子でも」: a girl would do too, no wish for one
            }
            boolean ordinal = m.group(1).length() == 2 && "長次三".indexOf(m.group(1).charAt(0)) >= 0;
            mentions.add(new Mention(m.start(), m.end(), jaGender(m.group(1)), null, 1, false, ordinal));
        }
        english(ctx, lower, text, mentions);
        alternatives(text, mentions);
        takenBack(lower, mentions);
        settled(text, lower, mentions);
        return allOfOneGenderEnglish(ctx, allOfOneGender(text, assemble(ctx, mentions)));
    }

    /** "names Mayumi and Tala, both girls": the children whose gender is not said are of the one said of them all. */
    private static List<ChildWish> allOfOneGenderEnglish(Context ctx, List<ChildWish> children) {
        if (children == null || children.stream().allMatch(child -> child.desiredGender() != null)) {
            return children;
        }
        Matcher m = EN_ALL_OF.matcher(ctx.lower());
        while (m.find()) {
            if (ctx.subjects().at(m.start()) == Subject.OTHER || ctx.subjects().ownerAt(m.start()) == Subject.OTHER) {
                continue;
            }
            ChildGender gender = enGender(m.group(1) != null ? m.group(1) : m.group(2));
            return children.stream().map(child -> child.desiredGender() != null ? child
                    : new ChildWish(gender, child.name(), child.order())).toList();
        }
        return children;
    }

    /** The gender of a child said with an endearment ("a little fella", "a wee lassie"). */
    private static ChildGender littleOnesGender(String word) {
        return switch (word) {
            case "lady", "lass", "lassie", "princess", "miss" -> ChildGender.GIRL;
            default -> ChildGender.BOY;
        };
    }

    /** Whether the gender word at {@code start} follows an age and describes the speaker (「二十歳の女の子です」). */
    private static boolean speakerDescribed(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != 'の') {
            return false;
        }
        Matcher age = AGE_BEFORE.matcher(text.substring(Math.max(0, start - 8), start));
        return age.find() && AgeExtractor.selfAsGirlOrBoy(text.substring(start - 1), age.group(1)) != null;
    }

    private static final Pattern AGE_BEFORE = Pattern.compile("(" + Numbers.JA_NUMBER + ")\\s*(?:歳|才)の$");

    /** 「三人、全員男の子」: the children whose gender is not said are of that one. */
    private static List<ChildWish> allOfOneGender(String text, List<ChildWish> children) {
        Matcher m = JA_ALL_OF.matcher(text);
        if (children == null || !m.find() || CONCESSION.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return children;
        }
        ChildGender gender = jaGender(m.group(1) != null ? m.group(1) : m.group(2));
        return children.stream().map(child -> child.desiredGender() != null ? child
                : new ChildWish(gender, child.name(), child.order())).toList();
    }

    private static void english(Context ctx, String lower, String text, List<Mention> mentions) {
        Matcher m = EN_NAMED.matcher(lower);
        while (m.find()) {
            String name = name(Names.capitalise(text.substring(m.start(3), m.end(3))));
            if (name != null) {
                mentions.add(new Mention(m.start(), m.end(), enGender(m.group(2)), name, 1, false));
            }
        }
        m = EN_APPOSITION.matcher(text);
        while (m.find()) {
            String name = name(m.group(3));
            // "a boy and a girl, Max and Ivy": the names go to the children in turn, not all to the girl
            // ("two boys n a girl, Dom, Nicky and Sofia" too: another gender word before, the list going on after)
            String before = lower.substring(Math.max(0, m.start() - 24), m.start());
            boolean respective = EN_GENDER_WORD.matcher(before).find() && LIST_GOES_ON.matcher(text).region(m.end(), text.length()).lookingAt();
            // "Paul is the boy, Lena …": the gender word closes a clause about someone else
            boolean predicate = GENDER_AS_PREDICATE.matcher(before).find();
            if (name != null && !respective && !predicate) {
                mentions.add(new Mention(m.start(), m.end(), enGender(m.group(2)), name, 1, false));
            }
        }
        m = EN_FOR_A.matcher(text);
        while (m.find()) {
            String name = name(m.group(1));
            if (name != null) {
                mentions.add(new Mention(m.start(), m.end(), enGender(m.group(2)), name, 1, false));
            }
        }
        m = EN_IF_A.matcher(text);
        while (m.find()) {
            String name = name(m.group(2));
            if (name != null) {
                mentions.add(new Mention(m.start(), m.end(), enGender(m.group(1)), name, 1, false));
            }
        }
        // answering about the partner only, a girl is the partner's kind unless children are spoken of ("Kids, just the one. A little fella.")
        boolean partnerOnly = ctx.question().asked(LastQuestion.Topic.PARTNER) && !ctx.question().asked(LastQuestion.Topic.CHILDREN)
                && !CHILD_NOUNS.matcher(lower).find();
        m = EN_FOR_GENDER_NAME.matcher(text);
        while (m.find()) {
            String name = name(m.group(2));
            boolean childSaid = CHILD_NOUNS.matcher(ctx.utterance().sentenceAt(m.start()).text().toLowerCase(java.util.Locale.ROOT)).find();
            if (name != null && (!partnerOnly || childSaid)) {
                mentions.add(new Mention(m.start(), m.end(), enGender(m.group(1)), name, 1, false));
            }
        }
        // before the counts: "one more boy" is a child beside the boys said, not one of them
        m = EN_ANOTHER_GENDER.matcher(lower);
        while (m.find()) {
            mentions.add(new Mention(m.start(), m.end(), enGender(m.group(1)), null, 1, false, true));
        }
        m = EN_ORDINAL_GENDER.matcher(lower);
        while (m.find()) {
            if (!partnerOnly) {
                mentions.add(new Mention(m.start(), m.end(), enGender(m.group(1)), null, 1, false));
            }
        }
        m = EN_LITTLE_ONE.matcher(lower);
        while (m.find()) {
            if (!partnerOnly) {
                mentions.add(new Mention(m.start(), m.end(), littleOnesGender(m.group(1)), null, 1, false));
            }
        }
        Matcher either = EN_EITHER.matcher(lower);
        if (either.find()) {
            m = EN_SETTLED_GENDER.matcher(lower).region(either.end(), lower.length());
            if (m.find() && (CHILD_NOUNS.matcher(lower).find() || ctx.question().asked(LastQuestion.Topic.CHILDREN))) {
                mentions.add(new Mention(m.start(1), m.end(1), enGender(m.group(1)), null, 1, false));
            }
        }
        m = EN_NOUN_COUNT.matcher(lower);
        while (m.find()) {
            addTotal(mentions, m.start(1), m.end(1), m.group(1).endsWith("one") ? Integer.valueOf(1) : Numbers.count(m.group(1)));
        }
        m = EN_PLURAL_NAMED.matcher(text);
        while (m.find()) {
            // "a boy and two girls — Finn, Ava and Isla": the names go to the children in turn
            boolean mixed = EN_GENDER_WORD.matcher(lower.substring(Math.max(0, m.start() - 24), m.start())).find();
            ChildGender gender = mixed ? null : enGender(m.group(1));
            for (int g = 2; g <= 4; g++) {
                String name = m.group(g) == null ? null : name(m.group(g));
                if (name != null) {
                    mentions.add(new Mention(m.start(g), m.end(g), gender, name, 1, false));
                }
            }
        }
        // "What's your ideal girl like?": a girl asked about with the partner is no child
        boolean latin = lower.chars().anyMatch(c -> c >= 'a' && c <= 'z');
        boolean childTopic = latin && (ctx.question().asked(LastQuestion.Topic.CHILDREN)
                || CHILD_WORDS.matcher(lower).find() && !ctx.question().asked(LastQuestion.Topic.PARTNER));
        if (childTopic) {
            englishLists(ctx, text, lower, mentions);
        }
        m = EN_TWIN_GENDER.matcher(lower);
        while (m.find()) {
            mentions.add(new Mention(m.start(), m.end(), enGender(m.group(1)), null, 2, false));
        }
        if (ctx.question().asked(LastQuestion.Topic.CHILD_NAMES) && !ctx.question().asked(LastQuestion.Topic.PARTNER_NAME)
                || CHILD_WORDS.matcher(lower).find()
                || ctx.question().asked(LastQuestion.Topic.CHILDREN) && !ctx.question().asked(LastQuestion.Topic.PARTNER)) {
            m = EN_NAME_LIST.matcher(text);
            while (m.find()) {
                String[] pieces = EN_NAME_LIST_SPLIT.split(m.group(2));
                if (m.group(1) == null && pieces.length < 2) {
                    continue; // one capitalised word alone is any sentence's first word, not a list
                }
                if (EN_PLACE_BEFORE.matcher(lower.substring(Math.max(0, m.start() - 14), m.start())).find()) {
                    continue; // "from Nashville, Tennessee" is a place
                }
                // "Girls: Ivy and June" are girls; "a girl and a boy: Nora and Levi" are one of each, in turn
                boolean several = pieces.length > 1;
                boolean singular = m.group(1) != null && !m.group(1).toLowerCase(java.util.Locale.ROOT).endsWith("s");
                ChildGender gender = m.group(1) == null || singular && several ? null : enGender(m.group(1));
                int offset = m.start(2);
                for (String piece : pieces) {
                    int at = text.indexOf(piece, offset);
                    offset = at + piece.length();
                    String name = name(piece);
                    if (name != null && subjectAt(ctx, at) != Subject.PARTNER) {
                        mentions.add(new Mention(at, at + piece.length(), gender, name, 1, false));
                    }
                }
            }
            namesAlone(ctx, mentions);
        } else if (latin && ctx.question().asked(LastQuestion.Topic.CHILDREN) && !ctx.question().asked(LastQuestion.Topic.PARTNER)) {
            namesAlone(ctx, mentions); // "One. Hazel." answering "Kids?": the count, then the name as a sentence of its own
        }
        m = EN_THE_NAME.matcher(text);
        while (m.find()) {
            String name = name(m.group(1));
            if (name != null && Subjects.childMentionedLast(lower, m.start())) {
                mentions.add(new Mention(m.start(), m.end(), null, name, 1, false));
            }
        }
        m = EN_PRONOUN_NAME.matcher(lower);
        while (m.find()) {
            String name = name(Names.capitalise(text.substring(m.start(2), m.end(2))));
            if (name != null && ctx.subjects().at(m.start()) == Subject.CHILD) {
                mentions.add(new Mention(m.start(), m.end(), m.group(1).equals("her") ? ChildGender.GIRL : ChildGender.BOY, name, 1, false));
            }
        }
        m = EN_CALL.matcher(text);
        while (m.find()) {
            String sentence = ctx.utterance().sentenceAt(m.start()).text().toLowerCase(java.util.Locale.ROOT);
            String name = name(m.group(2));
            // "One more, a baby girl. My husband wants to call her Poppy": the partner calling her names the child spoken of
            String before = lower.substring(ctx.utterance().sentenceAt(m.start()).start(), m.start());
            boolean childSpoken = CHILD_WORDS.matcher(lower).find() && PartnerExtractor.partnerIsTheCaller(before);
            if (name != null && (CHILD_WORDS.matcher(sentence).find() || Subjects.childMentionedLast(lower, m.start()) || childSpoken)) {
                ChildGender gender = m.group(1).equalsIgnoreCase("her") ? ChildGender.GIRL : ChildGender.BOY;
                mentions.add(new Mention(m.start(), m.end(), gender, name, 1, false));
            }
        }
        m = EN_EACH.matcher(lower);
        while (m.find()) {
            java.util.regex.Matcher firstWord = EN_GENDER_WORD.matcher(m.group());
            boolean girlFirst = firstWord.find() && enGender(firstWord.group()) == ChildGender.GIRL;
            mentions.add(new Mention(m.start(), m.end() - 1, girlFirst ? ChildGender.GIRL : ChildGender.BOY, null, 1, false));
            mentions.add(new Mention(m.start() + 1, m.end(), girlFirst ? ChildGender.BOY : ChildGender.GIRL, null, 1, false));
        }
        m = EN_COUNT.matcher(lower);
        while (m.find()) {
            Integer count = Numbers.count(m.group(1));
            ChildGender gender = enGender(m.group(2));
            if (count == null || count <= 0 || count > 10) {
                continue;
            }
            if (gender == null) {
                addTotal(mentions, m.start(), m.end(), count);
            } else {
                mentions.add(new Mention(m.start(), m.end(), gender, null, count, false));
            }
        }
        m = EN_TWINS.matcher(lower);
        while (m.find()) {
            addTotal(mentions, m.start(), m.end(), 2);
        }
        if (ctx.question().asked(LastQuestion.Topic.CHILDREN) && !ctx.question().asked(LastQuestion.Topic.PARTNER)) {
            for (Utterance.Sentence sentence : ctx.utterance().sentences) {
                m = EN_BARE_COUNT.matcher(Utterance.lowerSameLength(sentence.text()));
                if (m.find()) {
                    addTotal(mentions, sentence.start() + m.start(1), sentence.start() + m.end(1), Numbers.count(m.group(1)));
                }
            }
        }
        m = EN_ONLY_CHILD.matcher(lower);
        while (m.find()) {
            if (WANT.matcher(ctx.utterance().sentenceAt(m.start()).text().toLowerCase(java.util.Locale.ROOT)).find()) {
                addTotal(mentions, m.start(), m.end(), 1);
            }
        }
        // "my nan always said find a girl with grace", answering Hera's question about the partner: that girl is the partner
        boolean partnerAsked = ctx.question().asked(LastQuestion.Topic.PARTNER) && !ctx.question().asked(LastQuestion.Topic.CHILDREN);
        m = EN_GENDER.matcher(lower);
        while (m.find()) {
            String before = lower.substring(Math.max(0, m.start() - 8), m.start());
            boolean partnerMeant = partnerAsked && !CHILD_NOUNS.matcher(ctx.utterance().sentenceAt(m.start()).text().toLowerCase(java.util.Locale.ROOT)).find();
            // "theres a girl at work, ivy", "met a boy I like": someone the person knows, no child
            boolean someone = PERSON_BEFORE.matcher(lower.substring(Math.max(0, m.start() - 16), m.start())).find()
                    || PERSON_AFTER.matcher(lower).region(m.end(), lower.length()).lookingAt();
            if (!SELF_BEFORE.matcher(before).find() && !partnerMeant && !someone) {
                mentions.add(new Mention(m.start(), m.end(), enGender(m.group(1)), null, 1, false));
            }
        }
    }

    /**
     * English lists of children's names: after a plural gender word ("two boys, Jack and Wes"), after
     * "names" ("names: sofia, isabella and mateo"), before "are the boys" or "for the boys". A list
     * after several gender words ("2 girls 1 boy. names …") gets no gender here: the names fill the
     * children counted, in turn.
     */
    private static void englishLists(Context ctx, String text, String lower, List<Mention> mentions) {
        Matcher m = EN_GENDERED_LIST.matcher(text);
        while (m.find()) {
            // "1 girl 2 boys. names …": other genders around the list leave each name to the children counted
            String before = lower.substring(Math.max(0, m.start() - 16), m.start());
            boolean mixed = EN_GENDER_WORD.matcher(m.group(2)).find() || EN_GENDER_WORD.matcher(before).find()
                    || EN_GENDER_WORD.matcher(m.group(3)).find(); // "boys and a girl, Dom, …": the list's first word is a gender
            addEnglishList(ctx, mentions, m.group(3), m.start(3), mixed ? null : enGender(m.group(1)));
        }
        m = EN_NAMES_SAID.matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            addEnglishList(ctx, mentions, m.group(group), m.start(group), null);
        }
        m = EN_NAMES_ARE.matcher(text);
        while (m.find()) {
            addEnglishList(ctx, mentions, m.group(1), m.start(1), enGender(m.group(2)));
        }
        m = EN_NAMES_FOR.matcher(text);
        while (m.find()) {
            addEnglishList(ctx, mentions, m.group(1), m.start(1), enGender(m.group(2)));
        }
        m = EN_NAMES_THEN_GENDER.matcher(text);
        while (m.find()) {
            if (allSaidBefore(ctx, text, m.group(1), m.start(1))) {
                addEnglishList(ctx, mentions, m.group(1), m.start(1), enGender(m.group(2)));
            }
        }
        m = EN_NAME_THEN_GENDER.matcher(text);
        while (m.find()) {
            // the mention takes in the gender word: "Helena a girl" is one child, not Helena and a girl
            String name = name(m.group(1));
            Subject subject = subjectAt(ctx, m.start(1));
            // ("then a boy": a word, no name)
            if (name != null && !EnglishWords.isCommonWord(m.group(1).toLowerCase(java.util.Locale.ROOT)) && subject != Subject.PARTNER && subject != Subject.OTHER
                    && (m.group(2) != null || saidBefore(ctx, text, name, m.start(1)))) {
                mentions.add(new Mention(m.start(1), m.end(), enGender(m.group(3)), name, 1, false));
            }
        }
    }

    /** Whether every name of a list was said before it ("Kai, Nalu and Malia. Kai and Nalu boys"). */
    private static boolean allSaidBefore(Context ctx, String text, String list, int at) {
        for (String piece : EN_LIST_SPLIT.split(list.strip())) {
            String name = name(Names.capitalise(piece.strip()));
            if (name == null || !saidBefore(ctx, text, name, at)) {
                return false;
            }
        }
        return true;
    }

    /** A child's gender word right after a word ("isang boy"): that word was no name. */
    private static final Pattern GENDER_NEXT = Pattern.compile("\\s+(?i:boy|girl|son|daughter)s?\\b");

    /**
     * Whether the child's name was said before: as a child already known, or earlier in the message as a name (not right
     * before a gender word, as "isang" is in "Isang boy and isang girl").
     */
    private static boolean saidBefore(Context ctx, String text, String name, int at) {
        List<ChildWish> known = ctx.current().childrenInfo();
        if (known != null && known.stream().anyMatch(child -> name.equalsIgnoreCase(child.name()))) {
            return true;
        }
        String before = text.substring(0, at).toLowerCase(java.util.Locale.ROOT);
        String word = name.toLowerCase(java.util.Locale.ROOT);
        for (int i = before.indexOf(word); i >= 0; i = before.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean whole = (i == 0 || !Character.isLetter(before.charAt(i - 1))) && (end == before.length() || !Character.isLetter(before.charAt(end)));
            if (whole && !GENDER_NEXT.matcher(text).region(end, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whom a list of names is about. Answering Hera's question about children, only the list's own
     * sentence counts: "Marco says two. names Aria and Luca." names the children, not Marco.
     */
    private static Subject subjectAt(Context ctx, int position) {
        return ctx.question().asked(LastQuestion.Topic.CHILDREN) ? ctx.subjects().explicitAt(position) : ctx.subjects().at(position);
    }

    private static void addEnglishList(Context ctx, List<Mention> mentions, String list, int start, ChildGender gender) {
        if (subjectAt(ctx, start) == Subject.PARTNER || subjectAt(ctx, start) == Subject.OTHER) {
            return;
        }
        int offset = 0;
        for (String piece : EN_LIST_SPLIT.split(list.strip())) {
            String name = name(Names.capitalise(piece.strip().replaceAll("\\s+[Jj]r\\.?$", " Jr")));
            int at = list.indexOf(piece, offset);
            offset = Math.max(offset, at + 1);
            if (name != null) {
                mentions.add(new Mention(start + Math.max(0, at), start + Math.max(0, at) + piece.length(), gender, name, 1, false));
            }
        }
    }

    /** A second name offered for the same child: "? or Niamh", " or maybe Emma". */
    private static final Pattern OR_NAME_AFTER = Pattern.compile("^[\\s?.…,!]*or\\s+(?:maybe\\s+|perhaps\\s+)?(\\p{L}[\\p{L}'-]+)");
    /** One of the names offered said again right after them: "... Niamh", ", Felix I think", "hmm Xiaoyu". */
    private static final Pattern NAME_SAID_AGAIN = Pattern.compile("^[\\s?.…,!]*(?:(?:hmm+|yeah|yes|ok|okay|so|no)[\\s?.…,!]+)?(\\p{L}[\\p{L}'-]+)");

    /**
     * "a girl, maybe Saoirse? or Niamh... Niamh", "Leo or Max... Max": names offered for one child are one child, named
     * with the name said again after them, else with the first; the child keeps the gender said with the first.
     */
    private static void alternatives(String text, List<Mention> mentions) {
        List<Integer> ends = mentions.stream().filter(x -> x.name() != null && !x.total()).map(Mention::end).distinct().sorted().toList();
        int done = -1;
        for (int end : ends) {
            Matcher or = OR_NAME_AFTER.matcher(text).region(end, text.length());
            if (end < done || !or.lookingAt() || EnglishWords.isCommonWord(or.group(1).toLowerCase(java.util.Locale.ROOT))) {
                continue; // ("Leo or something": no second name)
            }
            String first = mentions.stream().filter(x -> x.name() != null && x.end() == end).findFirst().orElseThrow().name();
            Matcher again = NAME_SAID_AGAIN.matcher(text).region(or.end(), text.length());
            boolean repeated = again.lookingAt() && (again.group(1).equalsIgnoreCase(or.group(1)) || again.group(1).equalsIgnoreCase(first));
            String chosen = repeated ? name(again.group(1)) : first;
            int until = repeated ? again.end() : or.end();
            mentions.removeIf(x -> x.name() != null && x.start() >= end && x.start() < until);
            mentions.replaceAll(x -> x.name() != null && x.end() == end && chosen != null
                    ? new Mention(x.start(), x.end(), x.gender(), chosen, x.count(), x.total(), x.distinct()) : x);
            done = until;
        }
    }

    /**
     * "Two boys: Santiago and Diego... no, wait, one boy and one girl: Santiago and Valentina": the children said
     * before "no, wait" or "scratch that" are taken back when others are said after it.
     */
    private static void takenBack(String lower, List<Mention> mentions) {
        Matcher cue = EN_TAKEN_BACK.matcher(lower);
        int at = -1;
        while (cue.find()) {
            at = cue.end();
        }
        int from = at;
        if (from < 0) {
            return;
        }
        // what is said again after the cue replaces its kind before it: names ("Mateo... no wait, Lucas") or genders
        boolean namesAgain = mentions.stream().anyMatch(x -> x.name() != null && x.start() >= from);
        boolean gendersAgain = mentions.stream().anyMatch(x -> !x.total() && x.name() == null && x.start() >= from);
        mentions.removeIf(x -> !x.total() && x.end() <= from && (x.name() != null ? namesAgain : gendersAgain));
    }

    /** A count after a settling cue, once some count was said before it. */
    private static void settled(String text, String lower, List<Mention> mentions) {
        int firstTotal = mentions.stream().filter(Mention::total).mapToInt(Mention::end).min().orElse(-1);
        if (firstTotal < 0) {
            return;
        }
        for (Pattern pattern : List.of(JA_SETTLED, EN_SETTLED)) {
            Matcher m = pattern.matcher(pattern == EN_SETTLED ? lower : text);
            m.region(firstTotal, text.length());
            while (m.find()) {
                // from the count on: "but we want two" is ours even after "my sister has three kids"
                addTotal(mentions, m.start(1), m.end(), Numbers.count(m.group(1)));
            }
        }
    }

    /**
     * 「女の子ふたりと男の子ひとりで、ミア、リン、レオ」, 「陽太、海斗、空にしよう」: a sentence about the children
     * that ends in two or more clauses of one name each; the names go to the children said before them.
     */
    private static void trailingNames(Context ctx, Utterance.Sentence sentence, List<Mention> mentions) {
        String said = sentence.text();
        if (SAYS_NAME.matcher(said).find() || ctx.subjects().at(sentence.start()) == Subject.PARTNER) {
            return;
        }
        List<MatchResult> clauses = JA_CLAUSE.matcher(said).results().toList();
        List<String> names = new ArrayList<>();
        int from = sentence.end();
        for (int i = clauses.size() - 1; i >= 0; i--) {
            String clause = clauses.get(i).group();
            List<String> one = JA_GW_INSIDE.matcher(clause).find() ? List.of() : Names.japaneseList(clause);
            if (one.size() != 1 || name(one.get(0)) == null || isPartnersName(ctx, name(one.get(0)))) {
                break;
            }
            names.add(0, one.get(0));
            from = sentence.start() + clauses.get(i).start();
        }
        if (names.size() >= 2) {
            addNames(mentions, from, sentence.end(), names);
        }
    }

    /** Each match of a pattern whose group 1 is a gender word and group 2 a name, in the sentence. */
    private static void addGenderedNames(List<Mention> mentions, Pattern pattern, Utterance.Sentence sentence) {
        Matcher m = pattern.matcher(sentence.text());
        while (m.find()) {
            String name = name(m.group(2));
            if (name != null) {
                mentions.add(new Mention(sentence.start() + m.start(), sentence.start() + m.end(2), jaGender(m.group(1)), name, 1, false));
                Matcher more = JA_NAMED_GA_MORE.matcher(sentence.text()).region(m.end(2), sentence.text().length());
                String another = more.lookingAt() ? name(more.group(1)) : null;
                if (another != null) {
                    mentions.add(new Mention(sentence.start() + more.start(1), sentence.start() + more.end(1), jaGender(m.group(1)), another, 1, false));
                }
            }
        }
    }

    private static void addNames(List<Mention> mentions, int start, int end, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            String name = name(names.get(i));
            if (name != null) {
                // distinct sub-spans so the names are not taken for one another
                mentions.add(new Mention(start + i, start + i + 1, null, name, 1, false));
            }
        }
    }

    private static void addTotal(List<Mention> mentions, int start, int end, Integer count) {
        if (count != null && count > 0 && count <= 10) {
            mentions.add(new Mention(start, end, null, null, count, true));
        }
    }

    /**
     * 「娘が一人おるけど、もう嫁いどる。夢の話なら男の子を二人」: a child said with the verb of being, beside a wish said
     * in another clause of the message, is one the person has (the wish is the rest).
     */
    private static boolean hadAlready(Context ctx, Mention mention) {
        String text = ctx.text();
        if (mention.end() >= text.length() || !PartnerExtractor.isJapanese(text)) {
            return false;
        }
        Matcher existing = JA_EXISTING_AFTER.matcher(text).region(mention.end(), text.length()).useTransparentBounds(true);
        if (!existing.lookingAt()) {
            return false;
        }
        int clauseEnd = mention.end() + existing.end() - mention.end();
        Matcher wish = JA_WISH_CUE.matcher(text);
        while (wish.find()) {
            if (wish.start() >= clauseEnd || wish.end() <= mention.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * 「今は5歳の息子の蒼空と二人暮らしです」, 「娘に勧められて使ってみることにしました」, 「息子は那覇の大学に行ってて」: a child the
     * person has, told of in passing when Hera asked nothing of the children and the message wishes for none, is no wish.
     */
    private static boolean toldInPassing(Context ctx, Mention mention) {
        String text = ctx.text();
        return !ctx.question().asked(LastQuestion.Topic.CHILDREN) && PartnerExtractor.isJapanese(text)
                && JA_CHILD_ONE_HAS.matcher(clauseAt(ctx.utterance().sentenceAt(mention.start()), mention.start())).find()
                && !JA_WISH_CUE.matcher(text).find() && !JA_WISH_BESIDE_CUE.matcher(text).find();
    }

    /** The clause of the sentence, between commas, that holds the position. */
    private static String clauseAt(Utterance.Sentence sentence, int position) {
        Matcher clause = JA_CLAUSE.matcher(sentence.text());
        while (clause.find()) {
            if (sentence.start() + clause.end() > position) {
                return clause.group();
            }
        }
        return sentence.text();
    }

    /**
     * "We've two grown up already, Fiona and Callum, but for the game let's say one more", "one son already (Daan, 4),
     * we want one more", "Two teens, Jake and Emily. But Lisa wants one of her own": a child said in a clause about the
     * children the person has, beside a wish said elsewhere in the message, is no wish; "we have names picked already:
     * Hazel and Brooks" still is, and so is one the wish adds to ("I already have a son, Oliver, and I'd love a
     * daughter too").
     */
    private static boolean hadAlreadyInEnglish(Context ctx, Mention mention) {
        String lower = ctx.lower();
        if (PartnerExtractor.isJapanese(lower)) {
            return false;
        }
        Utterance.Sentence sentence = ctx.utterance().sentenceAt(mention.start());
        int clauseStart = sentence.start();
        int clauseEnd = sentence.end();
        Matcher end = EN_CLAUSE_END.matcher(lower).region(sentence.start(), sentence.end());
        while (end.find()) {
            if (end.end() <= mention.start()) {
                clauseStart = end.end();
            } else if (end.start() >= mention.end()) {
                clauseEnd = end.start();
                break;
            }
        }
        String clause = lower.substring(clauseStart, clauseEnd);
        if (!EN_HAD.matcher(clause).find() || EN_WISH_CUE.matcher(clause).find()) {
            return false;
        }
        String before = lower.substring(0, clauseStart);
        String after = lower.substring(clauseEnd);
        return (EN_WISH_CUE.matcher(before).find() || EN_WISH_CUE.matcher(after).find())
                && !EN_WISH_BESIDE.matcher(before).find() && !EN_WISH_BESIDE.matcher(after).find();
    }

    /** "…, but for the game let's say one more": once the children one has are set aside, the "one more" is the count. */
    private static void addCountBeyondThoseHad(Context ctx, List<Mention> kept) {
        Matcher more = EN_MORE_COUNT.matcher(ctx.lower());
        if (more.find()) {
            kept.add(new Mention(more.start(), more.end(), null, null, Numbers.count(more.group(1)), true));
            kept.sort(Comparator.comparingInt(Mention::start));
        }
    }

    private static List<ChildWish> assemble(Context ctx, List<Mention> all) {
        // drop mentions inside a longer one (the 女の子 of 女の子のみお), about other people, or refused
        all.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        List<Mention> kept = new ArrayList<>();
        boolean hadSome = false;
        for (Mention mention : all) {
            boolean inside = kept.stream().anyMatch(k -> mention.start() >= k.start() && mention.end() <= k.end() && k != mention
                    && !(k.total() && !mention.total()));
            String sentence = ctx.utterance().sentenceAt(mention.start()).text();
            Subject subject = ctx.subjects().at(mention.start());
            boolean rejected = Corrections.isRejected(ctx.lower(), mention.start(), mention.end()); // 「男の子二人…じゃなくて」
            if (inside || rejected || subject == Subject.OTHER || ctx.subjects().ownerAt(mention.start()) == Subject.OTHER || NOT_WANTED.matcher(sentence.toLowerCase(java.util.Locale.ROOT)).find()
                    || ALREADY_HAVE.matcher(sentence.toLowerCase(java.util.Locale.ROOT)).find() && !WANT.matcher(sentence.toLowerCase(java.util.Locale.ROOT)).find()) {
                continue;
            }
            if (subject == Subject.USER && mention.name() == null && !mention.total() && isSelfDescription(ctx, mention)) {
                continue;
            }
            if (hadAlready(ctx, mention) || toldInPassing(ctx, mention)) {
                continue;
            }
            if (hadAlreadyInEnglish(ctx, mention)) {
                hadSome = true;
                continue;
            }
            kept.add(mention);
        }
        if (hadSome) {
            addCountBeyondThoseHad(ctx, kept);
        }
        int total = 0;
        int lastTotalEnd = -1;
        int lastNameEnd = -1;
        List<ChildWish> slots = new ArrayList<>();
        for (Mention mention : kept) {
            if (mention.total()) {
                // several counts: the larger, unless the person settled on a later one
                // (the cue may open the mention itself: 「いや、やっぱり二人」)
                boolean settles = lastTotalEnd >= 0 && lastTotalEnd < mention.end()
                        && SETTLING_CUE.matcher(ctx.lower().substring(lastTotalEnd, mention.end())).find();
                total = settles ? mention.count() : Math.max(total, mention.count());
                lastTotalEnd = Math.max(lastTotalEnd, mention.end());
                continue;
            }
            int same = -1;
            for (int i = 0; mention.name() != null && i < slots.size(); i++) {
                same = mention.name().equals(slots.get(i).name()) ? i : same;
            }
            if (same >= 0) {
                // "Noah, Mia and Ethan … Noah and Ethan are the boys": a gender said after the names
                if (slots.get(same).desiredGender() == null && mention.gender() != null) {
                    slots.set(same, new ChildWish(mention.gender(), mention.name(), null));
                }
            } else if (mention.name() != null) {
                lastNameEnd = Math.max(lastNameEnd, mention.end());
                int free = -1;
                for (int i = 0; i < slots.size(); i++) {
                    ChildWish slot = slots.get(i);
                    if (slot.name() == null && (slot.desiredGender() == null || mention.gender() == null
                            || slot.desiredGender() == mention.gender())) {
                        free = i;
                        break;
                    }
                }
                ChildWish named = new ChildWish(mention.gender(), mention.name(), null);
                if (free >= 0) {
                    ChildWish slot = slots.get(free);
                    slots.set(free, new ChildWish(mention.gender() != null ? mention.gender() : slot.desiredGender(), mention.name(), null));
                } else {
                    slots.add(named);
                }
            } else {
                // 「娘が一人います。娘は12歳です」 is one daughter: a mention adds only the children not known yet
                long known = slots.stream().filter(slot -> slot.desiredGender() == mention.gender()).count();
                long missing = mention.gender() == null || mention.distinct() ? mention.count() : mention.count() - known;
                for (int i = 0; i < missing; i++) {
                    // "Mila and Jonas - a girl and a boy": a gender said after the names goes to the
                    // first named child without one
                    // "Matilda, Ned, and a third we'll decide later, probably a girl": unless it is said of one more child
                    boolean ofAnother = lastNameEnd >= 0 && lastNameEnd <= mention.start()
                            && ANOTHER_CHILD.matcher(ctx.lower()).region(lastNameEnd, mention.start()).find();
                    int unsexed = mention.gender() == null || ofAnother ? -1 : firstNamedWithoutGender(slots);
                    if (unsexed >= 0) {
                        slots.set(unsexed, new ChildWish(mention.gender(), slots.get(unsexed).name(), null));
                    } else {
                        slots.add(new ChildWish(mention.gender(), null, null));
                    }
                }
            }
        }
        while (slots.size() < total) {
            slots.add(new ChildWish(null, null, null));
        }
        if (slots.isEmpty()) {
            return null;
        }
        List<ChildWish> result = new ArrayList<>();
        boolean positional = slots.size() > 1 || total > 0;
        for (int i = 0; i < slots.size(); i++) {
            ChildWish slot = slots.get(i);
            Integer order = positional ? Integer.valueOf(i + 1) : null;
            result.add(new ChildWish(slot.desiredGender(), slot.name(), order));
        }
        return List.copyOf(result);
    }

    private static boolean isPartnersName(Context ctx, String name) {
        return java.util.stream.Stream.of(ctx.current().currentPartner(), ctx.current().idealPartner())
                .anyMatch(partner -> partner != null && name.equals(partner.name()));
    }

    private static int firstNamedWithoutGender(List<ChildWish> slots) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).desiredGender() == null && slots.get(i).name() != null) {
                return i;
            }
        }
        return -1;
    }

    /** 「32歳の女の子です」, "I'm a girl who...": a gender word about the user, not a child. */
    private static boolean isSelfDescription(Context ctx, Mention mention) {
        if (ctx.question().asked(LastQuestion.Topic.CHILDREN) || ctx.question().asked(LastQuestion.Topic.CHILD_NAMES)) {
            return false; // 「女の子で、ひまり」 answers Hera's question about the children
        }
        String after = ctx.text().substring(mention.end());
        String sentence = ctx.utterance().sentenceAt(mention.start()).text().toLowerCase(java.util.Locale.ROOT);
        boolean wish = WANT.matcher(sentence).find() || sentence.matches("(?s).*(?:子供|子ども|kids?|children|child|baby).*");
        return !wish && after.matches("(?s)^\\s*(?:です|だ|や|で、|なので|なんです).*");
    }

    /** A sentence that is one capitalised name ("Hazel."), while children are the topic. */
    private static void namesAlone(Context ctx, List<Mention> mentions) {
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            Matcher m = (ctx.utterance().lowerCaseTyped ? EN_NAME_ALONE_LOWER : EN_NAME_ALONE).matcher(sentence.text());
            String name = m.find() ? name(m.group(1)) : null;
            if (name != null && !EnglishWords.isCommonWord(name.toLowerCase(java.util.Locale.ROOT))
                    && subjectAt(ctx, sentence.start()) != Subject.PARTNER && mentions.stream().noneMatch(x -> name.equals(x.name()))) {
                mentions.add(new Mention(sentence.start() + m.start(1), sentence.start() + m.end(1), null, name, 1, false));
            }
        }
    }

    /**
     * 「男の子がほしかったんよ」, 「息子がもういるので」, 「女の子ができたら」: what follows the gender word is a predicate, no
     * name (a wish or being verb opening it, or an inflection closing it).
     */
    private static final Pattern KANA_PREDICATE = Pattern.compile(
            "^(?:ほし|欲し|もう|いる|いた|いて|いま|おる|おっ|おら|おり|でき|いな|いれ|産|生ま|授か)|(?:かった|たい|ない|んよ|んや|んだ|ので|のに|ます|ました|ません|ている|てる|った|けど|よね|たら|れば)$");

    private static String name(String candidate) {
        String name = Names.capitalise(Names.clean(candidate));
        if (name == null || name.isEmpty()) {
            return null;
        }
        boolean plausible = Names.isLatin(name) ? Names.plausibleEnglish(name) : Names.plausibleJapanese(name) && !KANA_PREDICATE.matcher(name).find();
        return plausible ? name : null;
    }

    private static ChildGender jaGender(String word) {
        if (word.equals("末っ子")) {
            return null;
        }
        return word.contains("女") || word.contains("娘") || word.contains("姉") || word.contains("妹") || word.startsWith("おんな")
                ? ChildGender.GIRL : ChildGender.BOY;
    }

    private static ChildGender enGender(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.contains("girl") || w.startsWith("daughter")) {
            return ChildGender.GIRL;
        }
        if (w.startsWith("lass")) {
            return ChildGender.GIRL;
        }
        if (w.contains("boy") || w.startsWith("son") || w.startsWith("lad")) {
            return ChildGender.BOY;
        }
        return null;
    }

}
