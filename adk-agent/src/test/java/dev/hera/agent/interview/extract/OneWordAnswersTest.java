package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What people type back when they did not quite follow, or answer something else: a common word
 * said alone is no name and no home, a year is no income. Found by trying the running system with
 * everyday replies (Hera had stored "Again" as a user's name and home, and "born in 1990" as an
 * income of 1,990). Places the gazetteer knows and real names said alone are still taken.
 */
class OneWordAnswersTest {

    private static final String GREETING = "May I begin by asking your age, your gender and where you live?"
            + " For example: “I'm a 41-year-old woman. I live in Melbourne.”";
    private static final String NAME_QUESTION = "What should I call you?";
    private static final String INCOME_QUESTION = "Would you share your age, your gender, your rough annual income"
            + " and your relationship status?";

    static Stream<ExtractionCase> commonWordsAreNeitherNamesNorPlaces() {
        return Stream.of(
                en("again", "name=-", "location=-").asked(GREETING),
                en("sure", "name=-", "location=-").asked(GREETING),
                en("Sorry, what?", "name=-", "location=-").asked(GREETING),
                en("Honestly?", "name=-", "location=-").asked(GREETING),
                en("whatever", "name=-", "location=-").asked(GREETING),
                en("maybe", "name=-").asked(NAME_QUESTION),
                en("Pass.", "name=-").asked(NAME_QUESTION),
                en("nothing", "name=-").asked(NAME_QUESTION),
                en("I'm non-binary", "name=-", "gender=その他"),
                en("I'm queer and I live in Leeds", "name=-", "location=Leeds"),
                ja("なまえ？ひみつ", "name=-").asked("お名前を教えていただけますか？"),
                ja("ないしょです", "name=-").asked("お名前を教えていただけますか？"),
                ja("ノンバイナリーです", "name=-", "gender=その他"));
    }

    static Stream<ExtractionCase> namesAndKnownPlacesSaidAloneAreKept() {
        return Stream.of(
                en("Leeds", "location=Leeds").asked(GREETING),
                en("denver", "location=Denver").asked(GREETING),
                en("Phoenix", "location~Phoenix").asked(GREETING),
                en("Brighton, 34, female", "location=Brighton", "age=34").asked(GREETING),
                en("Sam", "name=Sam").asked(NAME_QUESTION),
                en("mark", "name=Mark").asked(NAME_QUESTION),
                en("Grace.", "name=Grace").asked(NAME_QUESTION));
    }

    static Stream<ExtractionCase> yearsAreNoIncome() {
        return Stream.of(
                en("I was born in 1990", "income=-").asked(INCOME_QUESTION),
                en("Married since 2015, no kids yet", "income=-", "status=married").asked(INCOME_QUESTION),
                en("I moved here back in 2019 and I make 65k a year", "income~65,000").asked(INCOME_QUESTION),
                en("about 2000 a month", "income~2,000 a month").asked(INCOME_QUESTION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commonWordsAreNeitherNamesNorPlaces")
    void commonWordsAreNeitherNamesNorPlaces(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesAndKnownPlacesSaidAloneAreKept")
    void namesAndKnownPlacesSaidAloneAreKept(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearsAreNoIncome")
    void yearsAreNoIncome(ExtractionCase c) {
        c.check();
    }
}
