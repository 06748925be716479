package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.en;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;

/**
 * The relationship status and the partner's name read against Hera's question (issue 19, round 4),
 * written for this purpose: a bare yes or no to a yes/no question, 「その他」 to an open one, a
 * status said and then taken back, widowhood, a dialect copula after a name.
 */
class StatusAnswersTest {

    static Stream<ExtractionCase> answers() {
        return Stream.of(
                en("Yes.", "status=married").asked("Are you married?"),
                en("Yep, for ten years now", "status=married").asked("And are you married, Sam?"),
                en("Nope", "status=single").asked("Are you married?"),
                en("yeah", "status=partnered").asked("Are you seeing anyone at the moment?"),
                en("nah not really", "status=single").asked("Are you seeing anybody?"),
                en("Yes", "status=-").asked("What's your relationship status?"),
                en("Married to my Joan for 30 years", "status=married", "p.name=Joan").asked("Are you married?"),
                en("Me and Priya have been together five years", "status=partnered", "p.name=Priya", "name=-"),
                ja("はい", "status=married").asked("ご結婚されていますか？"),
                ja("いいえ", "status=single").asked("ご結婚されていますか？"),
                ja("うん、いるよ", "status=partnered").asked("恋人はいますか？"),
                ja("いません", "status=single").asked("今、お付き合いしている方はいますか？"),
                ja("うん", "status=-").asked("恋愛の状況はどうですか？"),
                ja("独身…でもないし、付き合ってるとも言いきれない。その他で", "status=other").asked("恋愛の状況はどうですか？"),
                ja("夫は三年前に亡くなって、今はひとりです", "status=single"),
                en("My husband passed away two years ago.", "status=single"),
                en("I lost my wife in 2019", "status=single"),
                en("My husband Tom died of cancer last year", "status=single"),
                ja("嫁いるよ。名前は春江じゃ", "status=married", "p.name=春江"),
                ja("たかしです。優しい人", "p.name=たかし", "name=-").asked("彼のお名前は？"),
                // the acknowledgement before the question asks nothing: the answer is about the husband
                ja("悠真（ゆうま）っていうんだけど、すごく穏やかな人", "p.name=悠真", "name=-", "A=-", "N=-")
                        .asked("ご結婚されているんですね。旦那さんのお名前や、どんな方か教えてください。")
                        .given(profile().status(RelationshipStatus.MARRIED).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void statusAndNamesAgainstTheQuestion(ExtractionCase c) {
        c.check();
    }
}
