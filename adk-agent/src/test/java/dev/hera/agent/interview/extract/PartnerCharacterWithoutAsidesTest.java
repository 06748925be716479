package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * Asked what the partner is like, people open with a shrug ("idk, she's sweet") or go off to the children's names ("names,
 * we like Jack"): neither is the partner's character (round 15, found by playing a first-day conversation, where Kate's
 * character was stored as "names idk, maybe jack and lily").
 */
class PartnerCharacterWithoutAsidesTest {

    private static final String ABOUT_HER = "What is Kate like? Please share their personality and how they look.";
    private static final UserProfile WITH_KATE = ExtractionCase.Given.profile().status(RelationshipStatus.MARRIED)
            .currentPartner("Kate").build();

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                en("idk, she's sweet and a bit stubborn", "p.temperament=sweet and a bit stubborn").asked(ABOUT_HER).given(WITH_KATE),
                en("dunno, kind I guess", "p.temperament=kind I guess").asked(ABOUT_HER).given(WITH_KATE),
                en("names, we like Jack and Lily", "p.temperament=-").asked(ABOUT_HER).given(WITH_KATE),
                en("she's calm. names for the kids, maybe Jack", "p.temperament=calm").asked(ABOUT_HER).given(WITH_KATE),
                en("funny and loyal, and she picked the names already", "p.temperament=funny and loyal").asked(ABOUT_HER).given(WITH_KATE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void partnerCharacterWithoutAsides(ExtractionCase c) {
        c.check();
    }
}
