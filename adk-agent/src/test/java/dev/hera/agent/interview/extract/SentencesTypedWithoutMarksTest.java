package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An English message typed without a full stop or a comma ("I'm 29 I live in Leeds with my girlfriend Amy she's so
 * caring"): its sentences end where a new one begins with its subject, so that a name does not swallow the next word,
 * an income is not read into the partner's clause, and what is said of one person stays theirs; a list of children's
 * names gets its commas ("two girls and a boy Maisie Orla and Jack").
 */
class SentencesTypedWithoutMarksTest {

    private static final String STATUS = "Are you seeing anyone at the moment? And roughly what do you earn?";
    private static final String CHILDREN = "How many kids would you like, and any names?";
    private static final String INTRODUCTION = "Hi, I'm Hera. What's your name, how old are you and where do you live?";

    static Stream<ExtractionCase> runOns() {
        return Stream.of(
                en("yeah I've got a husband his name is Omar I earn around 55k", "p.name=Omar", "income~55,000").asked(STATUS),
                en("Married my husband is called Ben My salary is about £38k", "p.name=Ben", "income~38,000").asked(STATUS),
                en("engaged to Priti we're getting married in May I make $64k", "p.name=Priti", "income~64,000").asked(STATUS),
                en("got a girlfriend her name is Leonie I bring in about 47k a year", "p.name=Leonie", "income~47,000").asked(STATUS),
                en("my partner is Sam they're a chef I'm on 41k", "p.name=Sam", "income~41,000").asked(STATUS),
                en("I'm Nadia 33 I live in Cardiff", "name=Nadia", "age=33", "location=Cardiff").asked(INTRODUCTION),
                en("my wife is Helen she works nights as a nurse", "p.name=Helen"),
                en("My boyfriend Jake is 31 I'm 27 and I live in Galway", "age=27", "location=Galway"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runOns")
    void sentencesEndWhereTheNextSubjectBegins(ExtractionCase c) {
        c.check();
    }

    static Stream<ExtractionCase> nameLists() {
        return Stream.of(
                en("two girls and a boy Maisie Orla and Jack", "kids=女:Maisie,女:Orla,男:Jack").asked(CHILDREN),
                en("we want 3 two boys and a girl Theo Arlo and Bea", "kids=男:Theo,男:Arlo,女:Bea").asked(CHILDREN),
                en("three kids Names Kofi Ama and Esi", "kids=?:Kofi,?:Ama,?:Esi").asked(CHILDREN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nameLists")
    void aListOfNamesIsOneChildEach(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I'm 34 I live in Denver with my wife Sarah she's really kind | I'm 34. I live in Denver with my wife Sarah. she's really kind",
            "her name's Tasha I make like 72k | her name's Tasha. I make like 72k",
            "I love my wife she is the calm one | I love my wife. she is the calm one",
            "Tom is my husband My sister lives next door | Tom is my husband. My sister lives next door",
            "we have two kids they're 4 and 7 | we have two kids. they're 4 and 7",
            // an everyday word written with a capital begins anew
            "a bit of a worrier Not very patient either | a bit of a worrier. Not very patient either",
            "sharp as a tack Always on time | sharp as a tack. Always on time",
            // a list of children's names
            "three kids Maisie Orla and Jack | three kids Maisie, Orla and Jack",
            "Names Kofi Ama Esi and Kwame | Names Kofi, Ama, Esi and Kwame" })
    void aFullStopBeforeTheNewSubject(String typed, String read) {
        assertEquals(read, RunOnSentences.restore(typed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a conjunction or a word taking a clause joins them
            "I'm 34 and I live in Denver", "I think she is lovely", "he makes me laugh because he never takes life seriously",
            "my husband and I are both teachers", "she is taller than I am",
            // a relative clause after its noun
            "the town I grew up in is tiny", "she is the only person I trust",
            // a possessive that is an object, not a subject
            "I adore my wife", "I take after my dad",
            // a phrase or a single word before the clause
            "At parties I'm the quiet one", "When I'm tired I snap at people", "hey I'm Jo", "ngl I'm anxious",
            // a capital inside a name or an introduction's list, or after a word waiting for its adjective
            "34 Brooklyn Park Slope", "Pieter 45 Male Cape Town", "warm and very French",
            // a choice between two, settled by what follows; a phrase of one noun before its clause
            "maybe Ella or Esme my husband likes Esme", "for a boy we like Arlo",
            // names of two words, or no children spoken of
            "two boys Wyatt Jr and Beau", "a boy and a girl Tucker Wade and Lily Mae", "my friends Maisie Orla and Jack came over",
            // a message with its own marks
            "I'm 34, I live in Denver", "Hi. I'm Sam I live in Bath" })
    void noFullStopWhereTheClauseGoesOn(String typed) {
        assertEquals(typed, RunOnSentences.restore(typed));
    }
}
