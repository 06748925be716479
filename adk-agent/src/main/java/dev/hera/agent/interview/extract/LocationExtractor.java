package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the user lives. A place from the {@link LocationGazetteer}, or any name in a "lives in"
 * pattern (「磐田市に住んでいます」, "I live in Springfield"), scored by what surrounds it:
 * <ol>
 * <li>strong: 「〜に住んでいます」「〜在住」「〜住み」「住まいは〜」, "I live in / living in / based in X";</li>
 * <li>medium: 「〜にいます」「〜です」 as a whole answer, 「〜で働いています」, "I'm in X", or any
 * place after Hera asked where the user lives;</li>
 * <li>weak: 「〜出身」, "from X" (only taken while no location is known).</li>
 * </ol>
 * Travel talk (「沖縄に行きたい」, "visit Paris") and places of other people are not the user's.
 * The user's wording is kept when it is more specific (東京都港区, "Seattle, WA"); a ward or
 * neighbourhood said alone is completed (港区 → 東京都港区).
 */
final class LocationExtractor {

    record Result(String location, boolean corrected) {
    }

    /** A place said; {@code listed} when it is an item of a listed self-introduction ("34, female, Sydney"). */
    private record Candidate(int start, int end, String value, int specificity, boolean listed) {

        Candidate(int start, int end, String value, int specificity) {
            this(start, end, value, specificity, false);
        }
    }

