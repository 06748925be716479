package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Facts said without "I'm": "not married, my parents keep asking" (single, unless a partner is there: "not married but we live
 * together"), and a gender from a word only said of a man or a woman describing oneself ("Me? Social bloke", "Quiet sort of
 * bloke", "Just a simple gal from Ohio"), not from one describing the partner wished for.
 */
class SelfAndStatusInFewWordsTest {

    private static final String ABOUT_YOU = "How would you describe yourself?";

    static Stream<ExtractionCase> fewWords() {
        return Stream.of(
                en("not married, my parents keep asking though", "status=single").asked("How old are you?"),
                en("Not married yet. Looking!", "status=single").asked("Tell me about yourself."),
                en("28. Not married, no kids.", "status=single").asked("How old are you?"),
                en("We're not married or anything but we live together.", "status=partnered").asked("Are you married?"),
                en("not married but engaged to Sam", "status=partnered").asked("Are you married?"),
                en("Me? Easygoing. Social bloke, love the footy.", "gender=男性").asked(ABOUT_YOU),
                en("Quiet sort of bloke, not much of a talker.", "gender=男性").asked(ABOUT_YOU),
                en("Just a simple gal from Ohio who likes baking.", "gender=女性").asked(ABOUT_YOU),
                en("Tall bloke, kind eyes, that's my type.", "gender=-").asked("What would your ideal partner look like?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fewWords")
    void saidInFewWords(ExtractionCase c) {
        c.check();
    }
}
