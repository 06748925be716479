package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hera asks the status as an open question with its choices ("your relationship status (single, in a
 * relationship or married)?"), so no yes alone answers it; a yes with the one it is to or with does:
 * "Yes, to Nadia" is married to her, "yep, with Tom" together with him.
 */
class YesToSomeoneTest {

    /** Hera's reply asking the income and the status together. */
    private static final String INCOME_AND_STATUS = "Thank you for telling me your name, Greta. Thank you for sharing that you're "
            + "a 44-year-old woman living in Bristol. Bristol sounds like a warm place to make a home. Just a few more things, if "
            + "you will. Could you tell me your rough annual income and your relationship status (single, in a relationship or "
            + "married)? Whatever comes to mind is perfect.";
    private static final String STATUS_AND_PERSONALITY = "I've noted your income of 61,000 with care. Just a few more things, "
            + "if you will. May I ask about your relationship status? Single, with a partner, married — every answer is welcome "
            + "here. If you described your personality in a few words, what would they be? Whatever comes to mind is perfect.";

    static Stream<ExtractionCase> yesWithSomeone() {
        return Stream.of(
                en("Yes, to Nadia, nine years in May", "status=married", "partner=current", "p.name=Nadia").asked(INCOME_AND_STATUS),
                en("Yep, to my Colin. Going on thirty years!", "status=married", "partner=current").asked(STATUS_AND_PERSONALITY),
                en("yeah, with Tom, about two years now", "status=partnered", "partner=current").asked(INCOME_AND_STATUS),
                en("Yes, I married with Hiro last spring.", "status=married").asked(INCOME_AND_STATUS),
                // a yes with nobody named answers nothing of the open question
                en("Yes, happy to share. About 61k.", "status=-").asked(INCOME_AND_STATUS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yesWithSomeone")
    void aYesToSomeoneAnswersTheOpenStatusQuestion(ExtractionCase c) {
        c.check();
    }
}
