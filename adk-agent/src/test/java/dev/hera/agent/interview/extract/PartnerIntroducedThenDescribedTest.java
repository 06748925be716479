package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A partner introduced (「妻がおります。」), then described without a subject: what follows is the partner's, unless
 * it names its own subject. Found by playing formal first-day conversations at round 14: the dictionary reads the
 * polite 「おります」 as おりる, cuts 婚約者 in two, and an introduction ending where 「私は」 begins had the last word.
 */
class PartnerIntroducedThenDescribedTest {

    /** The polite existence verb introduces the partner as いる and おる do. */
    static Stream<ExtractionCase> politeExistence() {
        return Stream.of(
                ja("妻がおります。穏やかな人です。", "status=married", "A=-", "N=-", "pN<0.4"),
                ja("妻がおります。名前は由美子です。穏やかで、いつも笑顔を絶やさない人です。", "p.name=由美子", "N=-", "pN<0.4"),
                ja("主人がおります。名前は誠です。とても優しい人です。", "p.name=誠", "A=-", "pA>0.6"),
                ja("彼女がおりまして、とても几帳面な人です。", "status=partnered", "C=-", "pC>0.6"),
                ja("家内がおりますが、心配性なところがあります。", "status=married", "N=-", "pN>0.6"),
                // no partner: what follows is the user's
                ja("妻はおりません。穏やかな性格です。", "status=single", "N<0.4"));
    }

    /** A partner noun the dictionary cuts in two words. */
    static Stream<ExtractionCase> nounsOfTwoWords() {
        return Stream.of(
                ja("婚約者がいます。明るくて社交的な人です。", "status=partnered", "E=-", "pE>0.6"),
                ja("婚約者がおります。明るくて社交的な人です。", "status=partnered", "E=-", "pE>0.6"),
                ja("旦那さんがいて、すごく優しい人です。", "status=married", "A=-", "pA>0.6"));
    }

    /** The user named as the subject right after the introduction: the user's own words. */
    static Stream<ExtractionCase> userNamedRightAfter() {
        return Stream.of(
                ja("妻がいます。私は心配性です。", "status=married", "N>0.6"),
                ja("妻がおります。私自身は心配性です。", "status=married", "N>0.6"),
                ja("彼氏がいる。あたしは人見知り。", "status=partnered", "E<0.4"),
                ja("妻がいます。優しい人です。私自身は心配性です。", "N>0.6", "pA>0.6"));
    }

    /** The introducing clause says only that the partner exists: it is no part of their character. */
    static Stream<ExtractionCase> introductionIsNoCharacter() {
        return Stream.of(
                ja("彼氏いるよ〜、名前はしょうた。ちょっと頑固だけど根は優しい", "p.name=しょうた", "p.temperament=ちょっと頑固だけど根は優しい"),
                ja("彼女おるで、めっちゃ優しい", "status=partnered", "p.temperament=めっちゃ優しい"),
                ja("旦那いるけど、すごく真面目", "status=married", "p.temperament=すごく真面目"),
                ja("嫁さんおります、しっかり者です", "status=married", "p.temperament=しっかり者"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({ "politeExistence", "nounsOfTwoWords", "userNamedRightAfter", "introductionIsNoCharacter" })
    void partnerIntroducedThenDescribed(ExtractionCase c) {
        c.check();
    }
}
