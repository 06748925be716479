package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;

/**
 * "Can't sit still, me, always out with the walking group": a clause tagged ", me" at its end is the speaker's own,
 * even when Hera has just asked what the ideal partner is like; "me too", "me included" and a partner's clause are not.
 */
class ClauseTaggedWithMeTest {

    private static final String PARTNER_QUESTION = "What is your ideal partner like? Please share their name (any name you'd love "
            + "to call them), their personality and how they look (hair, eyes, face, height).";

    static Stream<ExtractionCase> cases() {
        var single = profile().status(RelationshipStatus.SINGLE).build();
        return Stream.of(
                en("Can't sit still, me, always out with the walking group. I'm an optimist", "E>0.6", "p.temperament=-")
                        .given(single).asked(PARTNER_QUESTION),
                en("Proper homebody, me. Shy as anything", "E<0.4", "p.temperament=-").given(single).asked(PARTNER_QUESTION),
                en("Loud, me! Life and soul of every party", "E>0.6").given(single).asked(PARTNER_QUESTION),
                en("Bit of a worrier, me, always fretting about something", "N>0.6", "p.temperament=-").given(single)
                        .asked(PARTNER_QUESTION),
                en("Dead organised, me, lists for everything", "C>0.6").given(single).asked(PARTNER_QUESTION),
                // not a tag
                en("Calm and kind, like me", "p.temperament~Calm", "A=-").given(single).asked(PARTNER_QUESTION),
                en("Someone patient and warm. Loves dogs, me too", "p.temperament~patient", "A=-").given(single)
                        .asked(PARTNER_QUESTION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theTaggedClauseIsTheSpeakers(ExtractionCase c) {
        c.check();
    }
}
