package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Mike, 40, Denver" answering Hera's first question (age, gender and place, not the name): the name that opens the list is
 * the user's, not part of the place (round 14, found by playing a first-day conversation: the place was "Mike, Denver";
 * round 15 reads the opening word before the age as no place instead of cutting the name off the place afterwards). A
 * place opening the list stays a place.
 */
class NameOpeningTheFirstAnswerTest {

    private static final String FIRST_QUESTION = "May I begin by asking your age, your gender and where you live?";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                en("Mike, 40, Denver", "name=Mike", "age=40", "location=Denver").asked(FIRST_QUESTION),
                en("Sarah, 29, female, Chicago", "name=Sarah", "age=29", "location=Chicago").asked(FIRST_QUESTION),
                en("mike, 40, denver", "name=Mike", "age=40", "location=Denver").asked(FIRST_QUESTION),
                en("Mike. 40. Denver.", "name=Mike", "age=40", "location=Denver").asked(FIRST_QUESTION),
                en("Tomás, 36, m, Valencia", "name=Tomás", "age=36", "location=Valencia").asked(FIRST_QUESTION),
                en("Aroha - 27 - female - Rotorua", "name=Aroha", "age=27", "location=Rotorua").asked(FIRST_QUESTION),
                en("Kwame / 33 / male / Kumasi", "name=Kwame", "age=33", "location=Kumasi").asked(FIRST_QUESTION),
                en("Priya, 31, woman, living in Bristol", "name=Priya", "age=31", "location=Bristol").asked(FIRST_QUESTION),
                // a place opening the list is the place
                en("Denver, 40, male", "name=-", "age=40", "location=Denver").asked(FIRST_QUESTION),
                en("London, 35, f", "name=-", "age=35", "location=London").asked(FIRST_QUESTION),
                en("Cardiff, 27, m", "name=-", "age=27", "location=Cardiff").asked(FIRST_QUESTION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nameOpeningTheFirstAnswer(ExtractionCase c) {
        c.check();
    }
}
