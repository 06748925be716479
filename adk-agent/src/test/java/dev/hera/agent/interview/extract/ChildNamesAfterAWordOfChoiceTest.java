package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the children's names and genders are said once a choice is made or weighed: 「名前は絶対ソラ」 (an insistence before
 * the name), 「候補は湊斗と結菜」 (the candidates, also after a first 名前は that names nobody), 「名前は兄が陸斗、妹が美桜」
 * (each as the other's brother or sister) and 「ぜんぶ男で」 (one gender said of them all). Candidates for other
 * things, someone else's children and a name kept secret give nothing.
 */
class ChildNamesAfterAWordOfChoiceTest {

    private static final String KIDS = "お子さんは何人くらい、どんな名前がいいですか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                // an insistence before the name
                ja("子供はひとり。男でも女でもいいけど、名前は絶対ソラ。", "kids=?:ソラ").asked(KIDS),
                ja("ひとり。名前はぜったい陽向にする", "kids=?:陽向").asked(KIDS),
                ja("女の子ひとり。名前はやっぱり凛がいい", "kids=女:凛").asked(KIDS),
                // the candidates
                ja("二人かな。候補は蓮と陽葵", "kids=?:蓮,?:陽葵").asked(KIDS),
                ja("二人希望です。名前は夫と相談中ですが、候補は湊斗と結菜です。", "kids=?:湊斗,?:結菜").asked(KIDS),
                ja("ふたり。名前の候補は樹と紬", "kids=?:樹,?:紬").asked(KIDS),
                // each as the other's brother or sister
                ja("2人。兄と妹。名前は兄が陸斗、妹が美桜", "kids=男:陸斗,女:美桜").asked(KIDS),
                ja("二人で、名前は姉がさくら、弟がはると", "kids=女:さくら,男:はると").asked(KIDS),
                // one gender said of them all
                ja("こどもは3人ほしい！ぜんぶ男でサッカーチームつくる", "kids=男:?,男:?,男:?").asked(KIDS),
                ja("三人。全部女の子がいいな", "kids=女:?,女:?,女:?").asked(KIDS),
                // nothing to store
                ja("ふたり。名前の候補はまだない", "kids=?:?,?:?").asked(KIDS),
                ja("転職先の候補は大阪と名古屋です", "kids=-"),
                ja("名前は絶対に秘密です", "name=-", "kids=-").asked("お名前を教えてください。"),
                ja("姉の子は全部男の子。私はひとり、女の子がいい", "kids=女:?").asked(KIDS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesAndGendersOfAChoice(ExtractionCase c) {
        c.check();
    }
}
