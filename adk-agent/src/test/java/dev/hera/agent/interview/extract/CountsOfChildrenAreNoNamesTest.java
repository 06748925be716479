package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 「二児の母」, 「三児のパパ」: a count of children one has is no name, of the partner's or anyone's (「妻は二児の母です」 gave a
 * wife called 二児); names with a numeral in them (一郎, 三郎, 英二) stay names.
 */
class CountsOfChildrenAreNoNamesTest {

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("妻は二児の母です", "p.name=-"),
                ja("嫁は三児の母で、毎日てんてこまいや", "p.name=-"),
                ja("夫は一児のパパです。", "p.name=-"),
                // a name given after it is still the name
                ja("妻は二児の母で、名前は由美です", "p.name=由美"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aCountOfChildrenIsNoName(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0} is not a name")
    @ValueSource(strings = { "二児", "三児", "一児", "４児" })
    void countsAreNotNames(String count) {
        assertFalse(Names.plausibleJapanese(count), count);
    }

    @ParameterizedTest(name = "{0} is a name")
    @ValueSource(strings = { "一郎", "三郎", "英二", "孝三", "二葉" })
    void namesWithNumeralsAreNames(String name) {
        assertTrue(Names.plausibleJapanese(name), name);
    }
}
