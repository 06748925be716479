package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The count said after the word for children: "Children we want 2", "kids 1 enough", "Kids: three.", "Kids, just the one I
 * reckon". Not "kids one day" (a time), nor the ages of one's own children ("my kids 5 and 7").
 */
class ChildrenCountAfterTheWordTest {

    private static final String ABOUT_YOU = "How would you describe yourself?";

    static Stream<ExtractionCase> counts() {
        return Stream.of(
                en("I'm quiet. Children we want 2.", "kids#=2").asked(ABOUT_YOU),
                en("kids 1 enough lah", "kids#=1").asked(ABOUT_YOU),
                en("Organised, I'd say. Kids: three.", "kids#=3").asked(ABOUT_YOU),
                en("Laid back. Kids, just the one I reckon.", "kids#=1").asked(ABOUT_YOU),
                en("children? four, i love a full house", "kids#=4").asked(ABOUT_YOU),
                en("Kids one day, yeah.", "kids=-").asked(ABOUT_YOU),
                en("my kids 5 and 7 keep me busy", "kids=-").asked(ABOUT_YOU),
                en("kids, one or two maybe", "kids=-").asked(ABOUT_YOU));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counts")
    void theCountAfterTheWord(ExtractionCase c) {
        c.check();
    }
}
