package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A marriage told as over in English: "divorced" or "widowed" alone is {@code other} (neither single nor with
 * anyone), and {@code single} only where the person says so too, before or after. Issue 19, round 10: the writers of
 * the later sets (and of the first three, whose divorced and widowed people all said "single" as well) read it so.
 */
class FormerMarriagesTest {

    private static final String STATUS_EN = "Thank you for telling me. Are you married, in a relationship, or single?";

    static Stream<ExtractionCase> overAlone() {
        return Stream.of(
                en("Divorced. Twelve years now, and no regrets.", "status=other").asked(STATUS_EN),
                en("I'm widowed — my Albert went in 2017.", "status=other"),
                en("58, male, Dundee, divorced since the kids left home", "status=other", "age=58"),
                en("Sadly my husband Len passed away last spring.", "status=other", "p.name=-"),
                en("I lost my wife to cancer six years back.", "status=other"));
    }

    static Stream<ExtractionCase> singleSaidToo() {
        return Stream.of(
                en("Divorced, and happily single these days.", "status=single").asked(STATUS_EN),
                en("Single. Well, divorced technically, since 2020.", "status=single"),
                en("I'm a widower and single now, I suppose.", "status=single"),
                // someone else's marriage, or one that is not over
                en("My parents are divorced, but I'm married to Tomasz.", "status=married"),
                en("My sister is divorced.", "status=-"),
                en("Divorced once, remarried since 2019 — married to Kelly.", "status=married"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overAlone")
    void aMarriageToldAsOverIsOther(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleSaidToo")
    void singleSaidBesideItWins(ExtractionCase c) {
        c.check();
    }
}
