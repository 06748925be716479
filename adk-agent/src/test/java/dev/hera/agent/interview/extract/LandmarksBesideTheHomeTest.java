package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the person lives when a bigger or better-known place is said beside it: a landmark to find the home by ("Raglan, an
 * hour from Hamilton", "outside Nashville in a little town called Franklin", "santee (san diego area)", "Durbanville in Cape
 * Town's northern suburbs"), the place narrowed down to ("Nairobi, Karen to be exact"), a residence ("resident in Ikoyi,
 * Lagos"), a birthplace one never left. Near a place with no other one said, that place is still the home; and someone
 * else's home ("my ex-husband lives in…") is not the person's.
 */
class LandmarksBesideTheHomeTest {

    private static final String WHERE = "Where do you live?";

    static Stream<ExtractionCase> homes() {
        return Stream.of(
                en("Raglan, an hour from Hamilton.", "location~Raglan").asked(WHERE),
                en("Grant, fifty-two, Mosgiel, just out of Dunedin.", "location~Mosgiel").first(),
                en("I live outside Nashville in a little town called Franklin.", "location~Franklin").asked(WHERE),
                en("hiii im tay, 20 from santee (san diego area)", "location~Santee").first(),
                en("26, guy from Durbanville in Cape Town's northern suburbs", "location~Durbanville").first(),
                en("I'm in Nairobi, Karen to be exact.", "location~Karen").asked(WHERE),
                en("I am a 50 year old man, resident in Ikoyi, Lagos.", "location~Ikoyi").first(),
                en("Born and raised in Galway and never left.", "location~Galway").given(ExtractionCase.Given.profile().location("Dublin").build()),
                // the landmark is the home when no other place is said, or when the other is only a birthplace
                en("I live just outside Boston.", "location~Boston").asked(WHERE),
                en("I'm from Manchester, but I live near London now.", "location=London").asked(WHERE),
                // someone else's home
                en("My ex-husband lives in Gurgaon now. We don't talk.", "location=-").asked("What do you do?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("homes")
    void theHome(ExtractionCase c) {
        c.check();
    }
}
