package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * Everyday words the lexicons lacked (round 15, found by playing a first-day conversation from Lagos): a partner "dark
 * skinned, average height" (her skin had been stored as her character) and a person "calm and focused".
 */
class SkinHeightAndFocusInPlainWordsTest {

    private static final String ABOUT_HER = "What is Funmi like? Please share her personality and how she looks.";
    private static final UserProfile WITH_FUNMI = ExtractionCase.Given.profile().status(RelationshipStatus.MARRIED)
            .currentPartner("Funmi").build();

    static Stream<ExtractionCase> looks() {
        return Stream.of(
                en("Funmi is humble and prayerful. She is dark skinned, average height, with natural hair.",
                        "p.temperament=humble and prayerful", "p.appearance~dark skinned").asked(ABOUT_HER).given(WITH_FUNMI),
                en("She is kind. She is dark skinned.", "p.temperament=kind", "p.appearance~dark skinned").asked(ABOUT_HER).given(WITH_FUNMI),
                en("she's light-skinned, of medium height", "p.appearance~light-skinned", "p.temperament=-").asked(ABOUT_HER).given(WITH_FUNMI),
                en("She is gentle. Average height.", "p.temperament=gentle", "p.appearance~Average height").asked(ABOUT_HER).given(WITH_FUNMI));
    }

    static Stream<ExtractionCase> focus() {
        return Stream.of(
                en("I am calm and focused but I can be stubborn.", "C>0.6", "A<0.4"),
                en("I'm focused", "C>0.6"),
                en("a very focussed person, I'd say", "C>0.6"),
                en("I'm not very focused, honestly", "C<0.4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({ "looks", "focus" })
    void skinHeightAndFocus(ExtractionCase c) {
        c.check();
    }
}
