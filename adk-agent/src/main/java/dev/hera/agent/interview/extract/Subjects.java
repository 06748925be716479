package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.agent.text.Normalization;
import dev.hera.model.RelationshipStatus.PartnerField;

/**
 * Decides whom each position of a message is about. A message is read as a sequence of
 * subject markers (「私は」, 「理想の相手は」, 「妻の」, "my wife", "she", "my daughter is", a known
 * partner name, ...); a marker governs the text after it until the next marker. In Japanese the
 * topic carries over to the next sentences until another marker appears (「理想の相手は穏やかな人。
 * 名前はけんた。」), so {@link #at(int)} uses the carried topic; {@link #explicitAt(int)} ignores
 * it and is used for facts only the user has in this interview (income, address, status).
 * <p>
 * Preference clauses (「優しい人がいい」, "I'd love someone who...") describe the ideal partner
 * even though the user is speaking; they override the markers over their clause.
 * <p>
 * Some care for English: "I" marks the user only where a clause starts ("and I'm messy", not
 * "the kindest person I know"); "my wife", "my daughter" mark a subject only before a verb
 * ("my daughter is 3", not "I live with my daughter"); "she"/"he" refer to the last third person
 * named, the partner by default; a sentence opening with an unknown name ("Emma is ...") is about
 * someone else until that name is known as the partner's.
 */
final class Subjects {

    /** Which partner a marker points at. */
    enum Side {
        IDEAL, CURRENT, NONE
    }

    record Marker(int start, int end, Subject subject, Side side) {
    }

    private record Range(int start, int end) {
        boolean contains(int position) {
            return position >= start && position < end;
        }
    }

    /** The words for one's spouse, longest first: 「奥さん」「嫁はん」「かみさん」「家内」「旦那さん」「ご主人」「夫」 (not 「丈夫」「工夫」). */
    static final String JA_SPOUSE_NOUNS = "奥さん|奥様|お嫁さん|嫁はん|嫁さん|嫁|妻|家内|女房|かみさん|カミさん|旦那さん|旦那様|旦那|ダンナ|だんなさん|だんな"
            + "|ご主人|主人|(?<![丈工])夫";
    /** The words for the one someone goes out with: 「彼氏」「カノジョ」「恋人」「パートナー」. */
    static final String JA_SWEETHEART_NOUNS = "彼氏|カレシ|かれし|彼女|カノジョ|かのじょ|恋人|こいびと|パートナー";
    /** The words for one's partner: {@link #JA_SPOUSE_NOUNS}, {@link #JA_SWEETHEART_NOUNS}, a fiancé's, and 「うちの」 before は. */
    static final String JA_PARTNER_NOUNS = JA_SPOUSE_NOUNS + "|" + JA_SWEETHEART_NOUNS + "|婚約者|フィアンセ|相方|うちの人|ダーリン"
            + "|(?<=^|[、,。!！\\s])うちの(?=は)"; // 「うちのは洋子っていうの」: one's spouse

