package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An age typed beside a gender word the way phones and hashtags write it: "19yrs female", "#29 #F", "26 po, female"; both
 * are read. Not a span of years said of something else ("together 20 years, man").
 * Issue 19, round 16.
 */
class AgeTypedBesideGenderTest {

    private static final String GREETING_EN = "Welcome, dear one. I am Hera, goddess of family love. First I'd like to get to know you a "
            + "little; then you'll meet your future family. To begin, could you tell me your age, your gender and where you live?";
    private static final String AGE_AND_PLACE = "Can you tell me a little about yourself, your age and where you live?";

    static Stream<ExtractionCase> typed() {
        return Stream.of(
                en("hii hera 😊 im wanjiru 19yrs female campus student", "age=19", "gender=女性").asked(GREETING_EN).first(),
                en("hi hera!! #29 #F #chennai #single", "age=29", "gender=女性").asked(GREETING_EN).first(),
                en("26 po, female, here in Mandaue. Staff nurse", "age=26", "gender=女性").asked(AGE_AND_PLACE),
                en("hello po! 31 po, male, from Davao", "age=31", "gender=男性").asked(GREETING_EN).first(),
                en("yo im dami 24yrs male from lagos", "age=24", "gender=男性").asked(GREETING_EN).first(),
                en("#35 #m #london #divorced", "age=35", "gender=男性").asked(GREETING_EN).first(),
                en("41yr guy, perth, two kids already", "age=41", "gender=男性").asked(AGE_AND_PLACE),
                en("hey there #22 #female #manila", "age=22", "gender=女性").asked(GREETING_EN).first());
    }

    static Stream<ExtractionCase> notAnAge() {
        return Stream.of(
                en("we've been together 20 years, man it flies", "age=-", "gender=-").asked("Are you with someone?"),
                en("#2 #girls #nameideas", "age=-").asked("How many children would you like?"),
                en("paid 30 yrs, guys, and still renting lol", "age=-").asked("What do you do for work?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typed")
    void theAgeAndTheGender(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notAnAge")
    void noAgeOutOfOtherYears(ExtractionCase c) {
        c.check();
    }
}
