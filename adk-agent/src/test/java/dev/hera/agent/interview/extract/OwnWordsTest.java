package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.en;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * Issue 19, round 5: general mechanisms for ordinary speech, each with cases of our own (never taken
 * from a tuning or held-out dialogue): the partner described over several answers, in the person's
 * own words.
 */
class OwnWordsTest {

    /** A description given over several answers keeps what was said before, unless the person takes it back. */
    static Stream<ExtractionCase> describedOverSeveralAnswers() {
        UserProfile stubborn = profile().status(RelationshipStatus.MARRIED).currentPartner("Tess", "stubborn", "red hair").build();
        UserProfile shikkari = profile().status(RelationshipStatus.MARRIED).currentPartner("ゆみ", "しっかり者", "背が高い").build();
        return Stream.of(
                en("She's really generous, always helping the neighbours.", "p.temperament~stubborn", "p.temperament~generous")
                        .given(stubborn).asked("Tell me more!"),
                en("Freckles, and she wears big hoops.", "p.appearance~red hair", "p.appearance~Freckles")
                        .given(stubborn).asked("Go on!"),
                ja("ゆみはよく笑うし、料理がすごく上手", "p.temperament~しっかり者", "p.temperament~よく笑う")
                        .given(shikkari).asked("ゆみさんのこと、もっと聞かせて！"),
                ja("髪はいつもお団子にしてる", "p.appearance~背が高い", "p.appearance~お団子").given(shikkari).asked("なるほど！"),
                en("Actually no, she's quite easygoing.", "p.temperament=quite easygoing").given(stubborn).asked("Tell me more!"));
    }

    /** 「どんな方ですか？」, "What's Nora like?": asking what the partner is like asks for their character, in any words. */
    static Stream<ExtractionCase> askedWhatThePartnerIsLike() {
        UserProfile hiroshi = profile().status(RelationshipStatus.MARRIED).currentPartner("ひろし").build();
        UserProfile nora = profile().status(RelationshipStatus.PARTNERED).currentPartner("Nora").build();
        return Stream.of(
                ja("細かいことにこだわらなくて、いつも周りを笑わせてる", "p.temperament~細かいことにこだわらなく",
                        "p.temperament~周りを笑わせてる", "traits=-").given(hiroshi).asked("ひろしさんはどんな方ですか？"),
                ja("頼りになる。困ったときは真っ先に飛んでくる", "p.temperament~頼りになる", "p.temperament~真っ先に飛んでくる")
                        .given(hiroshi).asked("ひろしさんって、どういう人？"),
                en("Easygoing. Hums while she cooks and never holds a grudge.", "p.temperament~Hums while she cooks",
                        "p.temperament~never holds a grudge").given(nora).asked("What's Nora like?"));
    }

    /** A clause about the partner that holds a trait word keeps the person's words around it (「応援してくれる優しい人」). */
    static Stream<ExtractionCase> wordsAroundATraitWord() {
        UserProfile single = profile().status(RelationshipStatus.SINGLE).build();
        return Stream.of(
                ja("話をちゃんと聞いてくれる優しい人がいいな", "p.temperament~話をちゃんと聞いてくれる優しい").given(single),
                ja("じんわり優しい人", "p.temperament~じんわり優しい").given(single).asked("理想のお相手は？"),
                en("Someone who's calm under pressure and kind.", "p.temperament~calm under pressure").given(single));
    }

