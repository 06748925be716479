package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "from X" in an introduction answering where one lives: a local place before its city ("from Tagbilaran City,
 * Bohol") is kept with it, and "from" says where one lives unless the person tells a birthplace. Issue 19, round 10.
 */
class PlaceFromInIntroductionsTest {

    private static final String GREETING_EN = "Welcome, my dear. My name is Hera; as the goddess of family love, I have watched over countless "
            + "families. Tell me about yourself, and when we're done, your future family will be waiting to meet you. May I begin by "
            + "asking your age, your gender and where you live?";

    static Stream<ExtractionCase> from() {
        return Stream.of(
                en("Hi po! Joy here, 31 y/o from Tagbilaran City, Bohol 😊", "location~Tagbilaran City").asked(GREETING_EN).first(),
                en("hello, 28M from Ipoh, Perak side", "location~Ipoh").asked(GREETING_EN).first(),
                // a birthplace, or a place lived in now beside it
                en("I'm 40, born and raised in Leeds, but I live in Harrogate now.", "location=Harrogate").asked(GREETING_EN).first(),
                en("Originally from Cork, Ireland. Living in Boston these days.", "location=Boston").asked(GREETING_EN).first());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("from")
    void fromInAnIntroductionIsWhereOneLives(ExtractionCase c) {
        c.check();
    }
}
