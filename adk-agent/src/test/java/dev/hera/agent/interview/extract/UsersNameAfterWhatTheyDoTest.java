package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The person's name after a clause of what they do (「堺に住んでる翔太いいます」, 「梅田で働いてる美穂です」, 「パン屋やってる
 * 誠やで」, 「犬と暮らしとる美和です」): the clause is no part of the name. Issue 19, round 11: set 8 stored 「住んでる健太」
 * or nothing.
 */
class UsersNameAfterWhatTheyDoTest {

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("どうも！堺に住んでる翔太いいます、よろしく", "name=翔太"),
                ja("こんにちは、梅田で働いてる美穂です。", "name=美穂"),
                ja("おっす 京都でパン屋やってる誠やで 33", "name=誠"),
                ja("犬と暮らしとる美和です", "name=美和"),
                ja("名古屋に住んでいる拓也と申します", "name=拓也"),
                ja("福岡で看護師してる彩です", "name=彩"),
                // not the person's name: someone else living there, a place as the thing done
                ja("妹は大阪に住んでる真希です", "name=-"),
                ja("東京に住んでる友達がいます", "name=-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNameAfterWhatTheyDo(ExtractionCase c) {
        c.check();
    }
}
