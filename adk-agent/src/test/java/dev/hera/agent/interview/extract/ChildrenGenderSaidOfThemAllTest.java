package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gender said of all the children after their names: "names Ines and Clara, both girls", "Leo and Max - all boys",
 * "Ada, Ivy and Nell, girls only". Someone else's children of one gender give none.
 */
class ChildrenGenderSaidOfThemAllTest {

    private static final String CHILDREN = "And kids? How many, and any names?";

    static Stream<ExtractionCase> saidOfThemAll() {
        return Stream.of(
                en("two. names Ines and Clara, both girls", "kids=女:Ines,女:Clara").asked(CHILDREN),
                en("Two: Theo and Felix. Both boys lol", "kids=男:Theo,男:Felix").asked(CHILDREN),
                en("three kids, names Ada, Ivy and Nell - all girls", "kids=女:Ada,女:Ivy,女:Nell").asked(CHILDREN),
                en("Two, names Leo and Max, both of them boys.", "kids=男:Leo,男:Max").asked(CHILDREN),
                en("names Mina and Sora. girls only haha", "kids=女:Mina,女:Sora").asked(CHILDREN),
                // another's children
                en("My sister has two, both girls. I'd like one, a boy.", "kids=男:?").asked(CHILDREN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("saidOfThemAll")
    void theGenderOfThemAll(ExtractionCase c) {
        c.check();
    }
}