    /** The words the speaker calls themselves by. */
    static final String JA_SELF = "(?:私|わたし|あたし|わたくし|僕|ぼく|俺|おれ|オレ|自分|わし|ウチ|うち)";
    private static final Pattern JA_USER = Pattern.compile(
            JA_SELF + "(?:たち|達|ら)?(?:自身)?(?:は|って|も|が|の|、|,|として)");
    /**
     * The people other than the speaker, the partner and the children: kin, friends, colleagues, former partners, pets
     * (relatives too: 「息子夫婦は子どもが二人」 are their children, not a wish).
     */
    private static final String JA_OTHER_PEOPLE = "(?:お母さん|お父さん|母親|父親|おかん|おとん|両親|母|父|兄貴|姉貴|お兄ちゃん|お姉ちゃん|兄弟|姉妹|兄|姉|弟|妹"
            + "|祖母|祖父|おばあちゃん|おじいちゃん|親友|友達|友人|ツレ|同僚|同期|上司|部下|先輩|後輩|元彼|元カレ|元カノ"
            + "|(?:元|前の)(?:" + JA_SPOUSE_NOUNS + "|彼氏|彼女)|犬|猫|ペット|親|(?:息子|娘|兄|姉|弟|妹)夫婦|義(?:姉|兄|妹|弟|母|父)|甥っ子|姪っ子|甥|姪|いとこ|従兄弟|従姉妹|親戚"
            + "|叔母|叔父|伯母|伯父|おばさん|おじさん)"
            // 「姉ちゃんは東京で」, 「兄さんも」: kin with an honorific
            + "(?:ちゃん|さん)?";
    /** 「妻は」, 「うちの旦那って」 (not another's: see {@link #JA_OTHERS}). */
    private static final Pattern JA_PARTNER_CURRENT = Pattern.compile(
            "(?:うちの|私の|僕の|俺の|自分の|わたしの)?(?:" + JA_PARTNER_NOUNS + ")(?:さん)?(?:は|って|も|の|が(?![いおで])|とは|には|、)");
    private static final Pattern JA_PARTNER_NEUTRAL = Pattern.compile("(?:お)?相手(?:の方)?(?:は|って|には|の|に|が(?![いおで]))");
    private static final Pattern JA_PARTNER_IDEAL = Pattern.compile(
            "(?<!(?:子供|子ども|こども|お子さん)は)(?:理想|(?<![\\p{IsHiragana}])りそう)(?:の[^。、!！?？\\s]{0,8}?)?(?:は|って|としては|像は|だと|なのは)(?![、,\\s]*(?:[一二三四五六七八九十0-9]+|ひとり|ふたり)\\s*(?:人|り))|(?:理想|求める)の(?:相手|人|パートナー|男性|女性|旦那さん|奥さん|彼氏|彼女|タイプ)"
                    + "|(?:好きな|好みの)?タイプ(?:は|って|としては)|好み(?:は|って)"
                    + "|(?:将来の|未来の)(?:奥さん|お嫁さん|妻|嫁|旦那さん|旦那|夫|パートナー|相手)(?:は|って|の|が|には)?"
                    + "|(?:結婚|付き合う|一緒になる)(?:する)?なら");
    private static final Pattern JA_PRONOUN = Pattern.compile("(?<![元])彼(?:とは|は|って|も|の|が(?![いおで]))");
    /**
     * 「先輩の千夏さんに片思いしてて…しっかり者で」, 「好きな人がおって、」: the one the speaker has a crush on is the partner
     * hoped for, and what follows the clause is about them.
     */
    private static final Pattern JA_CRUSH = Pattern.compile(
            "(?:片思い|片想い)(?:して(?:て|る|い(?:て|る|ます))?|中|しとる|しとって|しよる)?(?:なんです|です|で|やけど|けど|だけど)?[…・.、,。!！\\s]*"
                    + "|好きな(?:人|ひと)(?:が|も)(?:いて|おって|いる|おる|います|いるんです)(?:けど|んやけど|んだけど)?[…・.、,。!！\\s]*");
    private static final Pattern JA_CHILD = Pattern.compile(
            "(?:子供|子ども|こども|お子さん|娘|息子|長女|長男|次女|次男|三女|三男|男の子|女の子|赤ちゃん|双子|三つ子|第一子|第二子|一人目|二人目|1人目|2人目|上の子|下の子)"
                    + "(?:は|って|も|の|が|なら|には|を|(?=\\s*(?:[一二三四五1-5]人|ひとり|ふたり)))");
    private static final Pattern JA_OTHER = Pattern.compile(JA_OTHER_PEOPLE
                    // 「友達のゆうこは」「同僚の田中さんって」: the one named after の is that person
                    + "(?:の[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,6}?(?:さん|くん|君|ちゃん)?)?"
                    // 「同僚の田中さんのところは男の子３人」: that person's household
                    + "(?:の(?:ところ|とこ|家|うち))?"
                    // 「こむぎの弟と妹ってことで」: "as the dog's brother and sister", said of the wished-for children
                    + "(?:は|って(?!こと)|も)(?!\\s*(?:多|少な))"); // 「友達は多い」 speaks of the user
    private static final Pattern JA_PREFERENCE = Pattern.compile(
            "(?<=[いなのるたて])(?:人|ひと|方|かた|男性|女性|男|女|相手|パートナー|彼氏|彼女|旦那さん|奥さん|お嫁さん|タイプ)"
                    + "(?:が|は|を|と|に)?(?:いい|良い|よい|ええ|理想|好き|タイプ|希望|探して|求めて|惹かれ|結婚したい|付き合いたい|出会いたい|憧れ)");
    /**
     * 「…笑って許してくれる子。」, 「海が好きで、どこでも寝られる人。」: a sentence that ends on the person it describes
     * (here it tells whom the sentence is about; {@link PartnerDescription} reads its clauses as character).
     */
    static final Pattern JA_DESCRIBED_ONE = Pattern.compile(
            "(?<=[\\p{IsHiragana}\\p{IsHan}ー])(?:人|ひと|方|子|娘|タイプ|男性|女性|男|女)(?:です|だ|やな|やね|がいい(?:な|です)?|が理想|がええ|かな|ですね|だね)?"
                    + "[。.!！?？〜ー…♪\\s\\p{So}\\x{1F000}-\\x{1FAFF}]*$");
    private static final Pattern JA_USER_TOPIC_START = Pattern.compile(
            "^\\s*(?:あと|それと|で)?[、,]?\\s*(?:私|わたし|あたし|わたくし|僕|ぼく|俺|おれ|オレ|自分|うち|ウチ)(?:自身)?(?:は|って)");
    private static final Pattern JA_CLAUSE_BREAK = Pattern.compile("[、,。]|けど|けれど|ですが|だが|でも|ものの");
    /** 「彼女はいない」, 「彼女はもう三年おらん」, 「彼氏は今はいません」: no partner, with a time said between. */
    private static final Pattern JA_NO_PARTNER_AFTER = Pattern.compile(
            "^\\s*(?:は|も|が)?\\s*(?:もう|今は|いまは|今|いま|ずっと|まだ|ここ)?\\s*(?:[0-9０-９一二三四五六七八九十何]+\\s*(?:年|ヶ月|か月|カ月|ヵ月)(?:くらい|ぐらい|ほど|以上)?(?:は|も)?)?\\s*(?:いな|いませ|おら|おりませ|いーひ|いーへ|なし|無し|募集|でき(?:ませ|な|へ|ひ))");

