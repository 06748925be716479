package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One of each, said as people type it: "boy n girl", "1 lad 1 girl", "one girl one boy", names after them in the
 * same order. Issue 19, round 10.
 */
class ChildrenOneOfEachTest {

    private static final String CHILDREN_EN = "We're almost there. And your future children: how many would you like, boys or girls, and what "
            + "names do you have in mind?";

    static Stream<ExtractionCase> oneOfEach() {
        return Stream.of(
                en("2 for sure. boy n girl. names... milo and wren", "kids#=2", "kids=男:Milo,女:Wren").asked(CHILDREN_EN),
                en("yeah 2. 1 lad 1 girl 🙂", "kids#=2", "kids=男:?,女:?").asked(CHILDREN_EN),
                en("Two please, one girl one boy. Amara and Tobi.", "kids#=2", "kids=女:Amara,男:Tobi").asked(CHILDREN_EN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneOfEach")
    void oneOfEachIsTwoChildrenInTheOrderSaid(ExtractionCase c) {
        c.check();
    }
}
