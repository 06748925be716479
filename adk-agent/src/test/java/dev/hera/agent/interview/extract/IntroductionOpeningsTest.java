package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How people open a chat before they say who they are: greetings to Hera and fillers ("hii hera 🙏 meera here",
 * "omg hi ok so im jess, 20"), "Name is…" without "my", which of one's names it is ("My English name is Leo"), an
 * age spelled out after the name ("Trevor, sixty-one, Hamilton"), and what one is to grandchildren ("a grandpa") as
 * the gender. Issue 19, round 10.
 */
class IntroductionOpeningsTest {

    private static final String GREETING_EN = "Welcome, my dear. My name is Hera; as the goddess of family love, I have watched over countless "
            + "families. Tell me about yourself, and when we're done, your future family will be waiting to meet you. May I begin by "
            + "asking your age, your gender and where you live?";
    private static final String IDEAL_EN = "What is your ideal partner like? Please share their name (any name you'd love to call them), "
            + "their personality and how they look (hair, eyes, face, height).";

    static Stream<ExtractionCase> openings() {
        return Stream.of(
                en("hii hera 🙏 meera here from nagpur", "name=Meera").asked(GREETING_EN).first(),
                en("omg hi 🥺 ok so im jess, 20 yr old girl from fresno", "name=Jess", "gender=女性").asked(GREETING_EN).first(),
                en("hello hera this is arvind speaking from pune", "name=Arvind").asked(GREETING_EN).first(),
                en("Good evening! Name is Beverley. Fifty-eight, from Montego Bay.", "name=Beverley").asked(GREETING_EN).first(),
                en("Hi Hera. My English name is Leo, my Korean name is Jiho. I live in Vancouver.", "name=Leo").asked(GREETING_EN).first(),
                en("Evening. Trevor, sixty-one, Hamilton way.", "name=Trevor").asked(GREETING_EN).first(),
                en("I'm Ruth, I'm 72, a grandma of five, living in Leeds.", "gender=女性").asked(GREETING_EN).first());
    }

    static Stream<ExtractionCase> notTheirs() {
        return Stream.of(
                en("Name is Ivy. Kind, a bit shy.", "name=-").asked(IDEAL_EN),
                en("I'm going to be a grandma soon, can you believe it", "gender=-"),
                en("ok so im not sure what to say", "name=-").asked(GREETING_EN).first());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openings")
    void theNameAfterAnOpeningIsThePersons(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notTheirs")
    void notAPartnersNameNorSomeoneToBe(ExtractionCase c) {
        c.check();
    }
}
