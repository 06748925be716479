package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whom one is married to, engaged to or together with, named in a message typed all in lower case ("yes married to anjali",
 * "me n jess have been together since school"); a common word there is no name ("married to my job lol").
 */
class PartnerTypedInLowerCaseTest {

    private static final String STATUS = "Are you married or seeing someone?";

    static Stream<ExtractionCase> lowerCase() {
        return Stream.of(
                en("yes married to anjali, she is a nurse", "p.name=Anjali").asked(STATUS),
                en("me n jess have been together since school", "p.name=Jess").asked(STATUS),
                en("engaged to marcus lol, wedding in june", "p.name=Marcus").asked(STATUS),
                en("me and tariq are on and off tbh, rn on", "p.name=Tariq").asked(STATUS),
                en("going out with fern for a year now", "p.name=Fern").asked(STATUS),
                en("married to my job lol", "p.name=-").asked(STATUS),
                en("i was married to dennis but he passed away", "p.name=-").asked(STATUS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lowerCase")
    void theOneTypedInLowerCase(ExtractionCase c) {
        c.check();
    }
}