    /**
     * The user as object or owner in a clause about the partner (「僕の冗談に笑ってくれる」, "teases me") leaves it
     * the partner's; a label in front (「性格は」) is no reason to drop the clause.
     */
    static Stream<ExtractionCase> theUserAsObjectAndLabels() {
        UserProfile single = profile().status(RelationshipStatus.SINGLE).build();
        UserProfile jo = profile().status(RelationshipStatus.PARTNERED).currentPartner("Jo").build();
        UserProfile keiko = profile().status(RelationshipStatus.MARRIED).currentPartner("けいこ").build();
        return Stream.of(
                ja("落ち着いてて、僕の冗談にいつも笑ってくれる人がいい", "p.temperament~冗談にいつも笑ってくれる", "traits=-").given(single),
                en("Warm. Teases me constantly, steals my fries.", "p.temperament~Teases me constantly", "p.temperament~steals my fries")
                        .given(jo).asked("What's Jo like?"),
                ja("性格はからっとしてて、根に持たない。見た目は小柄", "p.temperament~からっとしてて", "p.appearance~小柄")
                        .given(keiko).asked("けいこさんの性格や見た目は？"));
    }

    /** A number taken back with a few words between (「…いや、誕生日きたから39」, 「…あ、違う」), and a yearly figure said outright. */
    static Stream<ExtractionCase> numbersTakenBackAndYearlyFigures() {
        String asked = "お名前と年齢を教えてください。";
        String income = "お仕事と年収は？";
        return Stream.of(
                ja("38…いや、こないだ誕生日きたから39です", "age=39").asked(asked),
                ja("女、31…ちゃうわ、32やった", "age=32").asked(asked),
                ja("27です", "age=27").asked(asked),
                ja("年収は350万…あ、違う、それは前の会社。今は410万です", "income=410万円").asked(income),
                ja("年収は380万です。手取りだと月24万くらい", "income=380万円").asked(income),
                ja("手取りで月22万くらい", "income=月22万円").asked(income));
    }

    /** Short answers about the status in everyday endings (「いないっすね」, 「まだっす」, 「いまはフリー！」, 「彼氏はいますよ」). */
    static Stream<ExtractionCase> statusInShortAnswers() {
        return Stream.of(
                ja("いないっすね、全然", "status=single").asked("恋人はいますか？"),
                ja("まだっす", "status=single").asked("ご結婚は？"),
                ja("はい、してます", "status=married").asked("ご結婚は？"),
                ja("いまはフリー！気楽です", "status=single").asked("恋愛の状況は？"),
                ja("春に別れて今はひとり。", "status=single").asked("恋愛の状況は？"),
                ja("今は一人暮らしです", "status=-").asked("お住まいは？"),
                ja("彼氏はいますよ", "status=partnered", "p.temperament=-").asked("恋愛の状況は？"));
    }

    /** What suits the partner and what they wear (「浴衣が似合いそう」, 「ニット帽をかぶってる」) and their body are looks; 「かわいい」 about children is not. */
    static Stream<ExtractionCase> looksInWhatTheyWear() {
        UserProfile single = profile().status(RelationshipStatus.SINGLE).build();
        UserProfile takeshi = profile().status(RelationshipStatus.MARRIED).currentPartner("たけし").build();
        return Stream.of(
                ja("浴衣が似合いそうな、すらっとした人", "p.appearance~浴衣が似合").given(single).asked("見た目はどんな感じがいい？"),
                ja("眼鏡で、冬はいつもニット帽をかぶってる", "p.appearance~ニット帽をかぶって").given(takeshi).asked("たけしさんの見た目は？"),
                ja("最近ちょっとお腹が出てきた笑", "p.appearance~お腹が出て").given(takeshi).asked("たけしさんの見た目は？"),
                // parts of the body and what they wear, in the person's words (「指が長くて」 keeps its て)
                ja("指が長くて、いつもスニーカー", "p.appearance~指が長くて", "p.appearance~スニーカー").given(takeshi).asked("たけしさんの見た目は？"),
                ja("何人いてもかわいいと思うけど、三人！", "p.appearance=-", "face=-").given(takeshi)
                        .asked("お子さんは何人ほしいですか？"));
    }

