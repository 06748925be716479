package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19, round 11: a trait phrase turned round by a negation typed without its apostrophe ("dont", "doesnt",
 * "cant") or by a liking denied ("don't like trying new stuff", "doesn't enjoy parties"); and a trait word
 * before a plural of people ("I can't stand lazy people") describes people in general, not the speaker.
 */
class EnglishNegationWithoutApostropheTest {

    private static final String ABOUT_YOU = "How would you describe yourself?";

    static Stream<ExtractionCase> negations() {
        return Stream.of(
                en("dont really like tryin new stuff", "O<0.5").asked(ABOUT_YOU),
                en("i dont like trying new things tbh", "O<0.5").asked(ABOUT_YOU),
                en("im not the type to panic, i just dont get stressed", "N<0.5").asked(ABOUT_YOU),
                en("i dont like going out much", "E<0.5").asked(ABOUT_YOU),
                en("cant sit still, always out", "E>0.6").asked(ABOUT_YOU),
                // people in general are not the speaker
                en("I can't stand lazy people", "traits=-").asked(ABOUT_YOU),
                en("I don't like rude people", "traits=-").asked(ABOUT_YOU),
                en("I get on best with calm guys", "traits=-").asked(ABOUT_YOU),
                en("I'm a calm person", "N<0.5").asked(ABOUT_YOU));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negations")
    void aNegationOrAGeneralPeopleTurnsTheWordRound(ExtractionCase c) {
        c.check();
    }
}
