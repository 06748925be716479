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
 * Answers to Hera's own replies, as the person meets them: a greeting that asks no name, a reply that
 * first takes in what was said (naming the partner and their looks) and then asks for two things at once.
 * Issue 19: half the held-out set's messages follow Hera's own reply, while the tuning sets gave a
 * question of their own before nearly every message; played with Hera's replies instead
 * ({@code -Dtuning.own-questions=true}), the tuning sets showed these failures.
 */
class HerasOwnRepliesTest {

    private static final String GREETING_JA = "ようこそ。わたくしはヘーラー、家族愛を司る神です。少しだけ、あなた自身とあなたの大切な人のことを"
            + "聞かせてください。最初に、あなたの年齢、性別、居住地を教えてください。";
    private static final String GREETING_EN = "Welcome, dear one. I am Hera, goddess of family love. First I'd like to get to know you a "
            + "little; then you'll meet your future family. To begin, could you tell me your age, your gender and where you live?";
    private static final String PARTNER_AND_CHILDREN_JA = "年収は400万円――心に留めておきますね。もう少しだけ、お話を聞かせてくださいね。"
            + "あなたの理想のお相手は、どんな方でしょう？お名前（呼んでみたい名前で構いません）、性格、外見を教えていただけますか？"
            + "お子さんは何人ほしいですか？男の子か女の子か、そしてつけたいお名前も聞かせてくださいね。";
    private static final String PARTNER_AND_CHILDREN_EN = "I've noted your income of 52,000 with care. Just a few more things, if you will. "
            + "What is your ideal partner like? Please share their name, their personality and how they look. How many children "
            + "would you love to have? Boys, girls, and the names you'd give them?";
    private static final UserProfile SINGLE = profile().status(RelationshipStatus.SINGLE).build();

    static Stream<ExtractionCase> firstMessages() {
        return Stream.of(
                // the greeting asks no name, yet a self-introduction opens with it
                ja("まゆみです。38歳の女性で、札幌に住んでいます。", "name=まゆみ", "age=38").asked(GREETING_JA).first(),
                ja("けんたっす、27の男。福岡です", "name=けんた").asked(GREETING_JA).first(),
                ja("どうも、りょうじだべ。四十五の男で、盛岡さ住んでる", "name=りょうじ").asked(GREETING_JA).first(),
                en("hey there, priya here. 31, female, Leeds", "name=Priya").asked(GREETING_EN).first(),
                // later, a name and its copula after a question about the partner is the partner's
                ja("ひろとです。", "name=-").asked("理想のお相手のお名前は？").given(SINGLE));
    }

    static Stream<ExtractionCase> repliesThatTakeInFirst() {
        return Stream.of(
                // the partner named in what Hera takes in is not what she asks about
                ja("あたし？心配性で、人見知りするほう", "N>0.6", "partner=-", "kids=-")
                        .given(profile().status(RelationshipStatus.SINGLE).idealPartner("しゅん").build())
                        .asked("「長い黒髪で、色白」――しゅんさんの姿が目に浮かぶようです。もうすぐ、未来のご家族に会えますよ。"
                                + "あなたはどんな性格ですか？お子さんは何人ほしいですか？男の子か女の子か、そしてつけたいお名前も聞かせてくださいね。"),
                // 「ご自分の性格」 asks for the person's own
                ja("几帳面で、予定はきっちり立てるタイプ", "C>0.6", "partner=-")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("まさし").build())
                        .asked("パートナーのまさしさんは、どんな方でしょう？性格と外見を教えていただけますか？"
                                + "ご自分の性格を、いくつかの言葉で表すとしたら何でしょう？"),
                // a word that links a clause is no child's name
                ja("あと、片付けはほんまに苦手やねん", "kids=-", "C<0.4").asked("あなたの性格を教えてください。お子さんのお名前も聞かせてくださいね。"));
    }

    static Stream<ExtractionCase> partnerAskedWithTheChildren() {
        return Stream.of(
                ja("誠実で、話をちゃんと聞いてくれる人。名前は、ひろと。見た目は、短髪で日焼けしてる", "partner=ideal", "p.temperament~誠実",
                        "p.name=ひろと", "traits=-").given(SINGLE).asked(PARTNER_AND_CHILDREN_JA),
                ja("明るくてよく笑う人がいいな。名前は、みく", "partner=ideal", "p.temperament~明るく", "traits=-")
                        .given(SINGLE).asked(PARTNER_AND_CHILDREN_JA),
                en("Kind, patient, laughs easily. Curly hair and glasses. Call him Noah.", "partner=ideal", "p.temperament~patient",
                        "p.name=Noah", "traits=-").asked(PARTNER_AND_CHILDREN_EN),
                en("Kind, patient, laughs easily. Curly hair and glasses. Call him Noah.", "partner=ideal", "p.temperament~patient",
                        "p.name=Noah", "traits=-").given(SINGLE).asked(PARTNER_AND_CHILDREN_EN),
                // an answer that opens with the children is about them
                ja("二人ほしいな。男の子と女の子で、はるととめい", "kids=男:はると,女:めい", "partner=-").given(SINGLE)
                        .asked(PARTNER_AND_CHILDREN_JA),
                en("two kids, a boy and a girl: Theo and Ada", "kids=男:Theo,女:Ada", "partner=-").given(SINGLE)
                        .asked(PARTNER_AND_CHILDREN_EN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstMessages")
    void theFirstMessageIntroducesThePerson(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repliesThatTakeInFirst")
    void whatHeraTakesInIsNotWhatSheAsks(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnerAskedWithTheChildren")
    void anAnswerToThePartnerAndTheChildrenIsAboutThePartnerUnlessItOpensWithThem(ExtractionCase c) {
        c.check();
    }
}
