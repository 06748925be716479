package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.UserProfile;

/**
 * Issue 19, round 11: what someone is always seen in is part of their looks ("always in a big jumper", "lives in
 * hoodies", "a flat cap"), also where the speaker has just spoken of themselves; a garment given or bought is not.
 */
class LooksOfWhatIsWornTest {

    private static final UserProfile WITH_TOM = ExtractionCase.Given.profile().currentPartner("Tom").build();

    static Stream<ExtractionCase> worn() {
        return Stream.of(
                en("he's tall, always in a cardigan and a flat cap", "p.appearance~cardigan and a flat cap").asked("What does he look like?").given(WITH_TOM),
                en("someone called Robin. kind but sure of themselves, the type to talk for me bc i freeze. short dark hair, always in a big jumper",
                        "p.appearance~big jumper").asked("What would your ideal partner be like? Name, personality, looks?"),
                en("Tom basically lives in hoodies and beanies", "p.appearance~hoodies and beanies").asked("What does he look like?").given(WITH_TOM),
                // a garment given is no look
                en("I knitted him a jumper last winter", "p.appearance=-").asked("What is Tom like?").given(WITH_TOM));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("worn")
    void whatSomeoneIsAlwaysInIsLooks(ExtractionCase c) {
        c.check();
    }
}