    private static final Pattern EN_USER = Pattern.compile("\\b(?:i|i'm|im|i've|i'd|i'll|myself|we|we're|we've|we'd)\\b");
    private static final Pattern EN_CLAUSE_START = Pattern.compile(
            "(?:[,;:.!?()—–\\p{So}\\x{FE0F}-]|\\b(?:me|and|but|so|because|bc|cuz|coz|cos|cause|tell you|though|although|while|also|plus|honestly|well|actually|oh|hi|hey|hello|yes|yeah|no|then|as for|"
                    + "i think|think|thinks|say|says|said|tells me|told me|believes|guess|feel|know|and now|now|currently|basically|tbh|lol|haha|ok|okay|um|so yeah))$");
    /**
     * "Can't sit still, me, always out with the walking group", "Proper homebody, me.": a clause tagged with ", me" at its
     * end, as speakers in Britain, Ireland and Australia say, is about the speaker from its start (not "me too", "me
     * included", "Who, me?").
     */
    private static final Pattern EN_ME_TAG = Pattern.compile("(?:^|(?<=[.!;]))\\s*([^.!?;,]+?),\\s*me\\s*(?=[,.!;]|$)");
    /** "warm, I mean, and always laughing", "kind, I guess —": an aside of the speaker's, after "I", that says nothing of them. */
    private static final Pattern EN_ASIDE = Pattern.compile("\\s+(?:mean|guess|suppose|reckon|think|believe|'d say|would say)\\s*(?:[,;.!?—–)-]|$)");
    private static final Pattern EN_SUBORDINATE = Pattern.compile("(?<![,;.!?]\\s{0,2})\\b(?:while|when|whenever|until|before|after)$");
    private static final Pattern EN_PARTNER_CURRENT = Pattern.compile(
            "\\b(?:my|our)\\s+(?:wife|husband|hubby|partner|girlfriend|boyfriend|gf|bf|fianc[ée]e?|spouse|other half|better half|significant other|missus)\\b"
                    // "my late husband", "his ex-wife": no partner now
                    + "|(?<!\\blate\\s)(?<!\\bex-)(?<!\\bex\\s)(?<!\\bformer\\s)(?<!\\bdeceased\\s)\\b(?:wife|husband|girlfriend|boyfriend|fianc[ée]e?|spouse|missus)\\b");
    private static final Pattern EN_PARTNER_IDEAL = Pattern.compile(
            "\\b(?:my\\s+)?(?:ideal|dream|perfect)\\s+(?:partner|match|man|woman|guy|girl|husband|wife|spouse|person|type|boyfriend|girlfriend|someone|one)\\b"
                    + "|\\bmy\\s+(?:ideal|type)\\b|\\bfuture\\s+(?:wife|husband|partner|spouse)\\b"
                    + "|(?<!\\bi'm\\s)(?<!\\bi am\\s)(?<!\\bim\\s)\\b(?:someone|somebody)\\b");
    private static final Pattern EN_PREFERENCE = Pattern.compile(
            "\\b(?:want|wants|like|love|prefer|looking for|look for|hope for|hoping for|dream of|dreaming of|seeking|find|marry|attracted to|into)\\b"
                    + "(?:(?!\\bi\\b|\\bmy\\b|\\bour\\b|\\bkids?\\b|\\bchild|\\bbab|\\bsons?\\b|\\bdaughters?\\b)[^.!?;,:]){0,40}?"
                    + "\\b(?:partner|man|men|woman|women|guy|guys|husband|wife|boyfriend|girlfriend|someone|somebody|spouse|type)\\b");
    private static final Pattern EN_PRONOUN = Pattern.compile(
            "\\b(?:she|he|she's|he's|shes|hes|she'd|he'd)\\b|\\b(?:her|his)\\s+(?=(?:(?:real|full|actual)\\s+)?name|hair|eyes|face|smile|looks|personality|style|skin|height|build)");
    private static final Pattern EN_CHILD = Pattern.compile(
            "\\b(?:our|my|the)\\s+(?:kids?|children|child|sons?|daughters?|babies|baby|boys?|girls?|twins)\\b|\\b(?:kids|children)\\b");
    private static final Pattern EN_OTHER = Pattern.compile(
            "\\bour\\s+(?:neighbou?rs?|friends?|parents|landlord|landlady|dog|cat|in-laws)\\b" // "our neighbour has five boys"
                    + "|\\bmy\\s+(?:(?:wee|little|big|baby|older|younger|elder|eldest|oldest|youngest|twin|half-|step-?)\\s*)?(?:mom|mum|mother|dad|father|parents?|brother|sister|siblings?|best friend|friends?|boss|co-?workers?|colleagues?"
                    // (ex only where no -wife follows it: "my ex-husband lives in Gurgaon" is his, as "my ex lives…" is)
                    + "|roommates?|flatmates?|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|ex-partner|ex-missus|ex(?!-)|dog|cat|grandma|grandmother|grandpa"
                    + "|grandfather|aunt|uncle|cousins?|family|nieces?|nephews?|neighbou?rs?|in-laws|mates?|bff)\\b|\\bex-(?:wife|husband|girlfriend|boyfriend|partner)\\b"
                    + "|\\bmy\\s+(?:late|former|ex)\\s+(?:wife|husband|partner|spouse|girlfriend|boyfriend|fianc[ée]e?)\\b");
    /**
     * "a friend who's married", "a guy named Tom who earns 200k", "someone at work who…": what follows
     * "who" is that person's. Not "someone who…" or "a woman who…" alone: that describes the partner
     * wished for, or the user ("As a woman who's run a school…").
     */
    private static final Pattern EN_OTHER_WHO = Pattern.compile(
            "\\b(?:a|an|this|that|one)\\s+(?:friend|colleague|co-?worker|neighbou?r|classmate|flatmate|roommate|cousin)"
                    + "(?:\\s+(?:named|called)\\s+[a-z'-]+)?\\s+(?:who|that)\\b"
                    + "|\\b(?:a|an|this|that|one|some)\\s+(?:guy|girl|woman|man|person|lady|dude|lad|bloke)\\s+(?:named|called)\\s+[a-z'-]+\\s+(?:who|that)\\b"
                    + "|\\b(?:(?:a|an|this|that|one|some)\\s+(?:guy|girl|woman|man|person|lady|dude|lad|bloke)|someone|somebody)"
                    + "\\s+(?:at|from)\\s+(?:work|the office|school|the gym)\\s+(?:who|that)\\b");
    /** A child noun; "ideal girl", "dream guy" are the partner. */
    private static final Pattern EN_CHILD_NOUN = Pattern.compile(
            "\\b(?:daughters?|sons?|(?<!ideal |dream |perfect |right )(?:girls?|boys?)|bab(?:y|ies)|kids?|children|child)\\b");
    /** One child ("a daughter"): what "she" or "he" may refer to, unlike "the kids". */
    private static final Pattern EN_ONE_CHILD_NOUN = Pattern.compile(
            "\\b(?:daughter|son|(?<!ideal |dream |perfect |right )(?:girl|boy)|baby|kid|child)\\b");
    private static final Pattern PLURAL_CHILDREN = Pattern.compile("(?:kids|children|sons|daughters|boys|girls|babies|twins)\\b");
    private static final Pattern EN_PARTNER_NOUN = Pattern.compile(
            "\\b(?:wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|spouse|missus|someone|somebody|man|woman|guy|lady|person)\\b");
    /** English third-person markers only count when they are the subject of a verb. */
    private static final Pattern EN_VERB_AFTER = Pattern.compile(
            "^(?:\\s*,?\\s*[a-z]+,?)?\\s*(?:'s\\b|is\\b|are\\b|was\\b|were\\b|has\\b|have\\b|had\\b|looks?\\b|seems?\\b|loves?\\b|likes?\\b"
                    + "|works?\\b|would\\b|can\\b|will\\b|isn't\\b|aren't\\b|wasn't\\b|doesn't\\b|does\\b|always\\b|never\\b|really\\b|turned\\b|turns\\b"
                    + "|lives?\\b|lived\\b|moved\\b|earns?\\b|makes?\\b|just\\b|also\\b|still\\b|got\\b)");
    private static final Pattern EN_NO_PARTNER_BEFORE = Pattern.compile(
            "(?:\\bno|n't have an?|without an?|not have an?|never had an?|not seeing an?|no longer have an?)\\s*$");

    private static final Pattern EN_NAMED_SUBJECT = Pattern.compile(
            "\\s*(" + Names.EN_CAP_WORD + ")\\s+(?:is|has|was|'s|seems|looks|loves|likes|would|will)\\b");
    private static final Pattern JA_NAMED_SUBJECT = Pattern.compile(
            "(?:^|(?<=[、,。!！\\s]))" + Names.JA_NAME + "(?:さん|くん|君|ちゃん)(?:は|って|も)(?!名前|いう|言う|いい|言い|呼)"); // 「ゆうきくんって名前」 names

