package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A full name of three parts said of oneself ("My name is Tan Hui Min, 41", "I'm Nguyen Thi Lan.") is the user
 * name, kept whole: only the first two parts had been kept. A capitalised word after a name of two that does not end
 * the clause is no part of it. Issue 19, round 13: set 11 stored Tan Hui for Tan Hui Min.
 */
class FullNameOfThreePartsTest {

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                en("Good morning. My name is Tan Hui Min, 41 years old.", "name=Tan Hui Min"),
                en("my name is Nguyen Thi Lan, I am 33", "name=Nguyen Thi Lan"),
                en("Hello! My full name is Maria Jose Lopez.", "name=Maria Jose Lopez"),
                en("My name is Lim Wei Ling and I live in Penang", "name=Lim Wei Ling"),
                en("Hi, I'm Tan Hui Min, 41, from Singapore", "name=Tan Hui Min"),
                en("I am Anna Maria Schulz. 36, Hamburg.", "name=Anna Maria Schulz"),
                en("Hey, I'm Ong Mei Xuan!", "name=Ong Mei Xuan"),
                // a name of two stays a name of two
                en("My name is Eleanor Hughes, 52.", "name=Eleanor Hughes"),
                en("I'm Daniel Kaplan, 48", "name=Daniel Kaplan"),
                // a capitalised word that goes on is no part of the name
                en("My name is Priya Sharma I live in Pune.", "name=Priya Sharma"),
                en("I'm Sarah Jones Monday through Friday at work", "name=Sarah"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNameIsKeptWhole(ExtractionCase c) {
        c.check();
    }
}