    /** English children's names in lists of any length, a name said alone or after a dash, "lads", "name Iris". */
    static Stream<ExtractionCase> childrenNamedInPassing() {
        String kids = "Any thoughts on children?";
        return Stream.of(
                en("Four girls. Ruby, Elsie, Maud, Ada", "kids=女:Ruby,女:Elsie,女:Maud,女:Ada").asked(kids),
                en("Just the one, a boy. Callum", "kids=男:Callum").asked(kids),
                en("One, a girl. It's been decided for years — Beatrix.", "kids=女:Beatrix").asked(kids),
                en("Two lads and a lass.", "kids=男:?,男:?,女:?").asked(kids),
                en("maybe one, boy or girl. name Iris", "kids~Iris").asked(kids),
                en("Sure. Again.", "kids=-").asked(kids));
    }

    /**
     * Whose clause it is: 「私の」 inside the partner's clause is a possessive; the user as subject of a clause of
     * time (「私が疲れてる時に」) leaves the rest the partner's; an ex named is no partner; 「妻の里美の実家」 names her.
     */
    static Stream<ExtractionCase> whoseClause() {
        UserProfile takumi = profile().status(RelationshipStatus.MARRIED).currentPartner("拓海").build();
        UserProfile single = profile().status(RelationshipStatus.SINGLE).build();
        return Stream.of(
                ja("拓海は私の三つ上です。付き合いは長いけど、人の悪口を言ったことがありません。", "p.temperament~人の悪口を言ったことがありません",
                        "traits=-").given(takumi).asked("拓海さんはどんな方ですか？"),
                ja("私が疲れてる時に何も言わずにお茶をいれてくれる人", "p.temperament~何も言わずにお茶をいれてくれる", "N=-")
                        .given(single).asked("どんな人がいい？"),
                ja("僕はどっちかというと大人しいほうです", "p.temperament=-").given(takumi).asked("拓海さんはどんな方ですか？"),
                ja("前の彼の健吾とは真逆の人がいいな。名前をつけるなら…蒼さん", "p.name=蒼").given(single).asked("理想の人は？"),
                ja("春から妻の里美の実家の近くに住んでます", "p.name=里美", "p.temperament=-").asked("お住まいは？"),
                ja("結婚して八年になりますけど、いつも穏やか", "income=-").given(takumi).asked("拓海さんはどんな方ですか？"));
    }

    /** What the partner does says what they are like ("never loses her temper", "helps anyone", "would rather stay in"). */
    static Stream<ExtractionCase> traitsFromWhatTheyDo() {
        UserProfile rosa = profile().status(RelationshipStatus.MARRIED).currentPartner("Rosa").build();
        String asked = "What's Rosa like?";
        return Stream.of(
                en("She never loses her temper, not even in traffic.", "pN<0.5", "p.temperament~never loses her temper", "traits=-")
                        .given(rosa).asked(asked),
                en("Rosa will help anyone move house and always brings soup when you're ill.", "pA>0.5").given(rosa).asked(asked),
                en("She pays the bills the day they arrive and remembers every birthday.", "pC>0.5").given(rosa).asked(asked),
                en("She'd rather stay in with a book than go to a party.", "pE<0.5").given(rosa).asked(asked),
                en("Honestly the kindest woman alive.", "pA>0.5", "p.temperament~the kindest woman alive").given(rosa).asked(asked),
                en("She gets stressed over nothing.", "pN>0.5").given(rosa).asked(asked),
                en("I know, I know.", "traits=-", "p.temperament=-").given(rosa).asked(asked),
                // "I'll be honest", "if I'm honest" say how the person speaks, not that they are honest
                en("Messy, if I'm honest. And I'll be honest, I sulk.", "A=-").asked("How would you describe yourself?"),
                en("She's honest to a fault.", "pA>0.5").given(rosa).asked(asked));
    }

