package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A gender the person says of themselves in passing, inside an introduction: "just a bloke from qld", "local boy from
 * Kaneohe", "a 36 year old Irish woman", "44 year old country boy", "33 yr old dad-to-be", "Grandmother of four",
 * "mum of two", "I am Mrs Tendai Moyo", "31, big woman now". Not the same words said of a partner, a child or a parent.
 * Issue 19, round 16.
 */
class GenderSaidInPassingTest {

    private static final String GREETING_EN = "Welcome, dear one. I am Hera, goddess of family love. First I'd like to get to know you a "
            + "little; then you'll meet your future family. To begin, could you tell me your age, your gender and where you live?";
    private static final String NAME_AGE_PLACE = "Hi! What's your name, how old are you and where do you live?";
    private static final String NAME_AND_PLACE = "What's your name, and where are you?";
    private static final String IDEAL_EN = "What is your ideal partner like? Please share their name, their personality and how they look.";
    private static final String CHILDREN_EN = "How many children would you love to have? Boys, girls, and the names you'd give them?";
    private static final String ABOUT_YOU = "And you, how would you describe yourself?";

    static Stream<ExtractionCase> inPassing() {
        return Stream.of(
                en("hey, Marcus here, 38, just a guy from Cleveland lol", "gender=男性").asked(GREETING_EN).first(),
                en("Tom, 45, local lad from Sunderland", "gender=男性").asked(NAME_AGE_PLACE),
                en("Priya, 29, just a simple girl from Pune", "gender=女性").asked(NAME_AGE_PLACE),
                en("Hi! I'm Aoife, a 33 year old Irish woman, living in Berlin these days", "gender=女性").asked(GREETING_EN).first(),
                en("Name's Bo Tate, 50 year old country boy, live out near Tulsa", "gender=男性").asked(NAME_AGE_PLACE),
                en("hey! 29 yr old mum-to-be hopefully haha. live in leeds", "gender=女性").asked(GREETING_EN).first(),
                en("Carol, 62, Norwich. Grandmother of three.", "gender=女性").asked(NAME_AGE_PLACE),
                en("Hi, Dee here, mum of two, 41, from Cardiff", "gender=女性").asked(GREETING_EN).first(),
                en("Good evening. I am Mrs Ama Owusu, 47, from Kumasi.", "gender=女性").asked(GREETING_EN).first(),
                en("Hello madam, I am Mr. Rajesh Kumar, 40 years, from Pune.", "gender=男性").asked(GREETING_EN).first(),
                en("Efua, in Accra. 31, big woman now lol", "gender=女性").asked(NAME_AND_PLACE),
                en("As for me, a fairly typical middle-aged man. Quiet, bookish.", "gender=男性").asked(ABOUT_YOU),
                en("father of three, 52, Ballarat", "gender=男性").asked(NAME_AGE_PLACE));
    }

    static Stream<ExtractionCase> someoneElse() {
        return Stream.of(
                en("Sam, 27, Leeds, looking for a nice guy from round here", "gender=-").asked(NAME_AGE_PLACE),
                en("She's a girl from Kandy, very calm and kind", "gender=-").asked(IDEAL_EN),
                en("Tall, dark, a local guy from my town ideally", "gender=-").asked(IDEAL_EN),
                en("Two. A 5 year old girl would be sweet, and a boy", "gender=-").asked(CHILDREN_EN),
                en("Jo, 30, Hull. My 62 year old dad lives with me", "gender=-").asked(NAME_AGE_PLACE),
                en("Lee, 35, York. My sister's a mum of two", "gender=-").asked(NAME_AGE_PLACE),
                en("Call her Mrs Jones lol, she'd be a teacher", "gender=-").asked(IDEAL_EN),
                en("we already have a 17 year old boy, Jack", "gender=-").asked(CHILDREN_EN),
                en("i no get boyfriend for now lol. 2 kids, ada na girl, obi na boy", "gender=-").asked(NAME_AGE_PLACE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inPassing")
    void aGenderSaidOfOneselfInPassing(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("someoneElse")
    void notTheSameWordsSaidOfSomeoneElse(ExtractionCase c) {
        c.check();
    }
}
