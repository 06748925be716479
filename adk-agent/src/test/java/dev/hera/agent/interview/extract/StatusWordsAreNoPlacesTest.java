package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Divorced, the papers went through in 2022", "Married, 12 years": a status word opening a sentence of a compact
 * introduction is no place, capitalised as it is; the place said beside it stays the home.
 */
class StatusWordsAreNoPlacesTest {

    private static final String ABOUT = "How old are you, and where do you live?";

    static Stream<ExtractionCase> statusWords() {
        return Stream.of(
                en("48. Franklin, just south of Nashville. Divorced, the papers went through in 2022.", "location~Franklin").asked(ABOUT),
                en("45, Brisbane, northside. Divorced, the ex took off years ago", "location=Brisbane").asked(ABOUT),
                en("31. Leeds. Separated, it's messy", "location=Leeds").asked(ABOUT),
                en("Widowed, sadly. 67, Galway.", "location=Galway").asked(ABOUT),
                en("Engaged, wedding in May! 29, Austin", "location=Austin").asked(ABOUT),
                en("Divorced, no kids.", "location=-").asked(ABOUT),
                en("Married, happily. 40.", "location=-").asked(ABOUT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statusWords")
    void aStatusWordIsNoPlace(ExtractionCase c) {
        c.check();
    }
}
