package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * Asked what the partner is like, people open with a shrug ("idk, she's sweet"), answer that they do not know yet ("not
 * sure yet"), label their answer ("ideal: kind, tall") or go off to the children's names ("names, we like Jack"): neither
 * the shrug, the label nor the aside is the partner's character (round 15, found by playing first-day conversations, where
 * Kate's character was stored as "names idk, maybe jack and lily", and an ideal partner's as "ideal: kind; not sure yet").
 */
class PartnerCharacterWithoutAsidesTest {

    private static final String ABOUT_HER = "What is Kate like? Please share their personality and how they look.";
    private static final String IDEAL = "What is your ideal partner like? Tell me about the children you dream of, too.";
    private static final String IDEAL_NAME = "I'm curious about your ideal partner: could you describe their name (any name you'd love to call"
            + " them)? Let's imagine your children, too: how many, whether boys or girls, and what you'd name them.";
    private static final UserProfile SINGLE = ExtractionCase.Given.profile().status(RelationshipStatus.SINGLE).build();
    private static final UserProfile WITH_KATE = ExtractionCase.Given.profile().status(RelationshipStatus.MARRIED)
            .currentPartner("Kate").build();

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                en("idk, she's sweet and a bit stubborn", "p.temperament=sweet and a bit stubborn").asked(ABOUT_HER).given(WITH_KATE),
                en("dunno, kind I guess", "p.temperament=kind I guess").asked(ABOUT_HER).given(WITH_KATE),
                en("names, we like Jack and Lily", "p.temperament=-").asked(ABOUT_HER).given(WITH_KATE),
                en("she's calm. names for the kids, maybe Jack", "p.temperament=calm").asked(ABOUT_HER).given(WITH_KATE),
                en("funny and loyal, and she picked the names already", "p.temperament=funny and loyal").asked(ABOUT_HER).given(WITH_KATE),
                en("ideal: kind, tall", "p.temperament=kind", "p.appearance~tall").asked(IDEAL).given(SINGLE),
                en("my type - funny, outgoing", "p.temperament=funny, outgoing").asked(IDEAL).given(SINGLE),
                en("Ideal guy: patient and calm", "p.temperament=patient and calm").asked(IDEAL).given(SINGLE),
                en("not sure yet", "p.temperament=-").asked(IDEAL).given(SINGLE),
                en("not sure yet", "p.temperament=-", "p.name=-").asked(IDEAL_NAME).given(SINGLE),
                en("no idea tbh", "p.temperament=-", "p.name=-").asked(IDEAL_NAME).given(SINGLE),
                en("haven't thought about it", "p.temperament=-", "p.name=-").asked(IDEAL_NAME).given(SINGLE),
                en("undecided", "p.temperament=-", "p.name=-").asked(IDEAL_NAME).given(SINGLE),
                en("not sure, someone kind I guess", "p.temperament~kind").asked(IDEAL).given(SINGLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void partnerCharacterWithoutAsides(ExtractionCase c) {
        c.check();
    }
}
