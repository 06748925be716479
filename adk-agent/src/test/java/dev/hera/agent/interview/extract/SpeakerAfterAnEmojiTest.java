package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.UserProfile;

/**
 * Issue 19, round 11: people typing on without a stop turn to themselves after an emoji or a bare "me"
 * ("a tattoo on his arm ☺️ me I'm loud"): the words after are theirs, not the partner's, and no part of them is
 * the partner's looks or temperament; a lone "Me," before the person's own words is no temperament.
 */
class SpeakerAfterAnEmojiTest {

    private static final String LOOKS_AND_YOU = "What does he look like? And how would you describe yourself?";
    private static final UserProfile WITH_DAN = ExtractionCase.Given.profile().currentPartner("Dan").build();

    static Stream<ExtractionCase> turns() {
        return Stream.of(
                en("tall, buzz cut, a scar on his chin 😅 me I'm chatty and loud", "E>0.6", "pE=-", "p.appearance~tall, buzz cut", "p.appearance~scar on his chin")
                        .asked(LOOKS_AND_YOU).given(WITH_DAN),
                en("Big beard and glasses 🙂 I'm the shy one", "E<0.5", "p.temperament=-").asked(LOOKS_AND_YOU).given(WITH_DAN),
                en("He's bald with kind eyes. Me, I'm pretty messy", "C<0.5", "p.temperament=-").asked(LOOKS_AND_YOU).given(WITH_DAN),
                // the partner's words stay the partner's
                en("he's so calm 😌 never shouts", "pN<0.5", "traits=-").asked("What is Dan like?").given(WITH_DAN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("turns")
    void theSpeakerTakesOverAfterAnEmoji(ExtractionCase c) {
        c.check();
    }
}
