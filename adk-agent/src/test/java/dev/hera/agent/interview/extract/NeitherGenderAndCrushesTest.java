package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 「性別は…どっちでもない」 answers the gender whatever Hera asked, not the relationship status; a crush
 * (「先輩に片思いしてて」, 「ずっと片想い中」) tells a person who goes out with no one yet. Issue 19, round 11: set 8
 * stored {@code other} as the status of a person who was neither man nor woman and had a crush.
 */
class NeitherGenderAndCrushesTest {

    private static final String STATUS_Q = "今お付き合いしている方はいますか？性別も教えてね";
    private static final String STATUS_ONLY = "恋愛の状況はどうですか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("性別は…どっちでもないかな。恋人はおらん", "gender=その他", "status=single").asked(STATUS_Q),
                ja("性別？男でも女でもないです", "gender=その他", "status=-").asked(STATUS_ONLY),
                ja("バイト先の店長に片思いしてんねん", "status=single").asked(STATUS_ONLY),
                ja("ずっと片想い中です", "status=single").asked(STATUS_ONLY),
                ja("同じクラスの子に片思いしとる", "status=single"),
                // still the status: 'other' said of the relationship, a crush beside an explicit status
                ja("その他で！", "status=other").asked(STATUS_ONLY),
                ja("結婚してます。学生の頃は片思いばっかりでした", "status=married").asked(STATUS_ONLY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void neitherGenderAndCrushes(ExtractionCase c) {
        c.check();
    }
}
