package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "two girls, no names yet": the word after "names" says that none is chosen, and is no child's name (it gave a
 * daughter called "Yet"). A name typed in lower case after "names" still is one.
 */
class NamesNotChosenYetTest {

    private static final String CHILDREN = "How many children would you love to have? Boys, girls, and the names you'd give them?";

    static Stream<ExtractionCase> wordsAfterNames() {
        return Stream.of(
                en("two girls, no names yet", "kids=女:?,女:?").asked(CHILDREN),
                en("3 kids. names later lol", "kids#=3").asked(CHILDREN),
                en("a boy and a girl. names tbd", "kids=男:?,女:?").asked(CHILDREN),
                en("just one boy, names undecided", "kids=男:?").asked(CHILDREN),
                // a lower-case name after "names" is a name
                en("one girl. names... juniper", "kids=女:Juniper").asked(CHILDREN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordsAfterNames")
    void aWordOfTimeAfterNamesIsNoName(ExtractionCase c) {
        c.check();
    }
}
