package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An income whose thousands are grouped with a point, as most of Europe writes them ("62.000 euros a year"): its first digits
 * are no age, beside a gender or alone (round 15: "male, 62.000 euros a year" had given the age 62, the comma form having
 * been fixed in round 14). A full stop after an age still ends it ("32. Male. Lyon.").
 */
class ThousandsGroupedWithAPointTest {

    private static final String ASKED = "Could you tell me your age, your gender and your rough annual income?";

    static Stream<ExtractionCase> groupedWithAPoint() {
        return Stream.of(
                en("male, 62.000 euros a year", "age=-", "gender=男性").asked(ASKED),
                en("62.000 euros a year", "age=-").asked(ASKED),
                en("male, 62.000", "age=-", "gender=男性").asked(ASKED),
                en("Female, 38.500 € per year", "age=-", "gender=女性").asked(ASKED),
                en("woman, 45.000 a year before tax", "age=-", "gender=女性").asked(ASKED),
                en("m, 71.200 EUR", "age=-", "gender=男性").asked(ASKED),
                en("guy, 33.5k a year", "age=-", "gender=男性").asked(ASKED));
    }

    /** An age said with a full stop after it, or beside an income grouped with a point, is still the age. */
    static Stream<ExtractionCase> agesStillRead() {
        return Stream.of(
                en("32. Male. Lyon.", "age=32", "gender=男性").asked(ASKED),
                en("woman, 41, 52.000 euros a year", "age=41", "gender=女性").asked(ASKED),
                en("male, 29. I earn about 40.000 euros", "age=29", "gender=男性").asked(ASKED),
                en("57.", "age=57").asked(ASKED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({ "groupedWithAPoint", "agesStillRead" })
    void thousandsGroupedWithAPoint(ExtractionCase c) {
        c.check();
    }
}
