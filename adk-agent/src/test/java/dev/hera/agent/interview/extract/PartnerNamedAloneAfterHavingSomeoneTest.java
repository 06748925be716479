package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 「かのじょおる！⏎りんちゃん🥰」, 「彼氏いる。れおくん」: on a phone the particle is left out and the partner words typed in
 * kana, and the name comes alone with its くん or ちゃん on the next line; it is the partner's (issue 19, round 13, set 10),
 * written for this purpose.
 */
class PartnerNamedAloneAfterHavingSomeoneTest {

    private static final String PARTNER = "恋人はいますか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("かのじょおる！\nみうちゃん😍\nつきあって1年", "p.name=みう"),
                ja("彼氏いる。たくみくん", "p.name=たくみ"),
                ja("いるよ〜 つきあって半年のかれぴ\nはるとくん", "p.name=はると").asked(PARTNER),
                ja("彼女います。さくらちゃん。", "p.name=さくら"),
                ja("旦那おる！\nまさしさん", "p.name=まさし"),
                ja("かれしいるよ\nゆうまくん！", "p.name=ゆうま"),
                // no one had: the name alone is nobody's partner
                ja("彼氏はいません。\nたくやくん", "p.name=-"),
                ja("犬飼ってる\nポチくん", "p.name=-"),
                ja("友達いる\nけんくん", "p.name=-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void partnerNamedAlone(ExtractionCase c) {
        c.check();
    }
}