    /**
     * "Paul is the boy", "Ama is a girl, Kofi …": after "is", a child's gender names that child; "Emma is a girl I met at
     * work" is someone the person knows.
     */
    static final Pattern NAMES_A_CHILD = Pattern.compile("\\s+(?i:the|our|my|a|an)\\s+(?i:boy|girl|son|daughter|eldest|oldest|youngest)\\b"
            + "(?!\\s+(?i:i|i've|i'm|who|that|from|at|in|with)\\b)");

    private final Utterance utterance;
    private final List<Marker> markers;
    private final List<Range> preferences;
    private final Subject[] sentenceStart;

    private Subjects(Utterance utterance, List<Marker> markers, List<Range> preferences, Subject initial) {
        this.utterance = utterance;
        this.markers = markers;
        this.preferences = preferences;
        this.sentenceStart = new Subject[utterance.sentences.size()];
        Subject carry = initial;
        for (Utterance.Sentence sentence : utterance.sentences) {
            sentenceStart[sentence.index()] = carry;
            int last = -1;
            for (Marker marker : markers) {
                if (marker.subject() != null && sentence.contains(marker.start())) {
                    // 「家内はよう気がつく人でね、わしが言う前にお茶が出てくる。几帳面だし、きれい好き。」: the speaker as the
                    // subject inside a clause (「わしが」) is no topic the next sentence goes on with
                    if (marker.subject() == Subject.USER && marker.end() > marker.start() && utterance.text.charAt(marker.end() - 1) == 'が'
                            && carry != Subject.USER) {
                        continue;
                    }
                    carry = marker.subject();
                    last = marker.start();
                }
            }
            for (Range range : preferences) {
                // 「優しい人がいいな。」: the next sentence still talks about that person
                if (sentence.contains(range.start()) && range.start() >= last) {
                    carry = Subject.PARTNER;
                }
            }
        }
    }

    /**
     * @param initial      whom the first words are about when they carry no marker (the partner
     *                     after Hera asked only about the partner, otherwise the user)
     * @param partnerNames known partner names; they mark the partner as subject
     */
    static Subjects of(Utterance utterance, Subject initial, Collection<String> partnerNames) {
        List<Marker> found = new ArrayList<>();
        String text = utterance.text;
        String lower = utterance.lower;
        // each language's patterns read only a message holding its script: each is a long alternation tried at every position
        String ja = utterance.hasJapanese ? text : "";
        String en = utterance.hasLatin ? lower : "";
        add(found, JA_USER, ja, Subject.USER, Side.NONE);
        addPartner(found, JA_PARTNER_CURRENT, ja, Side.CURRENT);
        addPartner(found, JA_PARTNER_NEUTRAL, ja, Side.NONE);
        add(found, JA_PARTNER_IDEAL, ja, Subject.PARTNER, Side.IDEAL);
        for (int end : PartnerIntroduction.clauseEnds(text)) {
            found.add(new Marker(end, end, Subject.PARTNER, Side.CURRENT));
        }
        Matcher crush = JA_CRUSH.matcher(ja);
        while (crush.find()) {
            found.add(new Marker(crush.end(), crush.end(), Subject.PARTNER, Side.IDEAL));
        }
        add(found, JA_CHILD, ja, Subject.CHILD, Side.NONE);
        addOthers(found, ja);
        addEnglishUser(found, en);
        addEnglishThirdPerson(found, EN_PARTNER_CURRENT, en, Subject.PARTNER, Side.CURRENT);
        add(found, EN_PARTNER_IDEAL, en, Subject.PARTNER, Side.IDEAL);
        addEnglishThirdPerson(found, EN_CHILD, en, Subject.CHILD, Side.NONE);
        addEnglishThirdPerson(found, EN_OTHER, en, Subject.OTHER, Side.NONE);
        add(found, EN_OTHER_WHO, en, Subject.OTHER, Side.NONE);
        for (String name : partnerNames) {
            if (name == null || name.isBlank()) {
                continue;
            }
            add(found, partnerNamePattern(name), lower, Subject.PARTNER, Side.NONE);
        }
        addNamedThirdPersons(found, utterance, partnerNames);
        List<Range> preferences = new ArrayList<>();
        Matcher m = JA_PREFERENCE.matcher(ja);
        while (m.find()) {
            int start = clauseStart(utterance, m.start(), found);
            preferences.add(new Range(start, m.end()));
            found.add(new Marker(start, start, null, Side.IDEAL)); // tells the side; the range tells the subject
        }
        describedOnes(utterance, initial, found, preferences);
        m = EN_PREFERENCE.matcher(en);
        while (m.find()) {
            preferences.add(new Range(m.start(), m.end()));
            // what follows "someone" / "a man" describes that person: "someone kind and funny"
            found.add(new Marker(m.start(), m.end(), Subject.PARTNER, Side.IDEAL));
        }
        List<Marker> markers = userOnlyInSubordinates(possessivesInOthersClauses(withoutOverlaps(found), text), text, initial);
        markers = toldOfThemselves(markers, text);
        // 「彼とは逆で内向的」: the pronoun is someone the speaker is set against, so it is resolved first
        markers = resolvePronouns(markers, pronouns(text, lower), lower);
        markers = contrastedWithOthers(markers, text, partnerNames);
        return new Subjects(utterance, markers, preferences, initial);
    }

    /**
     * "Emma is cheerful." or 「けんたくんは優しい」 about someone not yet known as the partner: that
     * person is the subject (someone else), so the words never go to the user. Once the name is
     * known as the partner's, the partner-name marker takes over.
     */
    private static void addNamedThirdPersons(List<Marker> found, Utterance utterance, Collection<String> partnerNames) {
        Set<String> known = new HashSet<>();
        for (String name : partnerNames) {
            if (name != null) {
                known.add(Utterance.lowerSameLength(name.strip()));
            }
        }
        for (Utterance.Sentence sentence : utterance.sentences) {
            Matcher m = EN_NAMED_SUBJECT.matcher(sentence.text());
            // "Paul is the boy": a child being named, not someone else; "Salary is 45k": a word, no one
            if (m.lookingAt() && Names.plausibleEnglish(m.group(1)) && !known.contains(Utterance.lowerSameLength(m.group(1)))
                    && !EnglishWords.isCommonWord(Utterance.lowerSameLength(m.group(1)))
                    && !NAMES_A_CHILD.matcher(sentence.text()).region(m.end(), sentence.text().length()).lookingAt()) {
                found.add(new Marker(sentence.start() + m.start(1), sentence.start() + m.end(1), Subject.OTHER, Side.NONE));
            }
        }
        Matcher m = JA_NAMED_SUBJECT.matcher(utterance.text);
        while (m.find()) {
            String name = Names.trimLeadingWords(m.group(1));
            if (Names.plausibleJapanese(name) && !known.contains(name)) {
                int start = m.end(1) - name.length();
                found.add(new Marker(start, m.end(), Subject.OTHER, Side.NONE));
            }
        }
    }

