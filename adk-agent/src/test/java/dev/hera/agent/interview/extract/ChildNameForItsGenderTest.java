package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The name chosen "for" a child of a gender: "For the daughter we like the name Amira", "for boy we thought Kabir, for girl
 * maybe Anika". A girl looked for while talking of the partner is no child.
 */
class ChildNameForItsGenderTest {

    private static final String CHILDREN = "And children, how many would you like?";

    static Stream<ExtractionCase> forItsGender() {
        return Stream.of(
                en("Three. Two sons and a daughter. For the daughter we like the name Amira.", "kids=男:?,男:?,女:Amira").asked(CHILDREN),
                en("one boy one girl. for boy we thought Kabir, for girl maybe Anika", "kids=男:Kabir,女:Anika").asked(CHILDREN),
                en("Two girls. For a girl I'd love Beatrix.", "kids=女:Beatrix,女:?").asked(CHILDREN),
                en("A son. For the boy, I'm thinking Ezra.", "kids=男:Ezra").asked(CHILDREN),
                en("Someone kind, I'm looking for a girl like Emma Stone.", "kids=-").asked("What would your ideal partner be like?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forItsGender")
    void theNameForItsGender(ExtractionCase c) {
        c.check();
    }
}
