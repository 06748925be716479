package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A place where something happened at one time is not where the person lives: 「週末は横浜で買い物してた」
 * and "Last weekend I was in Chicago for a wedding" had become homes (found by trying the running
 * system). A move at a time, or a home said beside such an event, is still the home.
 */
class PlacesOfEventsTest {

    private static final String JA_QUESTION = "年齢、性別、居住地、おおよその年収、交際状況を教えていただけますか？";
    private static final String EN_QUESTION = "May I begin by asking your age, your gender and where you live?";

    static Stream<ExtractionCase> eventsAreNoHome() {
        return Stream.of(
                ja("週末は横浜で買い物してた", "location=-").asked(JA_QUESTION),
                ja("昨日は渋谷で飲んでた", "location=-").asked(JA_QUESTION),
                ja("この前、神戸でライブ見てきた！", "location=-").asked(JA_QUESTION),
                en("Last weekend I was in Chicago for a wedding", "location=-").asked(EN_QUESTION),
                en("Yesterday I was in Boston all day, so tired", "location=-").asked(EN_QUESTION));
    }

    static Stream<ExtractionCase> homesBesideEventsAreKept() {
        return Stream.of(
                ja("去年、大阪に引っ越しました", "location~大阪").asked(JA_QUESTION),
                ja("先月から福岡で一人暮らししてる", "location~福岡").asked(JA_QUESTION),
                ja("週末は横浜で買い物してた。住んでるのは川崎だよ", "location~川崎").asked(JA_QUESTION),
                en("I moved to Austin last year", "location=Austin").asked(EN_QUESTION),
                en("I've lived in Leeds since last summer", "location=Leeds").asked(EN_QUESTION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventsAreNoHome")
    void eventsAreNoHome(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("homesBesideEventsAreKept")
    void homesBesideEventsAreKept(ExtractionCase c) {
        c.check();
    }
}
