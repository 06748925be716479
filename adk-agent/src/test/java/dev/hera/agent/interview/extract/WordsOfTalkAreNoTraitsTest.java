package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Trait words used for something else: "I'm serious though" says one means it, not that one is a serious person;
 * "that's not steady" is said of a thing (side gigs, a job), not of the person's nerves.
 */
class WordsOfTalkAreNoTraitsTest {

    private static final String ABOUT_YOU = "Thank you! How would you describe yourself? And do you want children?";

    static Stream<ExtractionCase> wordsOfTalk() {
        return Stream.of(
                en("The girl will be Akua if she's born on a Wednesday lol, I'm serious though", "C=-").asked(ABOUT_YOU),
                en("we'd call him Kofi. no really, I'm serious!", "C=-").asked(ABOUT_YOU),
                en("I do deliveries on weekends too but that's not steady", "N=-").asked(ABOUT_YOU),
                en("freelance mostly, it's not stable but I love it", "N=-").asked(ABOUT_YOU),
                // the person described so still is
                en("I'm serious and hard-working, maybe too much", "C>0.6").asked(ABOUT_YOU),
                en("calm, steady, hard to rattle", "N<0.4").asked(ABOUT_YOU),
                en("I'm very chill. Into art and new ideas, always trying new things", "N<0.4", "O>0.6").asked(ABOUT_YOU));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordsOfTalk")
    void aTraitWordSaidOfSomethingElseIsNoTrait(ExtractionCase c) {
        c.check();
    }
}
