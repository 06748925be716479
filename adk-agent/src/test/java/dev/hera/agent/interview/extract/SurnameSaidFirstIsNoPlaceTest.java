package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 「工藤です。工藤さち、…」, 「前川です。下の名前は亮」: a surname said first, as the person gives their name in the same message,
 * is no place, though a town bears it. Issue 19, round 10: Hera then thanked the person for living in their surname.
 */
class SurnameSaidFirstIsNoPlaceTest {

    private static final String GREETING = "愛しい子よ、ようこそ。わたくしの名はヘーラー。家族愛の神として、たくさんの家庭の幸せを見守ってきました。"
            + "最初に、あなたの年齢、性別、居住地を教えてください。";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("小松です。小松みどり、五十一になります", "location=-", "name=小松みどり", "age=51").asked(GREETING).first(),
                ja("大野です。下の名前は誠。四十の男です", "location=-", "age=40").asked(GREETING).first(),
                // a place told as one is still the place
                ja("小松みどりです。金沢に住んでます", "location=金沢").asked(GREETING).first());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSurnameSaidFirstIsNoPlace(ExtractionCase c) {
        c.check();
    }
}
