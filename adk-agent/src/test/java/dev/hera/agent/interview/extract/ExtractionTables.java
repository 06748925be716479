package dev.hera.agent.interview.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tables of extraction cases, one test per field. Each language's test class supplies the
 * static case lists named here ({@code ages}, {@code incomes}, ...).
 */
abstract class ExtractionTables {

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversational")
    void conversationalPhrasing(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ages")
    void age(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genders")
    void gender(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void relationshipStatus(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void location(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incomes")
    void income(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personalities")
    void personality(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partners")
    void partner(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("children")
    void childrenWished(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userNames")
    void userName(ExtractionCase c) {
        c.check();
    }
}
