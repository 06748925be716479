package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Mike, 40, Denver" answering Hera's first question (age, gender and place, not the name): the name that opens the list is
 * the user's, not part of the place (round 14, found by playing a first-day conversation: the place was "Mike, Denver").
 * A place opening the list stays a place.
 */
class NameOpeningTheFirstAnswerTest {

    private static final String FIRST_QUESTION = "May I begin by asking your age, your gender and where you live?";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                en("Mike, 40, Denver", "name=Mike", "age=40", "location=Denver").asked(FIRST_QUESTION),
                en("Sarah, 29, female, Chicago", "name=Sarah", "age=29", "location=Chicago").asked(FIRST_QUESTION),
                en("mike, 40, denver", "name=Mike", "age=40", "location=Denver").asked(FIRST_QUESTION),
                en("Mike. 40. Denver.", "name=Mike", "age=40").asked(FIRST_QUESTION),
                en("Priya, 31, woman, living in Bristol", "name=Priya", "age=31", "location=Bristol").asked(FIRST_QUESTION),
                // a place opening the list is the place
                en("Denver, 40, male", "name=-", "age=40", "location=Denver").asked(FIRST_QUESTION),
                en("London, 35, f", "name=-", "age=35", "location=London").asked(FIRST_QUESTION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nameOpeningTheFirstAnswer(ExtractionCase c) {
        c.check();
    }
}
