package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * After Hera asked the children's names, a sentence that is only names is taken as theirs; not when it is about the
 * partner, asked in the same reply (「あや。優しい。」), or the speaker made its topic (「おれは、…」), nor when words other
 * than names are in it (「ばってん、朝は弱か」). Issue 19, round 10.
 */
class ChildNamesNotInOthersSentencesTest {

    private static final String PARTNER_AND_CHILDREN = "あなたはきちんとしていて物静かな方なのですね。素敵です。ぜひあなたの理想のお相手のお名前"
            + "（呼んでみたい名前で構いません）、性格、外見（髪型や目元、背の高さなど）も知りたいです。あなたの家族に迎えたいお子さんのことも"
            + "教えてください。人数、男の子か女の子か、そしてお名前も。";
    private static final String OWN_AND_CHILDREN = "あと少しで、準備が整います。ご自分の性格を、いくつかの言葉で表すとしたら何でしょう？そして、"
            + "お子さんのことも。何人くらい、男の子か女の子か、お名前の候補もあれば教えてください。";
    private static final UserProfile SINGLE = profile().status(RelationshipStatus.SINGLE).build();

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("ゆみ。明るい。背が高くてロングヘア", "kids=-", "p.name=ゆみ").given(SINGLE).asked(PARTNER_AND_CHILDREN),
                ja("わたしは、はずかしがりで、すぐ赤くなる。でも根気はある", "kids=-").given(SINGLE).asked(OWN_AND_CHILDREN),
                // a sentence with other words in it is no list of names, though its first word might pass for one
                ja("わいは、のんびり屋や。せやけど、片付けは苦手", "kids=-").given(SINGLE).asked(OWN_AND_CHILDREN),
                ja("あたしは明るい方。ほんで、パートの仕事は好き", "kids=-").given(SINGLE).asked(OWN_AND_CHILDREN),
                ja("にぎやかなのが好き。ばってん、朝は弱か", "kids=-").given(SINGLE).asked(OWN_AND_CHILDREN),
                // a conjunction and the word after it (round 14, found by playing a first-day conversation)
                ja("わたしは心配性で、ちょっと神経質なところある。でも人と話すのは好き！", "kids=-").given(SINGLE).asked(OWN_AND_CHILDREN),
                ja("几帳面な方です。でも部屋と机は散らかってます", "kids=-").given(SINGLE).asked(OWN_AND_CHILDREN),
                ja("人見知り。だから家と職場の往復ばっかり", "kids=-").given(SINGLE).asked(OWN_AND_CHILDREN),
                // a sentence of names opening with the children still names them
                ja("ふたり。はるととみお", "kids=?:はると,?:みお").given(SINGLE).asked(OWN_AND_CHILDREN),
                ja("ふたり。そうた、こはる", "kids=?:そうた,?:こはる").given(SINGLE).asked(OWN_AND_CHILDREN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aSentenceAboutSomeoneElseNamesNoChild(ExtractionCase c) {
        c.check();
    }
}
