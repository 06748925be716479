package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A gender the person says of themselves as the one they are ("I'm the guy with the spreadsheet", "i'm just the girl who
 * plans everything"): a fair self-statement, unlike a name or a spouse that only implies it (round 15, found by playing a
 * first-day conversation). Another person's ("I'm the man's sister", "I'm dating the guy from work") says nothing.
 */
class GenderSaidAsTheOneTest {

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                en("I'm the guy with the spreadsheet lol. Tom, 38, Bristol", "gender=男性"),
                en("i'm just the girl who plans everything for the group", "gender=女性"),
                en("Honestly I'm the only woman in my team of engineers", "gender=女性"),
                en("I'm the dad who coaches the under-10s on Saturdays", "gender=男性"),
                en("im the lady from the bakery haha", "gender=女性"),
                en("I am basically the mum of my friend group", "gender=女性"),
                // someone else's gender, or none said
                en("I'm the man's sister, long story", "gender=-"),
                en("I'm dating the guy from work", "gender=-"),
                en("I'm the one who wants a girl first", "gender=-"),
                en("I'm the opposite of my husband", "gender=-"),
                en("I'm married to the woman of my dreams", "gender=-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void genderSaidAsTheOne(ExtractionCase c) {
        c.check();
    }
}
