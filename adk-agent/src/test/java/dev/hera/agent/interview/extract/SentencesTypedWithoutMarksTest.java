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
 * names gets its commas ("two girls and a boy Maisie Orla and Jack"); so does an introduction typed as a list ("Hi there
 * Brent 42 Calgary", "I'm Daniel Lim 35 male"): the greeting ends before the name, the name before the age or the gender.
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

    static Stream<ExtractionCase> introductionLists() {
        return Stream.of(
                en("Hi there Callum 31 Aberdeen", "name=Callum", "age=31", "location=Aberdeen").asked(INTRODUCTION).first(),
                en("Kia ora Wiremu forty-four from Rotorua", "name=Wiremu", "age=44").asked(INTRODUCTION).first(),
                en("Hiya Niamh 24 Belfast born and bred", "name=Niamh", "age=24").asked(INTRODUCTION).first(),
                en("Hello Hera I'm Priya Nair 29 female living in Bristol", "name=Priya Nair", "age=29", "gender=女性")
                        .asked(INTRODUCTION).first(),
                en("I am Tomasz Nowak 38 from Gdansk", "name=Tomasz Nowak", "age=38").asked(INTRODUCTION).first(),
                en("Hey Beatriz here 26 woman from Porto", "name=Beatriz", "age=26", "gender=女性").asked(INTRODUCTION).first(),
                en("Good evening I'm Olusegun male fifty-two living in Ibadan", "name=Olusegun", "age=52", "gender=男性")
                        .asked(INTRODUCTION).first(),
                en("I'm Ana Souza thirty-seven from Recife", "name=Ana Souza", "age=37").asked(INTRODUCTION).first(),
                en("hello I am Oksana 33 years female working in Kyiv", "name=Oksana", "age=33", "gender=女性").asked(INTRODUCTION).first(),
                en("Hi Hera I'm Kofi Mensah 41 guy from Kumasi", "name=Kofi Mensah", "age=41", "gender=男性").asked(INTRODUCTION).first(),
                // a gender item closed before what follows, or written with a capital after any word
                en("hello myself Rohan 30 years male working in Noida", "name=Rohan", "age=30", "gender=男性").asked(INTRODUCTION).first(),
                en("I'm Jess I turned 29 last month Female living in Hull", "name=Jess", "gender=女性").asked(INTRODUCTION).first(),
                en("Hey I'm Wes 44 just moved back home Male Tulsa", "name=Wes", "gender=男性").asked(INTRODUCTION).first());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("introductionLists")
    void anIntroductionTypedAsAListIsReadItemByItem(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an introduction typed as a list: the greeting ends before the name, the name before the age or the gender
            "Hi there Callum 31 Aberdeen | Hi there. Callum, 31, Aberdeen",
            "I'm Daniel Lim Male 35 this year | I'm Daniel Lim, Male, 35 this year",
            "Ruth here 58 retired nurse | Ruth here, 58, retired nurse",
            "I am Marta woman 45 years from Lodz | I am Marta, woman, 45 years, from Lodz",
            "myself Rohan 30 years male working in Noida | myself Rohan, 30 years, male, working in Noida",
            "turned 29 last month Female living in Hull | turned 29 last month, Female, living in Hull",
            // its capitalised items get commas, and no full stop
            "Pieter 45 Male Cape Town | Pieter, 45, Male, Cape Town",
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
            "34 Brooklyn Park Slope", "warm and very French",
            // a choice between two, settled by what follows; a phrase of one noun before its clause
            "maybe Ella or Esme my husband likes Esme", "for a boy we like Arlo",
            // names of two words, or no children spoken of
            "two boys Wyatt Jr and Beau", "a boy and a girl Tucker Wade and Lily Mae", "my friends Maisie Orla and Jack came over",
            // an age or a gender that is no item of an introduction: a child's age, a description, what a partner is
            "two kids Leo 5 and Mia 3", "she is a Cork woman through and through", "my boyfriend is an Irish guy Ciarán",
            "Sam's 33 and works in IT", "He's 47 and still plays rugby", "Ira girl Veer boy", "Hi I'm Sam",
            "she is a Woman of Substance fan", "my dad is a man of few words",
            // a message with its own marks
            "I'm 34, I live in Denver", "Hi there, Callum 31 Aberdeen", "Hi. I'm Sam I live in Bath" })
    void noFullStopWhereTheClauseGoesOn(String typed) {
        assertEquals(typed, RunOnSentences.restore(typed));
    }
}
