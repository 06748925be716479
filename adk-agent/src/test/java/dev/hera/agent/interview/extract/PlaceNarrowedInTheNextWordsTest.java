package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A place narrowed down in the next words, as a clause of its own: "Phoenix. Well, Mesa", "Manchester. Chorlton
 * actually.", "Leeds - I mean, Headingley": the more local place is where the person lives (kept beside its city). Not
 * a name or a word that only follows a place ("Leeds. Well, Sam says hi", "Boston. Actually, no").
 * Issue 19, round 16.
 */
class PlaceNarrowedInTheNextWordsTest {

    private static final String WHERE = "Nice to meet you! Where do you live?";
    private static final String WHERE_AND_STATUS = "Where do you live, and are you single or with someone?";

    static Stream<ExtractionCase> narrowed() {
        return Stream.of(
                en("Phoenix. Well, Mesa", "location~Mesa").asked(WHERE),
                en("Manchester. Chorlton actually. Married", "location~Chorlton").asked(WHERE_AND_STATUS),
                en("Leeds - I mean, Headingley", "location~Headingley").asked(WHERE),
                en("Sydney. Well technically Parramatta", "location~Parramatta").asked(WHERE),
                en("Dallas, well Plano really. single", "location~Plano").asked(WHERE_AND_STATUS),
                en("Glasgow... Paisley actually", "location~Paisley").asked(WHERE),
                en("Cebu. Mandaue actually 😅 near the big mall", "location~Mandaue").asked(WHERE),
                en("London. Actually, Croydon 🙃", "location~Croydon").asked(WHERE));
    }

    static Stream<ExtractionCase> notNarrowed() {
        return Stream.of(
                en("Leeds. Well, Sam says hi", "location=Leeds").asked(WHERE),
                en("Boston. Actually, no, Cambridge", "location~Cambridge").asked(WHERE),
                en("Denver. Well, I work there anyway", "location=Denver").asked(WHERE),
                en("Perth. Honestly, Perth is fine", "location=Perth").asked(WHERE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("narrowed")
    void theNarrowerPlaceIsTheHome(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notNarrowed")
    void notAWordOrANameAfterThePlace(ExtractionCase c) {
        c.check();
    }
}
