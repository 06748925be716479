package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.en;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * Issue 19, round 5: general mechanisms for ordinary speech, each with cases of our own (never taken
 * from a tuning or held-out dialogue): the partner described over several answers, in the person's
 * own words.
 */
class OwnWordsTest {

    /** A description given over several answers keeps what was said before, unless the person takes it back. */
    static Stream<ExtractionCase> describedOverSeveralAnswers() {
        UserProfile stubborn = profile().status(RelationshipStatus.MARRIED).currentPartner("Tess", "stubborn", "red hair").build();
        UserProfile shikkari = profile().status(RelationshipStatus.MARRIED).currentPartner("ゆみ", "しっかり者", "背が高い").build();
        return Stream.of(
                en("She's really generous, always helping the neighbours.", "p.temperament~stubborn", "p.temperament~generous")
                        .given(stubborn).asked("Tell me more!"),
                en("Freckles, and she wears big hoops.", "p.appearance~red hair", "p.appearance~Freckles")
                        .given(stubborn).asked("Go on!"),
                ja("ゆみはよく笑うし、料理がすごく上手", "p.temperament~しっかり者", "p.temperament~よく笑う")
                        .given(shikkari).asked("ゆみさんのこと、もっと聞かせて！"),
                ja("髪はいつもお団子にしてる", "p.appearance~背が高い", "p.appearance~お団子").given(shikkari).asked("なるほど！"),
                en("Actually no, she's quite easygoing.", "p.temperament=quite easygoing").given(stubborn).asked("Tell me more!"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("describedOverSeveralAnswers")
    void aDescriptionGivenOverSeveralAnswersKeepsEveryPart(ExtractionCase c) {
        c.check();
    }
}
