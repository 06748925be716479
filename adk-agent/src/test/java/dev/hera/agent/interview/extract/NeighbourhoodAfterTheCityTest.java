package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A neighbourhood said right after its city ("I live in Munich, Schwabing.", "sydney (bondi)", "leeds, headingley bit"): the
 * home is both, the city and the part of it, not the city alone. A common word after the city ("Leeds, married") is the next
 * fact, a side of the city ("Perth, southside") no name, a known place after it ("Toronto, Canada") the wider place, and a name that goes on ("Chicago, Mark is my husband")
 * no neighbourhood.
 */
class NeighbourhoodAfterTheCityTest {

    private static final String WHERE = "Where do you live?";

    static Stream<ExtractionCase> neighbourhoods() {
        return Stream.of(
                en("My name is Sabine Hofmann, I am 36 and I live in Munich, Schwabing.", "location~Schwabing").first(),
                en("Yes, I live in Dubai, Al Barsha. My family is back home.", "location~Al Barsha").asked(WHERE),
                en("im sophie!! 20 from melbourne (brunswick)", "location~Brunswick").first(),
                en("ok lol im callum 18 from manchester, didsbury bit", "location~Didsbury").first(),
                en("Kemi, 31, Lagos, Lekki. Single.", "location~Lekki").first(),
                en("We're in Cape Town, Observatory 🙂", "location~Observatory").asked(WHERE),
                en("Sydney, Bondi. Been here ten years.", "location~Bondi").asked(WHERE),
                en("I'm Priya, 29, living in Mumbai (Bandra) with my parents.", "location~Bandra").first(),
                // the city stays in the home beside its neighbourhood
                en("I live in Munich, Schwabing.", "location~Munich").asked(WHERE),
                en("im sophie!! 20 from melbourne (brunswick)", "location~Melbourne").first());
    }

    static Stream<ExtractionCase> noNeighbourhoods() {
        return Stream.of(
                en("I live in Leeds, married, two kids wanted.", "location=Leeds").asked(WHERE),
                en("Chicago, obviously.", "location=Chicago").asked(WHERE),
                en("I live in Toronto, Canada.", "location=Toronto, Canada").asked(WHERE),
                en("Tom, 40, Chicago, Mark is my husband.", "location=Chicago").first(),
                en("I live in Boston, single, 34.", "location=Boston").asked(WHERE),
                en("Austin, Texas.", "location=Austin, Texas").asked(WHERE),
                en("Gary, 45, Perth, southside. Divorced.", "location=Perth").first());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("neighbourhoods")
    void theNeighbourhoodIsKept(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noNeighbourhoods")
    void nothingElseIsKept(ExtractionCase c) {
        c.check();
    }
}
