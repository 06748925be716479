package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Traits said with rarity ("rarely nervous", "seldom on time") point the other way, as "hardly" and "never" do; and everyday
 * ways of saying a trait first-day users type: "not much rattles me", "i talk to literally everyone", "everybody's friend",
 * "a bit of a stress case", "not the tidiest". Rarity said of something else, or a tidy room, says nothing of the person.
 */
class TraitsSaidWithRarityOrInPassingTest {

    private static final String ABOUT_YOU = "How would you describe yourself?";

    static Stream<ExtractionCase> traits() {
        return Stream.of(
                en("I am not emotional person, rarely nervous.", "N<0.5").asked(ABOUT_YOU),
                en("I'm rarely anxious about anything, honestly.", "N<0.5").asked(ABOUT_YOU),
                en("seldom stressed tbh", "N<0.5").asked(ABOUT_YOU),
                en("Not much rattles me either.", "N<0.5").asked(ABOUT_YOU),
                en("me im like super anxious tbh lol but i talk to literally everyone", "E>0.6", "N>0.6").asked(ABOUT_YOU),
                en("I talk to pretty much everyone at work", "E>0.6").asked(ABOUT_YOU),
                en("I'm the fun uncle type, everybody's friend.", "E>0.6").asked(ABOUT_YOU),
                en("Chatty, can't stand silence lol. And I'm a bit of a stress case, I'll admit it.", "N>0.6").asked(ABOUT_YOU),
                en("Not the tidiest guy, my desk is a crime scene", "C<0.5").asked(ABOUT_YOU),
                en("i'm a total stress ball before exams", "N>0.6").asked(ABOUT_YOU));
    }

    static Stream<ExtractionCase> nothingOfThePerson() {
        return Stream.of(
                en("It rarely rains here, which I love.", "N=-").asked(ABOUT_YOU),
                en("My sister Efua is everybody's friend.", "E=-").asked(ABOUT_YOU),
                en("I tidied my room today.", "C=-").asked(ABOUT_YOU));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traits")
    void theTraitIsRead(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nothingOfThePerson")
    void nothingIsRead(ExtractionCase c) {
        c.check();
    }
}
