package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A status said in other words than Hera's: alone now ("so on my own now"), a sweetheart had without the article
 * ("got boyfriend already"), "taken" said on its own; the last statement still wins over what was before
 * ("Separated… on my own now" is single, as round 10's set 9 reads divorced, widowed or separated with no one now;
 * "complicated… so yeah, taken" is partnered). Issue 19, round 10.
 */
class StatusInOtherWordsTest {

    private static final String STATUS_EN = "Thank you for telling me your name, Mo. Could you tell me your rough annual income and your "
            + "relationship status (single, in a relationship or married)? Whatever comes to mind is perfect.";

    static Stream<ExtractionCase> saidOtherwise() {
        return Stream.of(
                en("Separated since March. On my own now and honestly fine with it.", "status=single").asked(STATUS_EN),
                en("we split two years ago, so I'm on my own these days", "status=single").asked(STATUS_EN),
                en("Got boyfriend already, 3 years, not married yet.", "status=partnered").asked(STATUS_EN),
                en("I have girlfriend, we live in same flat.", "status=partnered").asked(STATUS_EN),
                en("ugh it's complicated. we broke up in may, back together now. so yeah taken lol", "status=partnered").asked(STATUS_EN),
                en("Taken! Three years with the same lovely idiot.", "status=partnered").asked(STATUS_EN));
    }

    static Stream<ExtractionCase> notAStatus() {
        return Stream.of(
                en("I live on my own now, a small flat in Hove.", "status=-"),
                en("I don't have girlfriend now.", "status=single"),
                en("I was taken aback by the question, honestly. Single.", "status=single").asked(STATUS_EN),
                en("That seat is taken, ha. Anyway I'm married.", "status=married"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("saidOtherwise")
    void aStatusSaidInOtherWordsIsRead(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notAStatus")
    void livingAloneOrTakenAbackIsNoStatus(ExtractionCase c) {
        c.check();
    }
}
