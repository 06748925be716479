package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * Answering a reply that asks the person's income beside what the partner is like, what goes on after the
 * amount in the same sentence ("£47,000 a year, as a sous-chef") says more of the person's work, not what
 * the partner is like; a word of character or looks still describes the partner.
 */
class OwnFactGoesOnTest {

    private static final UserProfile SINGLE = profile().status(RelationshipStatus.SINGLE).build();
    /** Hera's reply asking the income and the ideal partner together. */
    private static final String INCOME_AND_IDEAL = "Single for now — what a lovely time to picture your ideal partner. Just a few "
            + "more things, if you will. Would you share your rough annual income with me? What is your ideal partner like? "
            + "Please share their name (any name you'd love to call them), their personality and how they look (hair, eyes, "
            + "face, height). Whatever comes to mind is perfect.";

    static Stream<ExtractionCase> afterTheAmount() {
        return Stream.of(
                en("£47,000 a year, as a sous-chef.", "income~47", "partner=-").given(SINGLE).asked(INCOME_AND_IDEAL),
                en("About $88k, nursing mostly.", "partner=-").given(SINGLE).asked(INCOME_AND_IDEAL),
                // a description in a sentence of its own is still the partner's
                en("About $88k. Gentle, patient, loves hiking.", "partner=ideal", "p.temperament~patient").given(SINGLE)
                        .asked(INCOME_AND_IDEAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("afterTheAmount")
    void whatGoesOnAfterTheAmountIsNoCharacter(ExtractionCase c) {
        c.check();
    }
}
