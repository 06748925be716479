package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "39, F, Vancouver, married": a status typed as one item of a list of facts, as "single" already was; and a spouse
 * introduced by a label ("hubby: Dev, 41") says the person is married. "married" said of others, or denied, is not the
 * person's status.
 */
class StatusAsAnItemOfAListTest {

    private static final String INCOME_AND_STATUS = "Could you tell me your rough annual income and your relationship status "
            + "(single, in a relationship or married)?";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                en("39, F, Vancouver, married", "status=married"),
                en("39 / F / Vancouver / married / 2 kids wanted", "status=married"),
                en("Tom, 52, Leeds, happily married, two kids would be nice", "status=married"),
                en("28 | m | Austin | married", "status=married"),
                en("nurse; 41; married; Cork", "status=married"),
                en("Meredith! hubby: Dev, 41. He's a gentle giant, calm, funny", "status=married", "partner=current")
                        .asked(INCOME_AND_STATUS),
                en("husband: Marco, 44, loves cooking", "status=married", "partner=current").asked(INCOME_AND_STATUS),
                en("Together 15 years, not married", "status=-"),
                en("31, m, lives with girlfriend, not married", "status=partnered"),
                // of others, wished for, or denied
                en("All my friends are married, I'm the last one", "status=-"),
                en("Wish I was married, lol", "status=-"),
                en("34, f, Dublin, not married", "status=single"),
                en("29, m, Leeds, never married", "status=single"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theStatusIsTheListsItem(ExtractionCase c) {
        c.check();
    }
}