    private static List<Marker> pronouns(String text, String lower) {
        List<Marker> result = new ArrayList<>();
        add(result, JA_PRONOUN, text, Subject.PARTNER, Side.NONE);
        add(result, EN_PRONOUN, lower, Subject.PARTNER, Side.NONE);
        return result;
    }

    /** A pronoun refers to the last third person named before it; the partner when there is none. */
    private static List<Marker> resolvePronouns(List<Marker> markers, List<Marker> pronouns, String lower) {
        List<Marker> all = new ArrayList<>(markers);
        for (Marker pronoun : pronouns) {
            boolean overlaps = markers.stream().anyMatch(m -> m.start() < pronoun.end() && pronoun.start() < m.end());
            if (overlaps) {
                continue;
            }
            Subject referent = Subject.PARTNER;
            for (Marker m : markers) {
                // "she" is never "the kids": a plural noun is no referent of a singular pronoun
                boolean plural = m.subject() == Subject.CHILD && PLURAL_CHILDREN.matcher(lower).region(m.start(), m.end()).find();
                if (m.start() < pronoun.start() && m.subject() != null && m.subject() != Subject.USER && !plural) {
                    referent = m.subject();
                }
            }
            if (referent == Subject.PARTNER && childMentionedLast(lower, pronoun.start())) {
                referent = Subject.CHILD; // "I'd want a daughter. Her name would be Clara"
            }
            all.add(new Marker(pronoun.start(), pronoun.end(), referent, Side.NONE));
        }
        all.sort(Comparator.comparingInt(Marker::start));
        return List.copyOf(all);
    }

    /** Whether the last person noun shortly before {@code position} is a child (a daughter) rather than a partner. */
    static boolean childMentionedLast(String lower, int position) {
        String before = lower.substring(Math.max(0, position - 80), position);
        int child = lastMatch(EN_ONE_CHILD_NOUN, before);
        return child >= 0 && child > lastMatch(EN_PARTNER_NOUN, before);
    }

    /** Whether the last person noun shortly before {@code position} is a partner ("i have a partner, … their name"). */
    static boolean partnerMentionedLast(String lower, int position) {
        String before = lower.substring(Math.max(0, position - 80), position);
        int partner = lastMatch(EN_PARTNER_NOUN, before);
        return partner >= 0 && partner > lastMatch(EN_CHILD_NOUN, before);
    }

    private static int lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /**
     * 「理想は、あかねって名前の子。俺がバカしよっても笑って許してくれる子。」: once the partner is asked about
     * or the ideal one brought up, a sentence that ends on the person it describes is about that person,
     * even with 「俺が」 inside; not one that begins with the speaker as its topic (「私は人見知りな人」).
     */
    private static void describedOnes(Utterance utterance, Subject initial, List<Marker> found, List<Range> preferences) {
        for (Utterance.Sentence sentence : utterance.sentences) {
            Matcher described = JA_DESCRIBED_ONE.matcher(sentence.text());
            if (!described.find() || JA_USER_TOPIC_START.matcher(sentence.text()).lookingAt()) {
                continue;
            }
            int end = sentence.start() + described.start();
            // 「妻は人見知りですが、私は社交的な方です」: the speaker made the topic before the end describes the speaker
            boolean speakerTopic = found.stream().anyMatch(k -> k.subject() == Subject.USER && k.start() >= sentence.start() && k.start() < end
                    && JA_TOPIC_END.matcher(text(utterance, k)).find());
            if (speakerTopic) {
                continue;
            }
            if (initial == Subject.PARTNER || found.stream().anyMatch(k -> k.side() == Side.IDEAL && k.start() < end)) {
                preferences.add(new Range(sentence.start(), end + 1));
            }
        }
    }

    /** A marker closed by a topic particle (「私は」, 「俺って」), not a subject inside a clause (「俺が」). */
    private static final Pattern JA_TOPIC_END = Pattern.compile("(?:は|って)$");

    private static String text(Utterance utterance, Marker marker) {
        return utterance.text.substring(marker.start(), marker.end());
    }

    /** A clause that only goes on (「穏やかで、」), not one that ends. */
    private static final Pattern CONTINUING_CLAUSE = Pattern.compile("(?:で|て)[、,]\\z");

    /**
     * Where the clause of a preference starts: after the last break before it, extended back over
     * clauses that only continue the description (「性格は穏やかで、見た目は眼鏡の人がいい」) but not
     * over one about the user (「私は明るい性格で、優しい人がいい」).
     */
    private static int clauseStart(Utterance utterance, int position, List<Marker> found) {
        Utterance.Sentence sentence = utterance.sentenceAt(position);
        List<Integer> breaks = new ArrayList<>();
        Matcher m = JA_CLAUSE_BREAK.matcher(utterance.text).region(sentence.start(), position);
        while (m.find()) {
            breaks.add(m.end());
        }
        int start = breaks.isEmpty() ? sentence.start() : breaks.get(breaks.size() - 1);
        for (int i = breaks.size() - 1; i >= 0; i--) {
            int clauseEnd = breaks.get(i);
            int clauseBegin = i == 0 ? sentence.start() : breaks.get(i - 1);
            String before = utterance.text.substring(clauseBegin, clauseEnd);
            boolean continues = CONTINUING_CLAUSE.matcher(before).find();
            boolean aboutUser = found.stream().anyMatch(k -> k.subject() == Subject.USER && k.start() >= clauseBegin && k.start() < clauseEnd);
            if (!continues || aboutUser) {
                break;
            }
            start = clauseBegin;
        }
        return start;
    }

    /**
     * 「元夫の浩二とは連絡を取っていない」, 「同僚の田中とは仲がいい」: a kanji name before とは is the one the speaker is
     * with, not the subject (a kana name may end in と itself: 「友達のまことは」).
     */
    private static final Pattern JA_WITH_SOMEONE = Pattern.compile("\\p{IsHan}とは$");

