package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19, round 11: in Kyushu an adjective closes with か where the standard says い (優しか人, 明るかけん, ノリがよか,
 * 新しかもん好き); かった and かも stay what they are.
 */
class KyushuAdjectiveEndingTest {

    private static final String ASKED = "あなたはどんな性格ですか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("うちは明るかけん、友達も多か", "E>0.6").asked(ASKED),
                ja("俺はノリがよかってよう言われる", "E>0.6").asked(ASKED),
                ja("人には優しかと思う", "A>0.6").asked(ASKED),
                ja("新しかもん好き", "O>0.6").asked(ASKED),
                ja("新しか店とか行くのは好きやね", "O>0.6").asked(ASKED),
                ja("うちは気の強かほうやけん", "A<0.4").asked(ASKED),
                ja("優しか人がよか", "partner=ideal", "pA>0.6", "traits=-").asked("理想の人はどんな人？"),
                // かも and かった are no such ending
                ja("部屋は真っ暗かもしれん", "traits=-").asked(ASKED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anAdjectiveClosedByKaIsTheAdjective(ExtractionCase c) {
        c.check();
    }
}
