package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A child's gender settled on after both were offered ("boy or girl also can... ok girl la", "either is fine. fine, a boy",
 * "boy or girl? let's say girl"); offering both without choosing gives none.
 */
class GenderSettledAfterEitherTest {

    private static final String CHILDREN = "And kids one day?";

    static Stream<ExtractionCase> settled() {
        return Stream.of(
                en("kids 1 enough. boy or girl also can... ok girl la", "kids=女:?").asked(CHILDREN),
                en("Just one. Either is fine. Fine, a boy.", "kids=男:?").asked(CHILDREN),
                en("one kid. boy or girl? let's say girl", "kids=女:?").asked(CHILDREN),
                en("One child, boy or girl, I guess boy.", "kids=男:?").asked(CHILDREN),
                en("One child, boy or girl, doesn't matter.", "kids#=1", "kids=?:?").asked(CHILDREN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settled")
    void theGenderSettledOn(ExtractionCase c) {
        c.check();
    }
}
