package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hera's reply opens by thanking for what was told: 「ひろしさん、お名前を教えてくださってありがとうございます。」. That
 * sentence says 教えて and お名前, yet asks nothing; read as a question for the name, it let the partner's name said next
 * (「かあちゃんは恵子っていうの」) replace the person's own.
 */
class HerasThanksAskNothingTest {

    private static final String THANKS_THEN_INCOME_AND_STATUS = "ひろしさん、お名前を教えてくださってありがとうございます。宮城にお住まいの41歳の男性――"
            + "しっかりと心に刻みました。もう少しだけ、お話を聞かせてくださいね。よろしければ、おおよその年収と交際状況（独身・交際中・既婚など）を"
            + "教えていただけますか？思いつくままで大丈夫ですよ。";

    static Stream<ExtractionCase> namesAfterThanks() {
        return Stream.of(
                ja("しとるよ。嫁はんは佳代子っていうねん。一つ下", "name=-", "status=married").given(profile().name("ひろし").build())
                        .asked(THANKS_THEN_INCOME_AND_STATUS),
                ja("はい、同棲中の彼がいます。直樹といいます。", "name=-", "status=partnered").given(profile().name("ひろし").build())
                        .asked(THANKS_THEN_INCOME_AND_STATUS),
                ja("独身です。年収は三百五十万くらい", "name=-", "income=350万円", "status=single").given(profile().name("ひろし").build())
                        .asked(THANKS_THEN_INCOME_AND_STATUS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesAfterThanks")
    void aNameAfterHerThanksIsNotThePersons(ExtractionCase c) {
        c.check();
    }
}
