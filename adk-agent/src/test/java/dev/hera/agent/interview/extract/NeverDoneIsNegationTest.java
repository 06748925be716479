package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19, round 11: what the person has never once done (〜たことがない, 〜たことはありません) turns a deed round, and a
 * deed that describes people in general (「遅刻する人は嫌い」, 「根に持つ人は苦手」) says nothing of the speaker.
 */
class NeverDoneIsNegationTest {

    private static final String ASKED = "あなたはどんな性格ですか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("根に持ったことはない", "A>0.6").asked(ASKED),
                ja("根に持ったことは一度もありません", "A>0.6").asked(ASKED),
                ja("遅刻したことないです", "C>0.6").asked(ASKED),
                ja("人見知りしたことはない", "E>0.6").asked(ASKED),
                // people in general
                ja("遅刻する人は嫌い", "traits=-").asked(ASKED),
                ja("根に持つ人は苦手", "traits=-").asked(ASKED),
                ja("友達とよく出かける人がいい", "traits=-").asked(ASKED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void whatWasNeverDoneIsDenied(ExtractionCase c) {
        c.check();
    }
}