    /**
     * Living at a place: 「に住んでる」, 「に一人で住んでます」, 「でひとり暮らし」, 「在住」, 「に引っ越した」; typed in kana
     * (「にすんでる」, 「にすんどる」, 「でくらしてる」), and with the Tohoku 「さ」 for に (「八戸さ住んでる」).
     */
    private static final String JA_LIVES = "(?:[にさ](?:一人で|ひとりで|二人で|ふたりで|家族で|(?:夫|妻|嫁|旦那|主人|彼氏|彼女|恋人|パートナー|家族|両親|親|母|父|犬|猫)と(?:一緒に|二人で|ふたりで)?)?(?:住|暮ら|すん[でど]|すみ|くらし)"
            + "|で(?:一人|ひとり|二人|ふたり)?(?:暮ら|ぐらし|くらし)|在住|住み|に引っ越|にひっこし|に移住|で同棲)";
    private static final Pattern JA_ADMIN_EXTENSION = Pattern.compile("^の?[\\p{IsHan}々ヶケ]{1,5}?(?:市|区|町|村|郡)");
    /** 「大阪の堺に住んでる」, 「東京の中野に住んでいます」: a local place after its city, said right before living there. */
    private static final Pattern JA_LOCAL_EXTENSION = Pattern.compile(
            "^の([\\p{IsHan}\\p{IsKatakana}ー々ヶケ]{1,5})(?=(?:" + JA_LIVES + "|におる|にいます|にいる))");
    private static final Pattern LATIN_EXTENSION = Pattern.compile("^,\\s*([A-Z]{2}\\b|[A-Z][\\p{L}]+(?:\\s[A-Z][\\p{L}]+)?)");
    /**
     * "Munich, Schwabing.", "Dubai, Al Barsha.", "melbourne (brunswick)", "manchester, stockport bit": a neighbourhood said
     * right after its city, ending the clause; common words ("Leeds, married", "Boston, obviously") are no neighbourhood.
     */
    private static final String LOCAL_WORDS = "\\p{L}[\\p{L}'-]+(?:\\s\\p{L}[\\p{L}'-]+){0,2}?";
    private static final Pattern LOCAL_AFTER_CITY = Pattern.compile(
            "^(?:,\\s*(" + LOCAL_WORDS + ")(?:\\s+(?:bit|side|area|part))?(?=\\s*(?:[.!?;,\\n]|\\p{So}|$))|\\s*\\(\\s*(" + LOCAL_WORDS + ")\\s*\\))");
    private static final Pattern LOCAL_WORD_BREAK = Pattern.compile("\\s+");
    /** Where the first word of a place's name ends: a space or a comma. */
    private static final Pattern FIRST_WORD_END = Pattern.compile("[\\s,]+");
    /** "Brisbane, northside", "Perth, southside", "Toronto, midtown": a side of the city, no neighbourhood's name. */
    private static final Pattern SIDE_OF_CITY = Pattern.compile("(?:north|south|east|west|mid|down|up)(?:side|town|ern|east|west)?|cbd|inner|outer");
    private static final String JA_NEAR = "(?:都|府|県)?(?:の(?:方|ほう|近く|辺り|あたり|周辺|近辺|郊外|はずれ)|あたり|辺り|周辺|近郊|郊外|のはずれ)?\\s*";
    private static final Pattern JA_NEAR_SAID = Pattern.compile("駅?(?:の?(?:近く|辺り|あたり|周辺|近辺|郊外|はずれ)|寄り)");
    private static final Pattern JA_STRONG_AFTER = Pattern.compile("^" + JA_NEAR
            + "(?:" + JA_LIVES + "|住まい|を拠点|に家)");
    private static final Pattern JA_MEDIUM_AFTER = Pattern.compile("^" + JA_NEAR
            // 「東大阪市で町工場やってます」: a business one runs there, as where one works
            + "(?:におる|におります|にいます|にいる|におんねん|で働|に勤め|勤務|で仕事|で[\\p{IsHan}\\p{IsKatakana}ー]{1,8}(?:を)?(?:やって|営んで|経営して)|が地元|が拠点|です|だよ|やで|やねん|や(?:[。!！]|$)|[。!！]|$)");
    /** 「住まいは」, 「住んでんのは」, 「すんでるとこは」: the topic is where one lives, the place follows. */
    private static final String JA_HOME_CUE = "(?:お?住まいは|住所は|(?:住ん|すん)(?:でいる|でる|でん|ではる|どる|でおる|でます)(?:の|とこ|ところ|所)は|在住地は|居住地は)";
    /**
     * 「住んでんのは左京区」, 「住まいは…うるま市」: after the cue, a place the gazetteer does not know, when it carries its
     * suffix, is written in katakana or the dictionary knows it as a place.
     */
    private static final Pattern JA_UNKNOWN_AFTER_CUE = Pattern.compile(
            JA_HOME_CUE + "[、,…‥\\s]*([\\p{IsHan}\\p{IsKatakana}ー々ヶケ]{1,8})(?![\\p{IsHan}\\p{IsKatakana}])");
    private static final Pattern JA_STRONG_BEFORE = Pattern.compile(
            "(?:" + JA_HOME_CUE + "|拠点は|今は|現在は)[、,…‥\\s]*$");
    private static final Pattern JA_WEAK_AFTER = Pattern.compile("^" + JA_NEAR + "(?:出身|生まれ|育ち|の出)");
    private static final Pattern JA_WEAK_BEFORE = Pattern.compile("(?:出身は|地元は|生まれは|実家は)[、,\\s]*$");
    private static final Pattern EN_STRONG_BEFORE = Pattern.compile(
            "\\b(?:live|lives|living|lived|reside|resides|residing|resident|based|located|stay|stays|staying|settled|moved|relocated|home is|home's|call)\\s+"
                    + "(?:in|at|of|near|around|outside(?:\\s+of)?|close to|to|just outside(?:\\s+of)?)?\\s*(?:the\\s+|a\\s+suburb\\s+of\\s+|the\\s+suburbs\\s+of\\s+)?$"
                    + "|(?:^|[\\n,;.]\\s*)(?:location|city|home|home town|hometown|residence|based|lives?)\\s*[:=]\\s*$");
    private static final Pattern EN_MEDIUM_BEFORE = Pattern.compile(
            "(?:\\b(?:i'm|i am|im|we're|we are|currently|now)\\s+(?:(?:currently|now|still|up|down|out|over|back)\\s+){0,2}(?:in|at)\\s+|\\b(?:work|working|job is)\\s+(?:as\\s+an?\\s+[a-z]+\\s+)?(?:in|at)\\s+|\\b(?:work|working)\\s+[a-z ]{0,30}?\\bin\\s+|\\bhere in\\s+"
                    // "Up in Darwin.", "Down in Cork these days": where one is, the "I'm" left out
                    + "|(?:^|[.!?]\\s*)(?:up|down|out|over|back)\\s+(?:here\\s+|there\\s+)?in\\s+)(?:the\\s+)?$");
    private static final Pattern EN_WEAK_BEFORE = Pattern.compile(
            "\\b(?:from|grew up in|born in|raised in|hometown is|native place is|originally)\\s+(?:in\\s+)?(?:the\\s+)?$");
    private static final Pattern EN_FROM_BEFORE = Pattern.compile("\\bfrom\\s+(?:the\\s+)?$");
    /** "originally from", "born and raised", "grew up", "hometown": where one comes from, not where one lives. */
    private static final Pattern BIRTHPLACE = Pattern.compile("\\boriginally\\b|\\bborn\\b|\\bgrew up\\b|\\braised\\b|\\bhome ?town\\b|\\bnative\\b|\\bbut (?:i )?(?:now|live|living)\\b");
    private static final Pattern EN_STRONG_AFTER = Pattern.compile("^(?:-based|\\s+is (?:my )?home|\\s+is where i live)");
    /** A visit, or something done there at one time ("yesterday", 「週末は」): the place is not a home. */
    private static final Pattern TRAVEL = Pattern.compile(
            "旅行|行きたい|行ってみたい|行った|行って|訪れ|出張|旅|観光|遊びに|\\btrip\\b|\\btravel|\\bvisit|\\bvacation|\\bholiday|\\bwent to\\b|\\bgo to\\b|\\bgoing to\\b|\\bhoneymoon"
                    + "|昨日|一昨日|おととい|先週|先月|去年|昨年|この前|こないだ|この間|週末|休みの日|連休|"
                    + "\\byesterday\\b|\\blast (?:week|weekend|month|year|night|summer|winter|spring|autumn|fall)\\b|\\bthis (?:morning|weekend)\\b"
                    + "|\\bfor (?:a|the|my|our) (?:wedding|conference|funeral|concert|match|game|festival|meeting)\\b");
    private static final Pattern LIVE_WORD = Pattern.compile("住|暮らし|在住|\\blive\\b|\\bliving\\b|\\bbased\\b|\\breside");
    private static final Pattern JA_UNKNOWN = Pattern.compile(
            "([\\p{IsHan}\\p{IsKatakana}ー々ヶケ]{1,12})(?=" + JA_NEAR + JA_LIVES + ")");
    /** "a little village near York", "a suburb of Leeds": the place named after the settlement is the one to keep. */
    private static final String SETTLEMENT = "(?:village|town|suburb|city|hamlet|neighbou?rhood|area|part|place|spot)";
    private static final String CAPITALISED_NAME = "[A-Z][\\p{L}'.-]*(?:\\s+[A-Z][\\p{L}'.-]*){0,3}";
    private static final Pattern EN_UNKNOWN = Pattern.compile(
            "\\b(?:(?i:live|lives|living|lived|reside|resides|residing|based|located|settled|moved|stay|stays|staying)\\s+(?:in|near|(?:just\\s+)?outside(?:\\s+of)?|to|close to)"
                    // "resident in Gwarinpa, Abuja", "a resident of Dwarka"
                    + "|(?i:resident)\\s+(?:in|of|at)"
                    // "born and raised in Kingston, Jamaica, and still here": a birthplace, which the sentence may say is home still
                    + "|(?i:born and raised|born and bred|grew up|raised|born)\\s+in"
                    // "29 y/o girl from Mandaue City, Cebu": where one is from, in an introduction, named before its city
                    + "|(?i:from)(?=\\s+[A-Z][\\p{L}'.-]*(?:\\s+[A-Z][\\p{L}'.-]*){0,3},\\s*[A-Z]))\\s+"
                    + "(?:(?:a|an|the)\\s+(?:[a-z]+\\s+){0,2}?" + SETTLEMENT + "\\s+(?:just\\s+)?(?:near|outside(?:\\s+of)?|of|in|called|by|close to|(?:north|south|east|west) of)\\s+)?(?:the\\s+)?"
                    + "([A-Z][\\p{L}'.-]*(?:\\s+(?:[A-Z][\\p{L}'.-]*|of|de|du|da|del|upon|on)){0,4}(?:,\\s*[A-Z][\\p{L}.]*(?:\\s[A-Z][\\p{L}.]+)?)?)"
                    // "live in a little town near Austin called Buda": the place it is called
                    + "(?:\\s+(?i:called|named)\\s+(" + CAPITALISED_NAME + "))?");
    /**
     * "Small village near York.", "Little town outside San Antonio called Boerne.": an answer that opens
     * with the kind of settlement; the place it is called, else the one it is near.
     */
    private static final Pattern EN_SETTLEMENT_ANSWER = Pattern.compile(
            "^(?i:(?:(?:i'm|im|i am|we're|we are|it's|its)\\s+)?(?:in\\s+)?(?:a|an|the)?\\s*(?:[a-z]+\\s+){0,2}?" + SETTLEMENT
                    + "\\s+(?:just\\s+)?(?:near|outside(?:\\s+of)?|of|in|by|close to|(?:north|south|east|west) of)\\s+)(?:the\\s+)?(" + CAPITALISED_NAME + ")"
                    + "(?:\\s+(?i:called|named)\\s+(" + CAPITALISED_NAME + "))?");
    private static final Pattern EN_LOWER_WORD = Pattern.compile(
            "\\b(?:live|lives|living|based|located|reside|residing)\\s+(?:in|near)\\s+([a-z]{6,})\\b");
    /** 「中野。」, 「呉」, 「堺やで」: a sentence that is only a place the dictionary knows (one kanji too: 呉, 堺, 津). */
    private static final Pattern JA_PLACE_ALONE = Pattern.compile("\\s*([\\p{IsHan}\\p{IsKatakana}ー々ヶケ]{1,6})(?:です|やで|だよ|や|じゃ|だ|ね|よ)?[。!！]?\\s*");
    /**
     * 「うるま市」, 「つくば市」, 「ときがわ町」: a city or town whose name is written in hiragana, with its suffix (never
     * 「この町」, 「となり町」, 「ちかくの市」).
     */
    private static final Pattern JA_KANA_ADMIN = Pattern.compile(
            "(?<![\\p{IsHiragana}])(?!この|その|あの|どの|となり|おとなり|ふるさと|ここ|そこ|どこ|いなか|おなじ|べつ|ほか|ちかく|まち|むら)(\\p{IsHiragana}{1,5}[\\p{IsHiragana}&&[^のがはもにへとでや]](?:市|町|村))");
    /**
     * 「天神の近く。いや、正確には薬院やね」, 「福岡市、詳しく言うと博多区」: the place narrowed down to, with a cue that
     * says it is the exact one; kept when the dictionary knows it as a place or it carries its suffix.
     */
    private static final Pattern JA_NARROWED = Pattern.compile(
            "(?:正確には|正確に(?:言|い)うと|厳密には|厳密に(?:言|い)うと|詳しく(?:言|い)うと|詳しくは|細かく(?:言|い)うと|具体的には|もっと(?:言|い)うと)[、,\\s]*"
                    + "([\\p{IsHan}\\p{IsKatakana}ー々ヶケ]{1,8})(?=です|やね|やで|だよ|だね|や|だ|で|かな|[。!！、,\\s]|$)");
    private static final Pattern JA_NARROWING_BEFORE = Pattern.compile(
            "(?:正確には|正確に(?:言|い)うと|厳密には|厳密に(?:言|い)うと|詳しく(?:言|い)うと|詳しくは|細かく(?:言|い)うと|具体的には|もっと(?:言|い)うと)[、,\\s]*$");
    /**
     * "Mosgiel, just out of Dunedin", "Across the harbour from Halifax", "an hour from Leeds", "(san diego area)": a place
     * said as a landmark to find the home by, not the home, when the message names another place.
     */
    private static final Pattern REFERENCE_BEFORE = Pattern.compile(
            "(?:\\bnear|\\bnearby|\\boutside(?:\\s+of)?|\\bjust out of|\\bout of|\\bclose to|\\bacross (?:the\\s+[a-z]+\\s+)?from|\\bnot far from|\\bnext to"
                    + "|\\b(?:north|south|east|west)(?:east|west)?\\s+of|\\bminutes from|\\bhours? from|\\bup the road from|\\bdown the road from|\\bdrive from"
                    + "|\\bcommute (?:to|from)|\\bwork(?:ing)? in|\\boffice in|\\bsuburb of|\\bsuburbs of|\\bpart of|\\bside of)\\s+(?:the\\s+)?$");
    private static final Pattern AREA_AFTER = Pattern.compile("^(?:'s)?\\s*(?:area|region|metro|side|county|suburbs?|northern suburbs|southern suburbs|outskirts)\\b");
    /** A place's name in English: up to three capitalised words ("Mesa", "Mbezi Beach", "St. Kilda East"). */
    private static final String NARROWED_NAME = "[A-Z][\\p{L}'.-]*(?:\\s+[A-Z][\\p{L}'.-]*){0,2}";
    /** "Accra, Madina to be exact", "Perth, Fremantle specifically": the place narrowed down to, said before the word that narrows. */
    private static final Pattern EN_NARROWED = Pattern.compile(
            "(?:[,(]\\s*|\\b(?:in|from|well|actually)\\s+)(" + NARROWED_NAME + ")\\s*,?\\s*(?=(?:to be (?:exact|precise)|specifically|precisely|exactly|more precisely)\\b)");
    /**
     * "Phoenix. Well, Mesa", "Manchester. Chorlton actually.", "Leeds - I mean, Headingley", "Cebu, well Mandaue really": the
     * place the person narrows a place just said down to, in the next words and as a clause of its own. Group 1 or 2.
     */
    private static final Pattern EN_NARROWED_NEXT = Pattern.compile(
            "^[.!?;,:\\s–—-]*(?:(?:(?i:well|actually|i mean|or rather|more like|technically|precisely)\\s*[,:]?\\s+){1,2}(" + NARROWED_NAME
                    + ")(?:\\s*,?\\s+(?i:actually|really|technically|tbh))?|(" + NARROWED_NAME
                    + ")\\s*,?\\s+(?i:actually|really|technically|tbh))(?=\\s*(?:[.!?;,\\n)]|\\p{So}|$))");
    /** "in a little town called Nicholasville", "a suburb named Bellville": the place called so, wherever the sentence puts it. */
    private static final Pattern EN_CALLED_PLACE = Pattern.compile(
            "\\b(?:a|an|the)\\s+(?:[a-z]+\\s+){0,2}?(?:village|town|suburb|city|hamlet|neighbou?rhood|place|spot|area|township|district)\\s+(?:called|named)\\s+("
                    + "[A-Z][\\p{L}'.-]*(?:\\s+[A-Z][\\p{L}'.-]*){0,3}" + ")");
    /** "from chula vista (san diego area)": a local place typed before the city it lies in, said in brackets as its area. */
    private static final Pattern EN_LOCAL_BEFORE_AREA = Pattern.compile(
            "\\b(?:from|in)\\s+([\\p{L}][\\p{L}'.-]*(?:\\s+[\\p{L}][\\p{L}'.-]*){0,2})\\s*\\(\\s*(?:the\\s+)?([\\p{L}][\\p{L}'. -]*?)\\s+(?:area|region|metro|side|county)\\s*\\)");
    /** A place the gazetteer does not know is more local than the cities it knows (a suburb, a village, a neighbourhood). */
    private static final int UNKNOWN_SPECIFICITY = 3;
    private static final Pattern PLACE_WORD_BREAK = Pattern.compile("[\\s.,]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    /** "Sydney (inner west)", "Nashville born and bred", "Leith to be exact": words about the place, not part of its name. */
    private static final Pattern PLACE_NOTE = Pattern.compile("\\s*(?:\\(.*|born and (?:bred|raised).*|to be exact.*|(?:specifically|technically|precisely|exactly)\\b.*|area.*|,?\\s*eh\\b.*)$");
    private static final Pattern GREETING = Pattern.compile(
            "^(?:hi+|hiya|hey+|hello|howdy|yo|bonjour|hola|g'day|kia ora|good (?:morning|afternoon|evening)|well|oh|ok|okay|thanks)\\b|\\bhera\\b");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.!?。]+$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;/]|\\s[-–—]+\\s");
    private static final Pattern LIST_ITEM_FILLER = Pattern.compile(
            "^(?:(?:and|so|basically|but|in|from|near|just outside|outside|the|i'm in|im in|living in|based in|east|west|north|south|inner|outer|central|downtown)\\s+)*",
            Pattern.CASE_INSENSITIVE);
    /** "I'm Marcus, 41, Atlanta": an item introducing the person by name is no place ("I'm in Leeds" still is). */
    private static final Pattern LIST_SELF_INTRODUCTION = Pattern.compile(
            "^(?:i'm|i am|im|my name is|my name's|name's|this is|call me)\\s+(?!in\\b|at\\b|from\\b|near\\b|based\\b|living\\b|currently\\b|now\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_AGE_OR_GENDER = Pattern.compile(
            // "Grant, fifty-two, Mosgiel": the age may be spelled out
            "(?:(?:i'm|im|i am)\\s+)?(?:aged?\\s+)?(?:\\d{2}|(?:eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)(?=[\\s,.;!?/-]|$))(?:[\\s-]*(?:yrs?|years?|yo)(?:[\\s-]*old)?)?(?:\\s+(?:female|male|woman|man|guy|girl|lady|dude|bloke|m|f))?"
                    + "|female|male|woman|man|guy|girl|lady|dude|bloke|gal|lass|lad|fella|nonbinary|non-binary|m|f");
    /** The separator before a list's next item: a comma, a slash, a dash or a full stop. */
    private static final Pattern NEXT_ITEM = Pattern.compile("[.!]?\\s*(?:[,;/]|[-–—]+)?\\s*");
    private static final Pattern CAPITALISED_RUN = Pattern.compile("[A-Z][\\p{L}'.]+(?:\\s(?:[A-Z][\\p{L}'.]+|of|upon|on))*");
    private static final Pattern LOWER_WORD = Pattern.compile("[a-z][a-z'-]{2,}");
    private static final Pattern LOCAL_IN_CITY = Pattern.compile("(.+?)\\s+in\\s+(.+)");
    private static final Pattern CITY_PART = Pattern.compile(
            "(?:'s)?\\s+(?:(?:northern|southern|eastern|western|inner|outer|north|south|east|west)\\s+)?(?:suburbs?|area|side|outskirts|region)$");
    private static final Remembered<Boolean> DICTIONARY_PLACES = new Remembered<>(2_048, LocationExtractor::readAsPlace);

    /** Where the last particle the dictionary reads in the word ends (0 when none): 「いまはうるま市」 → 3. */
    private static int afterLastParticle(String word) {
        int at = 0;
        for (dev.hera.agent.text.JapaneseMorphology.Token t : dev.hera.agent.text.JapaneseMorphology.tokens(word)) {
            if (t.is("助詞") || t.is("助動詞")) {
                at = t.end();
            }
        }
        return at;
    }

    /** Whether the dictionary reads the word as a place name (名詞-固有名詞-地域, or a surname that is one); remembered. */
    static boolean dictionaryPlace(String word) {
        return DICTIONARY_PLACES.get(word);
    }

    private static boolean readAsPlace(String word) {
        List<dev.hera.agent.text.JapaneseMorphology.Token> tokens = dev.hera.agent.text.JapaneseMorphology.tokens(word);
        // a place name, or one the dictionary files as a surname too (生駒): proper nouns, never common words (会社, 近く)
        boolean place = !tokens.isEmpty() && tokens.size() <= 2 && tokens.stream().allMatch(t -> t.is("名詞-固有名詞-地域") || t.is("名詞-固有名詞-人名-姓"))
                && tokens.stream().anyMatch(t -> t.is("名詞-固有名詞-地域") || tokens.size() == 1);
        return place;
    }

    private static final Set<String> NOT_PLACES = Set.copyOf(java.util.Arrays.asList("田舎", "都会", "実家", "近所", "地方", "郊外", "海外", "市内", "都内", "県内", "府内", "寮", "社宅",
            "一人", "独り", "自宅", "一軒家", "賃貸", "団地", "同じ", "近く", "地元", "下町", "山奥", "海沿い", "駅前", "駅近", "マンション", "アパート", "シェアハウス",
            "都心", "街中", "中心部", "住宅街", "方", "辺り", "周辺", "近辺", "外れ", "端", "会社", "職場", "近郊", "家族", "両親", "彼氏", "彼女", "夫", "妻", "旦那", "嫁", "一緒", "現在", "今"));
    private static final Set<String> NOT_EN_PLACES = Set.copyOf(java.util.Arrays.asList("The", "A", "My", "Our", "This", "That", "It", "Here", "There", "Home",
            "I", "We", "Japan's",
            // units of an income said after its figure ("18 LPA.", "12 Lakhs"), never a place
            "LPA", "CTC", "Lakh", "Lakhs", "Crore", "Crores", "PA", "K", "Grand",
            // a status opening a sentence of a short introduction ("Divorced, the papers went through in 2022")
            "Single", "Married", "Divorced", "Widowed", "Separated", "Engaged"));

    /** The places of one message weighed at most, the first in the message. */
    private static final int MAX_CANDIDATES = 24;

    private LocationExtractor() {
    }

    static Result extract(Context ctx) {
        String text = ctx.text();
        String lower = ctx.lower();
        List<Candidate> candidates = new ArrayList<>();
        List<LocationGazetteer.Match> matches = LocationGazetteer.find(text, lower);
        for (int i = 0; i < matches.size(); i++) {
            LocationGazetteer.Match first = matches.get(i);
            int end = first.end();
            int parts = 1;
            LocationGazetteer.Match last = first;
            while (i + 1 < matches.size() && matches.get(i + 1).start() == end && !first.place().latin()) {
                last = matches.get(++i);
                end = last.end();
                parts++;
            }
            boolean local = false;
            if (!last.place().latin() && last.place().kind() != LocationGazetteer.Kind.COUNTRY) {
                Matcher ext = JA_ADMIN_EXTENSION.matcher(text.substring(end));
                Matcher near = JA_LOCAL_EXTENSION.matcher(text.substring(end));
                if (ext.find()) {
                    end += ext.end();
                    parts++;
                } else if (near.find() && !NOT_PLACES.contains(near.group(1))) {
                    end += near.end();
                    parts++;
                    local = true;
                }
            } else if (last.place().latin()) {
                Matcher ext = LATIN_EXTENSION.matcher(text.substring(end));
                Matcher after = LOCAL_AFTER_CITY.matcher(text.substring(end));
                if (ext.find() && (ext.group(1).length() == 2 || LocationGazetteer.latin(ext.group(1)) != null)) {
                    end += ext.end();
                    parts++;
                } else if (last.place().kind() == LocationGazetteer.Kind.CITY && after.find() && neighbourhood(local(after))) {
                    String city = said(text, first);
                    candidates.add(new Candidate(first.start(), end + after.end(), city + ", " + Names.capitalise(local(after)),
                            last.place().kind().specificity + 1));
                    continue;
                }
            }
            // 「名古屋市の中区」 is written 名古屋市中区; 「大阪の堺」 stays as said
            String value = parts > 1 ? text.substring(first.start(), end) : said(text, first);
            value = local ? value : value.replace("の", "");
            if (parts > 1 && first.place().latin()) {
                value = said(text, first) + text.substring(first.end(), end);
            }
            int specificity = last.place().kind().specificity + (parts > 1 ? 1 : 0);
            if (first.place().weak() && !JA_STRONG_AFTER.matcher(text.substring(end)).find()) {
                continue;
            }
            candidates.add(new Candidate(first.start(), end, value, specificity));
        }
        Matcher m = JA_UNKNOWN.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            // a kanji name needs an administrative suffix (磐田市), so 「会社の近くに住んでいる」 is no place
            // or the dictionary knows it as a place (中野, 浦添, 堺, 生駒)
            boolean placeLike = name.length() >= 2 && (name.matches(".*[市区町村郡都道府県州島]") || name.matches("[\\p{IsKatakana}ー]+"))
                    || dictionaryPlace(name);
            if (placeLike && !NOT_PLACES.contains(name) && !covered(candidates, m.start(1), m.end(1))) {
                candidates.add(new Candidate(m.start(1), m.end(1), name, 2));
            }
        }
        m = JA_UNKNOWN_AFTER_CUE.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            boolean placeLike = name.length() >= 2 && (name.matches(".*[市区町村郡]") || name.matches("[\\p{IsKatakana}ー]+")) || dictionaryPlace(name);
            if (placeLike && !NOT_PLACES.contains(name) && !covered(candidates, m.start(1), m.end(1))) {
                candidates.add(new Candidate(m.start(1), m.end(1), name, UNKNOWN_SPECIFICITY));
            }
        }
        m = JA_KANA_ADMIN.matcher(text);
        while (m.find()) {
            // 「いまはうるま市」: the words before the name, up to their last particle, are no part of it
            int start = m.start(1) + afterLastParticle(m.group(1));
            if (m.end(1) - start >= 2 && !covered(candidates, start, m.end(1))) {
                candidates.add(new Candidate(start, m.end(1), text.substring(start, m.end(1)), 2));
            }
        }
        m = JA_NARROWED.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            // narrowing a place said before it (「天神の近く。いや、正確には薬院」), a local name the dictionary does not know will do
            int at = m.start(1);
            boolean narrowsAPlace = name.length() >= 2 && candidates.stream().anyMatch(c -> c.end() <= at);
            boolean placeLike = name.matches(".*[市区町村郡]") && name.length() >= 2 || dictionaryPlace(name) || narrowsAPlace;
            if (placeLike && !NOT_PLACES.contains(name) && !covered(candidates, m.start(1), m.end(1))) {
                candidates.add(new Candidate(m.start(1), m.end(1), name, UNKNOWN_SPECIFICITY));
            }
        }
        if (ctx.question().asked(LastQuestion.Topic.LOCATION)) {
            // 「中野。東京の。」: a sentence that is only a place the dictionary knows answers where one lives
            for (Utterance.Sentence sentence : ctx.utterance().sentences) {
                Matcher alone = JA_PLACE_ALONE.matcher(sentence.text());
                if (alone.matches() && dictionaryPlace(alone.group(1)) && !NOT_PLACES.contains(alone.group(1))
                        && !covered(candidates, sentence.start() + alone.start(1), sentence.start() + alone.end(1))) {
                    candidates.add(new Candidate(sentence.start() + alone.start(1), sentence.start() + alone.end(1), alone.group(1), 2));
                }
            }
        }
        m = EN_UNKNOWN.matcher(text);
        while (m.find()) {
            int group = m.group(2) != null ? 2 : 1;
            // A capitalised run may go on past the sentence's end ("in Leeds. My partner…"): it stops there.
            int sentenceEnd = ctx.utterance().sentenceAt(m.start(group)).end();
            String name = m.group(group).substring(0, Math.max(0, Math.min(m.group(group).length(), sentenceEnd - m.start(group))))
                    .replaceAll("[.,]+$", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            String firstWord = firstWord(name);
            int nameStart = m.start(group);
            int nameEnd = nameStart + name.length();
            if (!NOT_EN_PLACES.contains(firstWord) && withinAfterLocal(candidates, nameStart, nameEnd)) {
                // "I stay in Lekki, Lagos": a local place the gazetteer does not know, before its city, is kept with it
                candidates.removeIf(c -> c.start() > nameStart && c.end() <= nameEnd);
                candidates.add(new Candidate(nameStart, nameEnd, name, UNKNOWN_SPECIFICITY));
            } else if (!NOT_EN_PLACES.contains(firstWord) && !covered(candidates, m.start(group), m.start(group) + name.length())) {
                LocationGazetteer.Place close = LocationGazetteer.closeLatin(firstWord);
                String value = close != null && !name.contains(" ") ? close.canonical() : name;
                candidates.add(new Candidate(m.start(group), m.start(group) + name.length(), value, UNKNOWN_SPECIFICITY));
            }
        }
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            Matcher settlement = EN_SETTLEMENT_ANSWER.matcher(sentence.text());
            if (settlement.lookingAt()) {
                int group = settlement.group(2) != null ? 2 : 1;
                int start = sentence.start() + settlement.start(group);
                int end = sentence.start() + settlement.end(group);
                if (!NOT_EN_PLACES.contains(firstWord(settlement.group(group))) && !covered(candidates, start, end)) {
                    String name = TRAILING_STOPS.matcher(settlement.group(group)).replaceFirst("");
                    candidates.add(new Candidate(start, start + name.length(), name, UNKNOWN_SPECIFICITY));
                }
            }
        }
        m = EN_NARROWED.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            // after a comma only beside a place already found ("Accra, Madina to be exact"), not after a name ("I'm Sam, specifically")
            int at = m.start();
            boolean afterPlace = m.group().startsWith("(") || !m.group().startsWith(",") || candidates.stream().anyMatch(c -> c.end() <= at && at - c.end() <= 2);
            if (afterPlace && !NOT_EN_PLACES.contains(firstWord(name)) && !covered(candidates, m.start(1), m.end(1))) {
                candidates.add(new Candidate(m.start(1), m.end(1), name, UNKNOWN_SPECIFICITY));
            }
        }
        narrowedNext(text, candidates);
        m = EN_CALLED_PLACE.matcher(text);
        while (m.find()) {
            String name = TRAILING_STOPS.matcher(m.group(1)).replaceFirst("");
            if (!NOT_EN_PLACES.contains(firstWord(name)) && !covered(candidates, m.start(1), m.start(1) + name.length())) {
                candidates.add(new Candidate(m.start(1), m.start(1) + name.length(), name, UNKNOWN_SPECIFICITY));
            }
        }
        m = EN_LOCAL_BEFORE_AREA.matcher(text);
        while (m.find()) {
            String local = m.group(1);
            boolean words = java.util.Arrays.stream(local.toLowerCase(java.util.Locale.ROOT).split("\\s+")).allMatch(EnglishWords::isCommonWord);
            if (LocationGazetteer.latin(m.group(2)) != null && !words && !covered(candidates, m.start(1), m.end(1))) {
                candidates.add(new Candidate(m.start(1), m.end(1), Names.capitalise(local), UNKNOWN_SPECIFICITY));
            }
        }
        listedPlaces(ctx, candidates);
        m = EN_LOWER_WORD.matcher(lower);
        while (m.find()) {
            LocationGazetteer.Place close = LocationGazetteer.closeLatin(m.group(1));
            if (close != null && !covered(candidates, m.start(1), m.end(1))) {
                candidates.add(new Candidate(m.start(1), m.end(1), close.canonical(), close.kind().specificity));
            }
        }
        if (candidates.size() > MAX_CANDIDATES) {
            // each is weighed against its whole sentence: a message naming hundreds of places would cost the
            // square of its length; none that answers where one lives names more than a few
            candidates.sort(java.util.Comparator.comparingInt(Candidate::start));
            candidates.subList(MAX_CANDIDATES, candidates.size()).clear();
        }

        Candidate best = null;
        int bestScore = 0;
        List<Candidate> landmarks = landmarks(ctx, candidates);
        for (Candidate c : candidates) {
            int score = landmarks.contains(c) ? 0 : score(ctx, c);
            if (score == 1 && ctx.current().location() != null) {
                continue;
            }
            if (score > bestScore || score == bestScore && score > 0
                    && (c.specificity() > best.specificity() || c.specificity() == best.specificity() && c.start() > best.start())) {
                best = c;
                bestScore = score;
            }
        }
        if (best == null) {
            return new Result(null, false);
        }
        // "I live in Tokyo, in Shibuya": the more specific place of the same sentence
        Utterance.Sentence sentence = ctx.utterance().sentenceAt(best.start());
        for (Candidate c : candidates) {
            if (sentence.contains(c.start()) && c.specificity() > best.specificity() && !landmarks.contains(c) && score(ctx, c) >= 2) {
                best = c;
            }
        }
        String value = withItsCity(ctx, candidates, best, sentence);
        // 「三宮の近く」, 「豊洲寄り」, 「名古屋の郊外」: how near the place the person lives is kept with it
        Matcher near = JA_NEAR_SAID.matcher(ctx.text().substring(best.end()));
        if (near.lookingAt() && !LooksLexicon.hasLatin(value, 0, value.length())) {
            value += near.group();
        }
        boolean corrected = ctx.current().location() != null && !ctx.current().location().equals(value)
                && Corrections.hasCue(ctx.utterance().sentenceAt(best.start()).text());
        return new Result(value, corrected);
    }

    /**
     * "Salford - so basically Manchester", "living in Denver, Capitol Hill": a local place the
     * gazetteer does not know, said beside the city it is in (also said as where the person
     * lives), is kept with it in the order said ("Salford, Manchester", "Denver, Capitol Hill"), so the
     * place holds all the person's words.
     */
    private static String withItsCity(Context ctx, List<Candidate> candidates, Candidate local, Utterance.Sentence sentence) {
        if (local.specificity() != UNKNOWN_SPECIFICITY || !LooksLexicon.hasLatin(local.value(), 0, local.value().length())) {
            return local.value();
        }
        for (Candidate city : candidates) {
            boolean near = Math.abs(city.start() - local.start()) <= CITY_DISTANCE
                    && !(city.start() < local.end() && local.start() < city.end()); // "Midtown, Manhattan" holds its city already
            if (city != local && city.specificity() < UNKNOWN_SPECIFICITY && near && sentence.contains(city.start())
                    && !local.value().contains(city.value()) && city.value().chars().allMatch(ch -> ch < 0x250) && score(ctx, city) >= 2) {
                return city.start() < local.start() ? city.value() + ", " + local.value() : local.value() + ", " + city.value();
            }
        }
        return local.value();
    }

    /** The first word of a name ("Well" of "Well Mesa", "Leeds" of "Leeds, UK"). */
    private static String firstWord(String name) {
        return FIRST_WORD_END.split(name, 2)[0];
    }

    /** Adds the place a place just said is narrowed down to ("Phoenix. Well, Mesa") as the more local one. */
    private static void narrowedNext(String text, List<Candidate> candidates) {
        for (Candidate place : List.copyOf(candidates)) {
            Matcher m = EN_NARROWED_NEXT.matcher(text).region(place.end(), text.length());
            if (m.lookingAt()) {
                int group = m.group(1) != null ? 1 : 2;
                String name = m.group(group);
                if (!NOT_EN_PLACES.contains(firstWord(name)) && !covered(candidates, m.start(group), m.end(group))) {
                    candidates.add(new Candidate(m.start(group), m.end(group), name, UNKNOWN_SPECIFICITY));
                }
            }
        }
    }

    /**
     * The places said as landmarks ("just out of Dunedin", "across the harbour from Halifax", "(san diego area)"), when the
     * message names another place that is none: the home is that one.
     */
    private static List<Candidate> landmarks(Context ctx, List<Candidate> candidates) {
        if (candidates.size() < 2) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        List<Candidate> areas = new ArrayList<>();
        for (Candidate c : candidates) {
            Utterance.Sentence sentence = ctx.utterance().sentenceAt(c.start());
            String before = ctx.lower().substring(Math.max(sentence.start(), c.start() - 40), c.start());
            boolean strong = EN_STRONG_BEFORE.matcher(before).find() && !NEAR_BEFORE.matcher(before).find();
            if (AREA_AFTER.matcher(ctx.lower()).region(c.end(), ctx.lower().length()).lookingAt() && !strong) {
                areas.add(c); // "(san diego area)": the area the home lies in, whatever else is said of the other place
            } else if (!strong && REFERENCE_BEFORE.matcher(before).find()) {
                found.add(c);
            }
        }
        // a landmark gives way to a place said as the home ("Mosgiel, just out of Dunedin"), not to a birthplace
        // ("from Manchester, but I live near London now" lives near London)
        boolean home = candidates.stream().anyMatch(c -> !found.contains(c) && !areas.contains(c) && !overlapsAny(c, found) && score(ctx, c) >= 2);
        boolean other = candidates.stream().anyMatch(c -> !areas.contains(c) && !overlapsAny(c, areas) && score(ctx, c) >= 1);
        List<Candidate> result = new ArrayList<>();
        if (home) {
            result.addAll(found);
        }
        if (other) {
            result.addAll(areas);
        }
        return result;
    }

    /** "…and still here", "never left", "still live there": a birthplace that is home still. */
    private static final Pattern STILL_THERE = Pattern.compile(
            "\\b(?:still (?:here|there|live|living|living there|based|in it)|never left|never moved|haven't left|have not left|live there still|still call it home)\\b");
    private static final Pattern NEAR_BEFORE = Pattern.compile("\\b(?:outside|near|close to)(?:\\s+of)?\\s+(?:the\\s+)?$");

    private static boolean overlapsAny(Candidate c, List<Candidate> others) {
        return others.stream().anyMatch(o -> o.start() < c.end() && c.start() < o.end());
    }

    /** How far apart, in characters, a local place and its city are still said together. */
    private static final int CITY_DISTANCE = 40;

    /**
     * How the person wrote a place the gazetteer knows: its full name when that holds their words
     * ("tokyo" → Tokyo, Shinjuku → "Shinjuku, Tokyo"), else their own words ("LA", "Philly", "SF"),
     * never a rewrite that loses them.
     */
    private static String said(String text, LocationGazetteer.Match match) {
        String canonical = match.place().canonical();
        if (!match.place().latin()) {
            return canonical;
        }
        String typed = text.substring(match.start(), match.end());
        String lowerTyped = typed.toLowerCase(java.util.Locale.ROOT);
        String lowerCanonical = canonical.toLowerCase(java.util.Locale.ROOT);
        // "Sao Paulo" is São Paulo without its accent; "Montréal" keeps the accent the person typed
        boolean plain = lowerTyped.chars().allMatch(c -> c < 0x80);
        return holdsWords(lowerCanonical, lowerTyped) || plain && holdsWords(withoutAccents(lowerCanonical), lowerTyped) ? canonical
                : Names.capitalise(typed);
    }

    private static boolean holdsWords(String text, String words) {
        for (String word : PLACE_WORD_BREAK.split(words)) {
            if (!word.isEmpty() && !containsWord(text, word)) {
                return false;
            }
        }
        return true;
    }

    /** "Sao Paulo" is São Paulo written without its accent. */
    private static String withoutAccents(String text) {
        return ACCENTS.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    /**
     * A place typed as an item of a listed introduction answering Hera's question for it ("Rachel,
     * 41, female, Upper West Side, Manhattan", "28, male, Salford - so basically Manchester", "hi im
     * owen, 27, m, cardiff"): an item after the age or the gender that is a capitalised run of words
     * (or, in a message typed in lower case, one word that is not an everyday one). A place the
     * gazetteer does not know is taken as the more local one (a suburb beside its city).
     */
    private static void listedPlaces(Context ctx, List<Candidate> candidates) {
        boolean asked = ctx.question().asked(LastQuestion.Topic.LOCATION);
        String text = ctx.text();
        if (!asked && text.indexOf(',') < 0 && text.indexOf('.') < 0) {
            return;
        }
        LastQuestion q = ctx.question();
        if (!asked && (q.asked(LastQuestion.Topic.CHILDREN) || q.asked(LastQuestion.Topic.CHILD_NAMES) || q.asked(LastQuestion.Topic.PARTNER))) {
            return; // "2. Boy Diego, girl Camila" answering about children lists names, not places
        }
        boolean typedLower = ctx.utterance().lowerCaseTyped;
        // "Fiona. 39. Edinburgh.": items typed as sentences of their own go on after the age
        boolean afterAgeOrGender = false;
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            int itemStart = 0;
            for (String raw : LIST_SEPARATOR.split(sentence.text())) {
                int rawStart = sentence.text().indexOf(raw, itemStart);
                itemStart = rawStart + raw.length();
                String item = raw.strip();
                if (LIST_SELF_INTRODUCTION.matcher(item).lookingAt()) {
                    continue;
                }
                // "bloke from Brighton", "32 year old woman in the Chicago suburbs": the age or gender, then maybe a place
                Matcher self = LIST_AGE_OR_GENDER.matcher(item.toLowerCase(java.util.Locale.ROOT));
                if (self.lookingAt() && (self.end() == item.length() || !Character.isLetterOrDigit(item.charAt(self.end())))) {
                    afterAgeOrGender = true;
                    item = item.substring(self.end()).strip();
                    if (item.isEmpty()) {
                        continue;
                    }
                }
                String filler = LIST_ITEM_FILLER.matcher(item).replaceFirst("");
                String word = PLACE_NOTE.matcher(TRAILING_STOPS.matcher(filler).replaceFirst("")).replaceFirst("").strip();
                // "Logan Square in Chicago", "fitzroy in melbourne": a local place with the city it is in
                Matcher inCity = LOCAL_IN_CITY.matcher(word);
                String city = null;
                // "Bellville in Cape Town's northern suburbs": the city, without what part of it
                String cityName = inCity.matches() ? CITY_PART.matcher(inCity.group(2)).replaceFirst("") : null;
                if (inCity.matches() && LocationGazetteer.latin(cityName) != null) {
                    word = inCity.group(1);
                    city = cityName;
                }
                String lower = word.toLowerCase(java.util.Locale.ROOT);
                boolean placeShape = CAPITALISED_RUN.matcher(word).matches()
                        || typedLower && LOWER_WORD.matcher(word).matches() && !EnglishWords.isEverydayWord(lower);
                // one common word ("Sure", "sorry, what?", "again") is a place only when the gazetteer knows it (Phoenix)
                if (placeShape && word.indexOf(' ') < 0 && EnglishWords.isCommonWord(lower) && LocationGazetteer.latin(word) == null) {
                    placeShape = false;
                }
                // "Cardiff, born in Swansea though" answering "Where are you based?": the place opens the answer
                // not when the name was asked too: "Callum. 42. Glasgow." opens with the name; nor a word no gazetteer
                // knows before the age or the gender: "Mike, 40, Denver" opens with the name as well
                boolean opening = asked && !ctx.question().asked(LastQuestion.Topic.USER_NAME) && sentence.index() == 0 && rawStart == 0
                        && !GREETING.matcher(lower).find()
                        && (LocationGazetteer.latin(word) != null || !beforeAgeOrGender(text, sentence.start() + rawStart + raw.length()));
                if (!(afterAgeOrGender || opening) || !placeShape || NOT_EN_PLACES.contains(firstWord(word))) {
                    continue;
                }
                int start = sentence.start() + rawStart + raw.indexOf(word);
                if (city != null && !covered(candidates, start, start + word.length())) {
                    int end = start + inCity.end(2);
                    candidates.removeIf(c -> c.start() >= start && c.end() <= end);
                    String value = typedLower ? Names.capitalise(word) + " in " + Names.capitalise(city) : word + " in " + city;
                    candidates.add(new Candidate(start, end, value, UNKNOWN_SPECIFICITY, true));
                } else if (!covered(candidates, start, start + word.length())) {
                    String value = typedLower ? Names.capitalise(word) : word;
                    Matcher ext = LATIN_EXTENSION.matcher(text.substring(start + word.length()));
                    int end = start + word.length();
                    if (ext.find() && (ext.group(1).length() == 2 || LocationGazetteer.latin(ext.group(1)) != null)) {
                        value += text.substring(end, end + ext.end());
                        end += ext.end();
                    }
                    candidates.add(new Candidate(start, end, value, UNKNOWN_SPECIFICITY, true));
                } else {
                    candidates.replaceAll(c -> c.start() == start ? new Candidate(c.start(), c.end(), c.value(), c.specificity(), true) : c);
                }
            }
        }
    }

    /** Whether the next item of a list, after the given offset, is the age or the gender ("Mike, 40, Denver", "Mike. 40."). */
    private static boolean beforeAgeOrGender(String text, int end) {
        Matcher next = NEXT_ITEM.matcher(text).region(end, text.length());
        next.lookingAt();
        String rest = text.substring(next.end()).toLowerCase(java.util.Locale.ROOT);
        Matcher self = LIST_AGE_OR_GENDER.matcher(rest);
        return self.lookingAt() && (self.end() == rest.length() || !Character.isLetterOrDigit(rest.charAt(self.end())));
    }

    private static String local(Matcher after) {
        return after.group(1) != null ? after.group(1) : after.group(2);
    }

    /**
     * Words that can name a neighbourhood: none of them a common English word ("married", "obviously") or a known place; a
     * capitalised word is judged by the lists alone, for places may end like gerunds (Schwabing, Ealing, Reading).
     */
    private static boolean neighbourhood(String words) {
        for (String word : LOCAL_WORD_BREAK.split(words)) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            boolean common = Character.isUpperCase(word.codePointAt(0)) ? EnglishWords.isListedCommonWord(lower) : EnglishWords.isCommonWord(lower);
            if (common || SIDE_OF_CITY.matcher(lower).matches() || LocationGazetteer.latin(word) != null) {
                return false;
            }
        }
        return true;
    }

    /** "Lekki, Lagos": the span opens before every place it overlaps, and those lie within it. */
    private static boolean withinAfterLocal(List<Candidate> candidates, int start, int end) {
        List<Candidate> overlapping = candidates.stream().filter(c -> c.start() < end && start < c.end()).toList();
        return !overlapping.isEmpty() && overlapping.stream().allMatch(c -> c.start() > start + 1 && c.end() <= end);
    }

    private static boolean covered(List<Candidate> candidates, int start, int end) {
        return candidates.stream().anyMatch(c -> c.start() < end && start < c.end());
    }

    /** 3 strong, 2 medium, 1 weak, 0 not the user's home. */
    private static final Pattern NARROWING_AFTER = Pattern.compile("^\\s*(?:specifically|technically|to be (?:exact|precise)|precisely|exactly)\\b");
    private static final Pattern NARROWING_BEFORE = Pattern.compile("(?:^|[\\s(,])(?:well|actually|technically|specifically|more precisely),?\\s+$");
    private static final Pattern NAMING_BEFORE = Pattern.compile("\\b(?:i'm|i am|im|my name is|my name's|name's|call me|this is)\\s+$");
    private static final Pattern WORKPLACE_BEFORE = Pattern.compile(
            "(?:職場|勤務先|勤め先|会社|仕事場|しごとば|バイト先|勤務地)(?:は|が|:|も)\\s*$|\\b(?:work|office|job|workplace)(?:'s|\\s+is)\\s+(?:in|at|near)?\\s*$");

    private static int score(Context ctx, Candidate c) {
        String text = ctx.text();
        String lower = ctx.lower();
        if (ctx.subjects().explicitAt(c.start()) != Subject.USER || Corrections.isRejected(lower, c.start(), c.end())) {
            return 0;
        }
        Utterance.Sentence sentence = ctx.utterance().sentenceAt(c.start());
        String after = text.substring(c.end(), sentence.end());
        String before = lower.substring(sentence.start(), c.start());
        if (WORKPLACE_BEFORE.matcher(before).find()) {
            return 0; // 「職場は梅田」, "work's in Midtown": where the person works is not where they live
        }
        if (NAMING_BEFORE.matcher(before).find() && !EN_STRONG_AFTER.matcher(after).find()) {
            return 0; // "I'm Savannah, 24": a place's name given as one's own; not "I'm Seattle-based"
        }
        if (NARROWING_AFTER.matcher(after).find() || NARROWING_BEFORE.matcher(before).find() || JA_NARROWING_BEFORE.matcher(before).find()) {
            return 3; // "nyc (brooklyn specifically)", "Perth. Well, Fremantle technically": the place narrowed down to
        }
        if (c.listed()) {
            return 2;
        }
        if (JA_STRONG_AFTER.matcher(after).find() || JA_STRONG_BEFORE.matcher(before).find()
                || EN_STRONG_BEFORE.matcher(before).find() || EN_STRONG_AFTER.matcher(after).find()) {
            return 3;
        }
        boolean travel = TRAVEL.matcher(sentence.text().toLowerCase(java.util.Locale.ROOT)).find();
        // "26 year old guy from Bellville in Cape Town" answering where one lives: "from" says it, unless as a birthplace
        if (ctx.question().asked(LastQuestion.Topic.LOCATION) && EN_FROM_BEFORE.matcher(before).find()
                && !BIRTHPLACE.matcher(sentence.text().toLowerCase(java.util.Locale.ROOT)).find() && !travel) {
            return 2;
        }
        if (EN_WEAK_BEFORE.matcher(before).find() && STILL_THERE.matcher(sentence.text().toLowerCase(java.util.Locale.ROOT)).find() && !travel) {
            return 2; // "born and raised in Kingston, and still here", "grew up in Leeds and never left"
        }
        if (JA_WEAK_AFTER.matcher(after).find() || JA_WEAK_BEFORE.matcher(before).find() || EN_WEAK_BEFORE.matcher(before).find()) {
            return travel ? 0 : 1;
        }
        if (travel) {
            return 0;
        }
        if (LIVE_WORD.matcher(sentence.text().toLowerCase(java.util.Locale.ROOT)).find()) {
            return 2;
        }
        if (JA_MEDIUM_AFTER.matcher(after).find() || EN_MEDIUM_BEFORE.matcher(before).find()
                || ctx.question().asked(LastQuestion.Topic.LOCATION) || isWholeAnswer(sentence.text(), c, sentence)) {
            return 2;
        }
        return 0;
    }

    private static boolean isWholeAnswer(String sentence, Candidate c, Utterance.Sentence s) {
        String rest = (sentence.substring(0, c.start() - s.start()) + sentence.substring(c.end() - s.start()))
                .replaceAll("[\\s、,。.!！?？]|です|だよ|やで|now|currently", "");
        return rest.isEmpty();
    }
}
