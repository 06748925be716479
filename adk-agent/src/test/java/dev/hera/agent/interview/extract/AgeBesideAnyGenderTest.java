package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An age said beside a gender beyond man and woman in a self-introduction ("jo here 26, non-binary", "31 yo enby"), as
 * beside "female" or "guy"; a number beside it that is no age stays none.
 */
class AgeBesideAnyGenderTest {

    static Stream<ExtractionCase> ages() {
        return Stream.of(
                en("hi! jo here 👋 26, non-binary, from Quezon City", "age=26", "gender=その他").first(),
                en("hey, rin here, 31 yo enby from Osaka", "age=31").first(),
                en("Hello! Alex, 22 nonbinary, living in Leeds", "age=22").first(),
                en("hi, sam here, 40 genderqueer and proud", "age=40").first(),
                en("we have 2 non-binary friends", "age=-").asked("Tell me about yourself."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ages")
    void theAge(ExtractionCase c) {
        c.check();
    }
}
