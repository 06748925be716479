package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * English incomes said by the month or the week are kept as said ("$3,800 a month"), not reckoned up to a year the
 * person never named; a yearly figure said beside one still wins; rupees, pesos and naira are currencies. Issue 19,
 * round 10.
 */
class IncomesByTheMonthTest {

    private static final String INCOME_EN = "Thank you, Priya. May I ask your rough income, and how you would describe your personality?";

    static Stream<ExtractionCase> byTheMonth() {
        return Stream.of(
                en("Around $3,800 a month after tax.", "income=$3,800 a month").asked(INCOME_EN),
                en("I take home ₹72,000 per month as a teacher.", "income=₹72,000 a month").asked(INCOME_EN),
                en("roughly 900 quid a week", "income=£900 a week").asked(INCOME_EN),
                en("My shop brings ₦300,000 monthly, so 3.6 million yearly.", "income=3,600,000").asked(INCOME_EN),
                en("₱28k a month, around 336k a year.", "income=336,000").asked(INCOME_EN),
                en("About 650k pesos a year.", "income=₱650,000").asked(INCOME_EN),
                en("My rent is $1,400 a month.", "income=-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("byTheMonth")
    void aMonthlyFigureIsKeptAsSaid(ExtractionCase c) {
        c.check();
    }
}