    /**
     * Japanese behaviour: what the partner has never done (「声を荒げたことが一度もない」), what they do for someone
     * (「…てくれる」, never the speaker's own trait); a message typed without punctuation, spaces between its sentences.
     */
    static Stream<ExtractionCase> japaneseBehaviourAndUnpunctuatedTyping() {
        UserProfile kenta = profile().name("みほ").status(RelationshipStatus.PARTNERED).currentPartner("健太").build();
        String asked = "健太さんはどんな人？";
        return Stream.of(
                ja("健太は人の悪口を言うたことが一回もない", "pA>0.5", "traits=-").given(kenta).asked(asked),
                ja("怒鳴ったりすることはまずないです", "pN<0.5").given(kenta).asked(asked),
                ja("私が寝込んだら黙っておかゆを作ってくれる", "pA>0.5", "A=-").given(kenta).asked(asked),
                ja("いつも助けてくれるから、私も頑張れる", "A=-").given(kenta).asked("みほさんの性格は？"),
                ja("いるよ　付き合って二年の彼氏　名前はれん　てか年収も言う？", "p.name=れん", "name=-")
                        .given(profile().name("みほ").build()).asked("恋人はいる？"),
                ja("ども　ゆいです２６さい　大阪すみ", "name=ゆい", "age=26").asked("お名前と年齢を教えて！"));
    }

