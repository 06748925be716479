package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An income in a currency beyond the first few ("25,000 AED per month", "500,000 rand"): the currency is kept and so is the
 * month, and the 25 of 25,000 is no age (round 14, found by playing a first-day conversation from Dubai, where the income
 * was stored as a bare 25,000 a year and the age as 25).
 */
class IncomesInMoreCurrenciesTest {

    private static final String ASKED = "Could you tell me your gender and your rough annual income?";

    static Stream<ExtractionCase> currencies() {
        return Stream.of(
                en("My salary is 25,000 AED per month", "income=AED 25,000 a month", "age=-").asked(ASKED),
                en("I earn 25,000 dirhams a month", "income=AED 25,000 a month", "age=-").asked(ASKED),
                en("AED 300,000 a year", "income=AED 300,000").asked(ASKED),
                en("around 90k SGD", "income=S$90,000").asked(ASKED),
                en("About 500,000 rand a year", "income=R500,000").asked(ASKED),
                en("CHF 120,000, I work in a bank", "income=CHF 120,000").asked(ASKED),
                en("I make 150,000 riyals a year", "income=SAR 150,000").asked(ASKED));
    }

    /** A number grouped with a comma or a point is one number, never an age in a list. */
    static Stream<ExtractionCase> groupedNumbers() {
        return Stream.of(
                en("salary 25,000 per month", "age=-", "income=25,000 a month").asked(ASKED),
                en("male, 62,000 euros a year", "age=-", "gender=男性").asked(ASKED),
                en("male, 45, 62,000 a year", "age=45", "gender=男性").asked(ASKED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({ "currencies", "groupedNumbers" })
    void incomesInMoreCurrencies(ExtractionCase c) {
        c.check();
    }
}