    private static void addOthers(List<Marker> found, String text) {
        Matcher m = JA_OTHER.matcher(text);
        while (m.find()) {
            // the one with whom still holds its words, so that 元夫の is no partner: a marker of no one
            found.add(new Marker(m.start(), m.end(), JA_WITH_SOMEONE.matcher(m.group()).find() ? null : Subject.OTHER, Side.NONE));
        }
    }

    private static void add(List<Marker> found, Pattern pattern, String text, Subject subject, Side side) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Marker(m.start(), m.end(), subject, side));
        }
    }

    /**
     * "I" marks the user where a clause starts ("I'm calm", "and I'm messy"), not inside another
     * clause ("the most generous person I know"); a clause tagged ", me" is the user's from its start.
     */
    private static void addEnglishUser(List<Marker> found, String lower) {
        Matcher tagged = EN_ME_TAG.matcher(lower);
        while (tagged.find()) {
            found.add(new Marker(tagged.start(1), tagged.end(), Subject.USER, Side.NONE));
        }
        Matcher m = EN_USER.matcher(lower);
        while (m.find()) {
            String before = lower.substring(Math.max(0, m.start() - 12), m.start()).stripTrailing();
            // "runs the house while I'm away": a clause of time or condition is said about the other one
            boolean aside = lower.startsWith("i", m.start()) && m.end() - m.start() == 1
                    && EN_ASIDE.matcher(lower).region(m.end(), lower.length()).lookingAt();
            if ((before.isEmpty() || EN_CLAUSE_START.matcher(before).find()) && !EN_SUBORDINATE.matcher(before).find() && !aside) {
                found.add(new Marker(m.start(), m.end(), Subject.USER, Side.NONE));
            }
        }
    }

    /**
     * Where a sentence opens: 「大輔、34です」, 「結衣ちゃんです、俺のいっこ下」 open with the partner's name and a comma, and what
     * follows is said of them.
     */
    private static final String JA_OPENING = "(?:^|(?<=[。!！?？\\n]))\\s*";

    /** The patterns of the partner's names, compiled once per name. */
    private static final Remembered<Pattern> PARTNER_NAME_PATTERNS = new Remembered<>(1_024, Subjects::compilePartnerName);

    private static Pattern partnerNamePattern(String name) {
        return PARTNER_NAME_PATTERNS.get(name);
    }

    private static Pattern compilePartnerName(String name) {
        String n = Pattern.quote(Utterance.lowerSameLength(Normalization.fold(name.strip())));
        return name.codePoints().anyMatch(c -> c > 0x2FF)
                ? Pattern.compile(n + "(?:さん|くん|君|ちゃん)?(?:は|って|も|の|が|とは)|" + JA_OPENING + n + "(?:さん|くん|君|ちゃん)?(?:です)?(?=[、,])")
                : Pattern.compile("\\b" + n + "\\b(?!\\s+jr\\b)"); // Wyatt Jr is a child
    }

    /**
     * Another person and の, just before a word for a partner: 「友達の奥さんは」, 「兄の嫁が」 speak of their partner. Read only
     * where a partner word was found (a look-behind of this length on the partner pattern cost a tenth of a turn).
     */
    private static final Pattern JA_OTHERS = Pattern.compile("(?:" + JA_OTHER_PEOPLE + ")の$");
    /** How far before a partner word {@link #JA_OTHERS} looks: the longest of its words, with its honorific and の. */
    private static final int JA_OTHERS_REACH = 16;

    private static void addPartner(List<Marker> found, Pattern pattern, String text, Side side) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            boolean anothers = JA_OTHERS.matcher(text).region(Math.max(0, m.start() - JA_OTHERS_REACH), m.start()).find();
            if (!anothers && !JA_NO_PARTNER_AFTER.matcher(text.substring(m.end())).find()) {
                found.add(new Marker(m.start(), m.end(), Subject.PARTNER, side));
            }
        }
    }

    private static void addEnglishThirdPerson(List<Marker> found, Pattern pattern, String lower, Subject subject,
            Side side) {
        Matcher m = pattern.matcher(lower);
        while (m.find()) {
            String before = lower.substring(Math.max(0, m.start() - 24), m.start());
            if (subject == Subject.PARTNER && EN_NO_PARTNER_BEFORE.matcher(before).find()) {
                continue;
            }
            String after = lower.substring(m.end(), Math.min(lower.length(), m.end() + 40));
            boolean possessive = m.group().startsWith("my") || m.group().startsWith("our");
            if (EN_VERB_AFTER.matcher(after).find() || (subject == Subject.PARTNER && possessive && after.startsWith("'s"))) {
                found.add(new Marker(m.start(), m.end(), subject, side));
            } else if (subject == Subject.PARTNER) {
                // "I'm married to my wife Emma": a partner mention, not a subject; still tells the side
                found.add(new Marker(m.start(), m.start(), null, side));
            }
        }
    }

    /**
     * 「直人は私の四つ上です」, 「妻は僕の話をよく聞いてくれる」: the user's の inside a clause someone else is the
     * topic of is only a possessive, not the user taking over as the subject.
     */
    private static List<Marker> possessivesInOthersClauses(List<Marker> markers, String text) {
        List<Marker> kept = new ArrayList<>(markers.size());
        Marker topic = null;
        for (Marker marker : markers) {
            boolean possessive = marker.subject() == Subject.USER && text.charAt(marker.end() - 1) == 'の';
            boolean sameClause = topic != null
                    && (topic.end() >= marker.start() || !JA_CLAUSE_BREAK.matcher(text).region(topic.end(), marker.start()).find());
            if (possessive && (sameClause || doneForTheSpeaker(text, marker.end()) || ageMeasuredAgainst(text, marker.end()))) {
                continue;
            }
            if (marker.subject() != null) {
                topic = marker.subject() == Subject.USER ? null : marker;
            }
            kept.add(marker);
        }
        return kept;
    }

    /**
     * 「主人は勝いうて、私の四つ上。短気で…」: 「私の」 before an age told against the speaker's is the measure of
     * someone else's age, never the speaker taking over as the subject.
     */
    private static boolean ageMeasuredAgainst(String text, int from) {
        return AgeExtractor.JA_RELATIVE.matcher(text).region(from, text.length()).lookingAt();
    }

    /** A clause closed by 〜てくれる: someone else does it for the speaker (「私の愚痴も最後まで聞いてくれる」). */
    private static final Pattern JA_DONE_FOR_SPEAKER = Pattern.compile("^[^、,。!！?？]{1,24}?(?<=[てで])くれ");

    /** Whether the clause going on at {@code from} is something done for the speaker, so 「私の」 in it is only an owner. */
    private static boolean doneForTheSpeaker(String text, int from) {
        return JA_DONE_FOR_SPEAKER.matcher(text).region(from, text.length()).lookingAt();
    }

    /**
     * The end of a clause of time, condition or concession (「…時に」, 「…たら」, 「…と」, 「…ても」) right after the user as
     * its subject.
     */
    private static final Pattern JA_SUBORDINATE_END = Pattern.compile("^[^、,。!！?？]{1,16}?(?:時に|ときに|時は|ときは|時|とき|[ただ]ら|れば|(?<=[るうくすつむぶぐたい])(?<!いう|言う)と|[てで]も)[、,]?(?=[^、,。!！?？]{2,})");

    /**
     * 「うちが落ち込んどる時に黙ってコーヒー淹れてくれる人」: the user is the subject of the clause of time
     * only; after it, whoever was spoken of before is the subject again.
     */
    private static List<Marker> userOnlyInSubordinates(List<Marker> markers, String text, Subject initial) {
        List<Marker> result = new ArrayList<>(markers);
        Subject before = initial;
        for (Marker marker : markers) {
            if (marker.subject() == Subject.USER && before != Subject.USER && "がは".indexOf(text.charAt(marker.end() - 1)) >= 0) {
                Matcher m = JA_SUBORDINATE_END.matcher(text).region(marker.end(), text.length());
                if (m.lookingAt()) {
                    result.add(new Marker(m.end(), m.end(), before, Side.NONE));
                }
            }
            if (marker.subject() != null) {
                before = marker.subject();
            }
        }
        result.sort(Comparator.comparingInt(Marker::start));
        return result;
    }

    /**
     * 「几帳面って言われる」, 「よく優しいと言われます」, 「頑固だと息子には言われます」: what others say of one, with
     * no one else named before it; whoever says it (息子には, 彼氏に) is the teller, not the subject. 「…聞く方だと思います」,
     * what one thinks one is, likewise.
     */
    private static final Pattern JA_TOLD = Pattern.compile(
            "(?:って|と)(?:[^、,。!！?？\\s]{1,10}?(?:には|からは|にも|からも|に|から))?(?:よく|たまに|昔から|いつも|みんなに|周りから|周りに|友達から|友達に|人から|人に)*言われ"
                    // and what one thinks oneself is like: 「温厚で人の意見をよく聞く方だと思います」
                    + "|(?<=[\\p{IsHiragana}\\p{IsHan}])(?:方|ほう)(?:だ|や)と(?:思います|思う|思うで|思うわ|思ってます)");
    private static final Pattern JA_SENTENCE_OR_CLAUSE_START = Pattern.compile("[、,。!！?？\\n]");

    /**
     * 「性格は…几帳面って言われるけど、人付き合いは苦手」 answering a question about the partner: being told
     * what one is like is said of oneself, so the clause it closes is the user's (and what follows, until
     * someone else is named), unless someone else is its subject (「彼はよく優しいって言われる」).
     */
    private static List<Marker> toldOfThemselves(List<Marker> markers, String text) {
        Matcher told = JA_TOLD.matcher(text);
        List<Marker> result = null;
        while (told.find()) {
            int clauseStart = 0;
            Matcher breaks = JA_SENTENCE_OR_CLAUSE_START.matcher(text).region(0, told.start());
            while (breaks.find()) {
                clauseStart = breaks.end();
            }
            int from = clauseStart;
            boolean someoneNamed = markers.stream().anyMatch(m -> m.subject() != null && m.start() >= from && m.start() < told.start() && !isTeller(m, text));
            if (!someoneNamed) {
                if (result == null) {
                    result = new ArrayList<>(markers);
                }
                // 「妻には考えすぎって言われます」, 「頑固だと息子には言われます」: the one who tells is not the subject
                // (a teller before keeps only the side it tells of; one inside the saying is dropped)
                result.removeIf(m -> m.subject() != null && m.start() > told.start() && m.start() < told.end());
                result.replaceAll(m -> m.subject() != null && m.start() >= from && m.start() < told.start() && isTeller(m, text)
                        ? new Marker(m.start(), m.end(), null, m.side()) : m);
                result.add(new Marker(clauseStart, clauseStart, Subject.USER, Side.NONE));
            }
        }
        if (result == null) {
            return markers;
        }
        result.sort(Comparator.comparingInt(Marker::start));
        return result;
    }

    /** 「妻には」, 「彼から」: a person marked as the one something comes from. */
    private static final Pattern TELLER_PARTICLE_END = Pattern.compile("(?:には|からは|から|に)$");

    private static boolean isTeller(Marker marker, String text) {
        if (marker.subject() == Subject.USER) {
            return false;
        }
        String rest = text.substring(marker.end(), Math.min(text.length(), marker.end() + 2));
        return TELLER_PARTICLE_END.matcher(text.substring(marker.start(), marker.end())).find() || rest.startsWith("に") || rest.startsWith("から");
    }

    /** 「アンとは逆で」, 「大輔と違って」, 「主人と違い」, 「翼と正反対」: the speaker set against someone, so what follows is the speaker's. */
    private static final Pattern JA_CONTRAST = Pattern.compile("(?:とは|と)(?:真逆|逆|違って|違い|違うて|ちごうて|ちごて|ちがって|ちがい|反対|正反対)(?:で|に|、|,)?");
    /**
     * 「夏美は俺と真逆でしっかり者」: the one set against is the speaker, so the topic before (the partner)
     * stays the subject.
     */
    private static final Pattern JA_SELF_BEFORE = Pattern.compile(JA_SELF + "$");

    private static List<Marker> contrastedWithOthers(List<Marker> markers, String text, Collection<String> partnerNames) {
        Matcher contrast = JA_CONTRAST.matcher(text);
        List<Marker> result = null;
        while (contrast.find()) {
            int at = contrast.start();
            // 「けんとは真逆で、明るい」: the と ends the name, so けんと is the topic and the one described
            boolean nameEndsInTo = partnerNames.stream().anyMatch(name -> name != null && !name.isBlank() && name.endsWith("と")
                    && at + 1 >= name.length() && text.startsWith(name, at + 1 - name.length()));
            if (nameEndsInTo) {
                continue;
            }
            if (JA_SELF_BEFORE.matcher(text).region(Math.max(0, at - 4), at).find()) {
                continue;
            }
            boolean afterSomeone = markers.stream().anyMatch(m -> m.subject() != null && m.subject() != Subject.USER && m.end() >= at - 1 && m.start() < at)
                    || partnerJustBefore(text, at, partnerNames);
            if (afterSomeone) {
                if (result == null) {
                    result = new ArrayList<>(markers);
                }
                result.add(new Marker(contrast.end(), contrast.end(), Subject.USER, Side.NONE));
            }
        }
        if (result == null) {
            return markers;
        }
        result.sort(Comparator.comparingInt(Marker::start));
        return result;
    }

    /** 「旦那と逆で」, 「真琴さんと違って」: a partner word or a known partner name right before the contrast (no marker, as と ends it). */
    private static final Pattern JA_PARTNER_WORD_BEFORE = Pattern.compile("(?:" + JA_PARTNER_NOUNS + ")(?:さん|くん|ちゃん)?$");
    private static final Pattern JA_HONORIFIC_BEFORE = Pattern.compile("(?:さん|くん|君|ちゃん)$");

    private static boolean partnerJustBefore(String text, int at, Collection<String> partnerNames) {
        if (JA_PARTNER_WORD_BEFORE.matcher(text).region(Math.max(0, at - 8), at).find()) {
            return true;
        }
        Matcher honorific = JA_HONORIFIC_BEFORE.matcher(text).region(Math.max(0, at - 2), at);
        int nameEnd = honorific.find() ? honorific.start() : at;
        return partnerNames.stream().anyMatch(name -> name != null && !name.isBlank() && nameEnd >= name.length()
                && text.startsWith(Normalization.fold(name.strip()), nameEnd - name.strip().length()));
    }

    /**
     * Earlier markers win; at the same start the longer one wins; side-only markers are kept apart. A marker
     * without width (the topic a clause before hands on: 「妻がいます。」) comes before a word at the same place,
     * so the word names the subject: 「妻がいます。私は心配性です。」 is the user's worry.
     */
    private static List<Marker> withoutOverlaps(List<Marker> found) {
        List<Marker> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Marker::start).thenComparingInt((Marker m) -> m.end() == m.start() ? 0 : 1)
                .thenComparing(Comparator.comparingInt(Marker::end).reversed()));
        List<Marker> result = new ArrayList<>();
        int covered = -1;
        for (Marker marker : sorted) {
            if (marker.start() == marker.end()) {
                result.add(marker);
            } else if (marker.start() >= covered) {
                result.add(marker);
                covered = marker.end();
            }
        }
        return result;
    }

    /** Whom the text at {@code position} is about, with the topic carried over from earlier sentences. */
    Subject at(int position) {
        return resolve(position, sentenceStart[utterance.sentenceAt(position).index()]);
    }

    /** Whom the text at {@code position} is about, from markers in its own sentence only (else the user). */
    Subject explicitAt(int position) {
        return resolve(position, Subject.USER);
    }

    private Subject resolve(int position, Subject start) {
        for (Range range : preferences) {
            if (range.contains(position)) {
                return Subject.PARTNER;
            }
        }
        Utterance.Sentence sentence = utterance.sentenceAt(position);
        Subject current = start;
        for (Marker marker : markers) {
            if (marker.subject() != null && sentence.contains(marker.start()) && marker.start() <= position) {
                current = marker.subject();
            }
        }
        return current;
    }

    /** The partner the message's own words point at (理想 → ideal, 妻 → current), if any. */
    PartnerField impliedPartner() {
        for (Marker marker : markers) {
            if (marker.side() == Side.IDEAL) {
                return PartnerField.IDEAL;
            }
            if (marker.side() == Side.CURRENT) {
                return PartnerField.CURRENT;
            }
        }
        return null;
    }

    /** Whether any part of the message is about a partner. */
    /**
     * 「彼がいます」, 「悠真という彼と付き合っています」, and as typed on a phone, the particle left out and the words in kana
     * (「かのじょおる！」, 「彼氏いる」, 「つきあって3ヶ月のかれぴ」): the message says the user has someone.
     */
    private static final Pattern HAS_SOMEONE = Pattern.compile(
            "(?:彼|彼氏|かれし|かれぴ|彼ぴ|彼女|かのじょ|恋人|パートナー|夫|妻|旦那|嫁|主人)(?:さん)?(?:が(?:いま|いる|おる|おりま)|(?:いる|おる|います|おります)(?![かの]))"
                    + "|(?:彼|彼氏|彼女|恋人|パートナー|夫|妻|旦那|嫁|主人)(?:さん)?と(?:付き合|お付き合い|交際|同棲|結婚)"
                    + "|(?:付き合|つきあ)って(?:い|る|ま|[0-9一二三四五六七八九十半]+(?:年|ヶ月|か月|カ月))|交際(?:中|して)");

    /** Whether the message says the user has someone (so a bare 「年は三つ上です」 after it is about them). */
    static boolean saysUserHasSomeone(String text) {
        return HAS_SOMEONE.matcher(text).find();
    }

    boolean mentionsPartner() {
        return markers.stream().anyMatch(m -> m.subject() == Subject.PARTNER || m.side() != Side.NONE)
                || !preferences.isEmpty();
    }

    /**
     * Whose the text at {@code position} is, looking through child markers: in 「姉は女の子が二人」 the
     * girls are the sister's, so this gives {@link Subject#OTHER} where {@link #at(int)} gives the child.
     */
    Subject ownerAt(int position) {
        Utterance.Sentence sentence = utterance.sentenceAt(position);
        Subject current = sentenceStart[sentence.index()] == Subject.CHILD ? Subject.USER : sentenceStart[sentence.index()];
        for (Marker marker : markers) {
            if (marker.subject() != null && marker.subject() != Subject.CHILD && sentence.contains(marker.start())
                    && marker.start() <= position) {
                current = marker.subject();
            }
        }
        return current;
    }

    /** Whether a marker for {@code subject} lies in [from, to). */
    boolean hasMarker(Subject subject, int from, int to) {
        return markers.stream().anyMatch(m -> m.subject() == subject && m.start() >= from && m.start() < to);
    }

    List<Marker> markers() {
        return markers;
    }
}
