package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Name: Daniel Kim", "Name - Priya Shah, Age - 29": a profile typed like a form gives the full name, also when the
 * next label follows on the same line (round 14, found by playing a first-day conversation: only a one-word name
 * after "Name:" was read).
 */
class NameFilledInLikeAFormTest {

    private static final String ASKED = "What's your name, and how old are you?";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                en("Name: Daniel Kim", "name=Daniel Kim").asked(ASKED),
                en("Name: Daniel Kim\nAge: 35\nGender: Male", "name=Daniel Kim", "age=35", "gender=男性").asked(ASKED),
                en("Name: Daniel Kim Age: 35 Gender: Male", "name=Daniel Kim", "age=35").asked(ASKED),
                en("Name - Priya Shah, Age - 29", "name=Priya Shah", "age=29").asked(ASKED),
                en("Name: Maria Del Carmen, 44", "name=Maria Del Carmen", "age=44").asked(ASKED),
                en("Name: Olu", "name=Olu").asked(ASKED),
                en("Name's Craig. 51.", "name=Craig", "age=51").asked(ASKED),
                // a word after name that is no label
                en("Name-brand stuff is overrated. I'm 30.", "name=-", "age=30").asked(ASKED),
                en("Name is hard to spell, I'm 30", "name=-", "age=30").asked(ASKED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nameFilledInLikeAForm(ExtractionCase c) {
        c.check();
    }
}