    /**
     * Partners named in more shapes: 「ゆうきくんって名前で」 (a naming, no one else's topic), 「相手はドイツ人のルーカス」,
     * 「彼は Theo」, 「妻の智子と喧嘩」, "yep, with Jo", "Husband is Omar", "Married. Priya.", "Name—Asha"; not
     * 「近所のおばあちゃん」, "Married. Happily.", and a name introduced after the user gave theirs is not the user's.
     */
    static Stream<ExtractionCase> partnersNamedInMoreShapes() {
        String status = "恋人はいますか？";
        String enStatus = "Are you married or seeing someone?";
        return Stream.of(
                ja("いないよ。理想は、りょうくんって名前で、よく笑う人", "p.name=りょう", "p.temperament~よく笑う").asked(status),
                ja("婚約してて、相手はドイツ人のルーカスです", "p.name=ルーカス", "p.temperament=-").asked(status),
                ja("います！彼は Theo。付き合って二年", "p.name=Theo", "p.temperament=-").asked(status),
                ja("昨日も妻の智子と喧嘩してさ", "p.name=智子").asked("お仕事は？"),
                ja("智子は、近所のおばあちゃんの荷物まで持ってあげる人", "p.name=-")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("智子").build()).asked("智子さんはどんな方？"),
                ja("うん、結婚してる。うちのは洋子っていうの", "p.name=洋子", "name=-").given(profile().name("まさお").build())
                        .asked("ご結婚は？"),
                en("yep, with Jo, two years now", "p.name=Jo").asked(enStatus),
                en("Married! Husband is Omar, he's 35", "p.name=Omar", "p.age=35").asked(enStatus),
                en("Married. Priya.", "p.name=Priya").asked(enStatus),
                en("Married. Happily.", "p.name=-").asked(enStatus),
                en("Name—Asha. Patient and funny.", "p.name=Asha").asked("Describe your ideal partner."));
    }

    /** Where the person works is not where they live; a place narrowed down ("specifically") is the one meant; "we stay in" is living. */
    static Stream<ExtractionCase> homeNotWork() {
        return Stream.of(
                ja("大阪府堺市です。職場は難波", "location=大阪府堺市").asked("どちらにお住まいですか？"),
                en("NYC (Manhattan specifically)", "location~Manhattan").asked("Where do you live?"),
                en("Accountant. We stay in Mumbai these days.", "location~Mumbai").asked("What do you do?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("homeNotWork")
    void homeIsWhereThePersonLivesNotWorks(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnersNamedInMoreShapes")
    void partnersAreNamedInMoreShapes(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("japaneseBehaviourAndUnpunctuatedTyping")
    void japaneseBehaviourAndUnpunctuatedTypingAreRead(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traitsFromWhatTheyDo")
    void whatThePartnerDoesSaysWhatTheyAreLike(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whoseClause")
    void eachClauseGoesToWhomItIsAbout(ExtractionCase c) {
        c.check();
    }

    /** 「男と女ひとりずつ」, and 「男は颯、女は結衣」 side by side name the children without 名前. */
    static Stream<ExtractionCase> japaneseChildrenSideBySide() {
        return Stream.of(
                ja("男と女ひとりずつがいいな。男は颯、女は結衣", "kids=男:颯,女:結衣").asked("お子さんの希望は？"),
                ja("女と男ひとりずつ", "kids=女:?,男:?").asked("お子さんの希望は？"),
                // wishes for the children's character are theirs, not the user's
                ja("二人。優しくて明るい子に育ってほしい", "traits=-").asked("お子さんの希望は？"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("japaneseChildrenSideBySide")
    void japaneseChildrenNamedSideBySide(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("childrenNamedInPassing")
    void childrenNamedInListsOrAloneAreRead(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looksInWhatTheyWear")
    void whatThePartnerWearsAndTheirBodyAreLooks(ExtractionCase c) {
        c.check();
    }

    /**
     * A name introduced after the user gave their own, with no one else as its subject, is the partner's
     * (「連れ合いがおります。名前は敏夫」), as is the answer to a question put to oneself (「彼氏の名前？ 颯真です」).
     */
    static Stream<ExtractionCase> namesOfAPartnerCalledOtherwise() {
        UserProfile sachiko = profile().name("幸子").build();
        return Stream.of(
                ja("連れ合いがおります。名前は敏夫といいます", "p.name=敏夫", "name=-").given(sachiko).asked("ご家族は？"),
                ja("かみさんがいてね。しげこっていう名前で、同い年", "p.name=しげこ", "name=-").given(sachiko).asked("ご家族は？"),
                ja("犬を飼ってて、名前はモカ", "p.name=-", "name=-").given(sachiko).asked("ご家族は？"),
                ja("彼氏の名前？ 颯真です", "p.name=颯真").asked("恋愛の状況は？"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesOfAPartnerCalledOtherwise")
    void aNameNobodyElseIsTheSubjectOfIsThePartners(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statusInShortAnswers")
    void theStatusIsReadFromShortEverydayAnswers(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbersTakenBackAndYearlyFigures")
    void aNumberTakenBackOrReckonedUpGivesWayToTheOneMeant(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("theUserAsObjectAndLabels")
    void theUserAsObjectOrALabelLeavesTheClauseThePartners(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordsAroundATraitWord")
    void theWordsAroundATraitWordAreKept(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("askedWhatThePartnerIsLike")
    void askingWhatThePartnerIsLikeAsksForTheirCharacter(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("describedOverSeveralAnswers")
    void aDescriptionGivenOverSeveralAnswersKeepsEveryPart(ExtractionCase c) {
        c.check();
    }
    private static final String IDEAL_QUESTION = "あなたの理想のお相手は、どんな方でしょう？お名前、性格、外見を教えてください。";

    /** Found by trying the running system: the user's own character, said while Hera asked about the partner. */
    static Stream<ExtractionCase> toldOfThemselves() {
        return Stream.of(
                ja("性格は…几帳面って言われるけど、人付き合いはあんまり得意じゃないかな", "C>0.6", "E<0.4", "p.temperament=-")
                        .asked(IDEAL_QUESTION),
                ja("よく優しいねって言われます", "A>0.6", "p.temperament=-").asked(IDEAL_QUESTION),
                ja("彼はよく優しいって言われる", "A=-", "p.temperament~優しい"));
    }

    /** Looks and character in one sentence, the second clause opening with its own subject. */
    static Stream<ExtractionCase> looksThenCharacter() {
        return Stream.of(
                en("He's got blue eyes and he's always cracking jokes.", "p.appearance=blue eyes", "p.temperament~always cracking jokes"),
                en("She has short red hair and she is the calmest person I know", "p.appearance=short red hair",
                        "p.temperament~calmest"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("toldOfThemselves")
    void whatOthersSayOfOneIsOnesOwn(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looksThenCharacter")
    void looksAndCharacterInOneSentenceArePartedByTheirSubjects(ExtractionCase c) {
        c.check();
    }
}
