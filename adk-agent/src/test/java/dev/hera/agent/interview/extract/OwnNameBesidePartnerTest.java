package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 「お名前と、旦那さまのことを教えてください」: a question that lists the person's own name before the partner asks both; the
 * name that opens the answer (「奈緒子です。夫は隆之といって…」) is the person's, not the partner's nor a trait of his.
 * 「旦那さまのお名前」 and Hera's own 「パートナーについて…。お名前、性格、外見は？」 still ask the partner's.
 */
class OwnNameBesidePartnerTest {

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("恵美です。夫は和也で、二つ上です", "name=恵美", "p.name=和也", "p.temperament=-")
                        .asked("お名前と、旦那さまのことを教えてください"),
                ja("名前はゆか\n彼氏は蓮っていうよ", "name=ゆか", "p.name=蓮").asked("お名前と、彼氏さんのことを教えて！"),
                ja("しょうたです\n彼女はいません", "name=しょうた", "p.name=-", "status=single").asked("お名前と、恋人の有無を教えてください"),
                ja("あかりです！彼氏はおらんよ", "name=あかり", "p.name=-").asked("お名前を教えてもらえますか？恋人はいますか？"),
                ja("健二です、仙台に住んでます。妻は由美といいます", "name=健二", "p.name=由美", "p.temperament=-")
                        .asked("お名前とお住まい、奥さまのことを教えてください"),
                ja("直樹です。パートナーは拓海で、一緒に暮らして三年になります", "name=直樹", "p.name=拓海")
                        .asked("まずはお名前と、パートナーさんについて教えてください"),
                ja("里美と申します。婚約者は誠といいます", "name=里美", "p.name=誠").asked("お名前と、婚約者さんのことを聞かせてください"),
                ja("名前は彩です\n旦那は海自勤めで、半年の航海から戻ってきたばっかり", "name=彩", "p.name=-")
                        .asked("お名前と、旦那さまのことを教えてください"),
                // the partner's name, asked after の or in Hera's list of what he is like
                ja("健太です。優しい人です", "name=-", "p.name=健太").asked("旦那さまのお名前と、どんな方か教えてください"),
                ja("美咲です", "name=-", "p.name=美咲").asked("あなたのパートナーについても教えてください。お名前、性格、外見はいかがでしょう？"),
                ja("いるよ、翔太", "name=-").asked("彼氏はいますか？いればお名前も教えて"),
                ja("陽斗がいいな", "name=-").asked("理想のお相手のお名前と、どんな人がいいか教えて"),
                // a name asked beside the status and the children is the children's
                ja("ひとり、女の子\n名前は…すず？いやこはる", "name=-")
                        .asked("今の交際状況も教えてください。独身、お付き合い中、ご結婚されているなど、どれでしょう？"
                                + "お子さんは何人ほしいですか？男の子か女の子か、そしてつけたいお名前も聞かせてくださいね。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNameListedBeforeThePartnerIsTheUsers(ExtractionCase c) {
        c.check();
    }
}
