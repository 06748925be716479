package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A gender word standing as an item of its own in a self-introduction ("Kev. 44. bloke. Leeds.", "23! guy obviously
 * lol", "31 years old, babae — female, Davao"), read where Hera asked for the person's own facts and not where she
 * asked about a partner or children. Issue 19, round 10.
 */
class GenderListedInIntroductionsTest {

    private static final String GREETING_EN = "Welcome, dear one. I am Hera, goddess of family love. First I'd like to get to know you a "
            + "little; then you'll meet your future family. To begin, could you tell me your age, your gender and where you live?";
    private static final String AGE_AND_PLACE = "Lovely to meet you, Jess! How old are you, and where do you live?";
    private static final String IDEAL_EN = "What is your ideal partner like? Please share their name, their personality and how they look.";
    private static final String CHILDREN_EN = "How many children would you love to have? Boys, girls, and the names you'd give them?";

    static Stream<ExtractionCase> listed() {
        return Stream.of(
                en("hey, Kev here. 44. bloke. Leeds.", "gender=男性", "age=44").asked(GREETING_EN).first(),
                en("23! girl obviously lol. tucson az", "gender=女性", "age=23").asked(AGE_AND_PLACE),
                en("31 years old, babae — female, from Davao City", "gender=女性").asked(GREETING_EN).first(),
                en("Sam, 27, guy - Brooklyn", "gender=男性").asked(GREETING_EN).first());
    }

    static Stream<ExtractionCase> someoneElse() {
        return Stream.of(
                en("Tall, funny, kind. A guy, obviously.", "gender=-").asked(IDEAL_EN),
                en("Two. Boy, girl.", "gender=-").asked(CHILDREN_EN),
                en("I live with my sister. She's a nurse, I'm 26.", "gender=-").asked(AGE_AND_PLACE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listed")
    void aGenderWordListedAmongOwnFactsIsThePersons(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("someoneElse")
    void notWhereHeraAskedAboutSomeoneElse(ExtractionCase c) {
        c.check();
    }
}
