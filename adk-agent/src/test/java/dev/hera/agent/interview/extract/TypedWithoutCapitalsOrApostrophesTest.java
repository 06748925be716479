package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A message typed on a phone, all in lower case and without apostrophes ("my wife sarah is the kindest person", "im 34",
 * "shes got red hair"): the names and places the extractors read by their capitals are read by where they stand, and
 * the contractions read as "I'm", "she's"; a common word where a name could stand is still no name ("my wife is lovely").
 */
class TypedWithoutCapitalsOrApostrophesTest {

    private static final String INTRO = "Hi, I'm Hera! What should I call you, how old are you, and where do you live?";
    private static final String STATUS = "Are you with someone at the moment?";
    private static final String CHILDREN = "Do you want children? How many, and any names?";
    private static final String PARTNER = "What is your partner like, and what do they look like?";

    static Stream<ExtractionCase> partners() {
        return Stream.of(
                en("my wife sarah is the kindest person", "p.name=Sarah").asked(STATUS),
                en("yeah my boyfriend dmitri, been together 3 years", "p.name=Dmitri").asked(STATUS),
                en("got a girlfriend, her name is priya", "p.name=Priya").asked(STATUS),
                en("married, my husbands name is dave", "p.name=Dave").asked(STATUS),
                en("im seeing someone, hes called rafael", "p.name=Rafael").asked(STATUS),
                en("engaged to tobias since last spring", "p.name=Tobias").asked(STATUS),
                en("my fiance, kwame, is a chef", "p.name=Kwame").asked(STATUS),
                en("married, my wife is ingrid", "p.name=Ingrid").asked(STATUS),
                en("married to my callum for 12 years", "p.name=Callum").asked(STATUS),
                en("yep. anouk and i got married in 2015", "p.name=Anouk").asked(STATUS),
                // a common word where the name could stand is none
                en("my wife is lovely, we met at uni", "p.name=-").asked(STATUS),
                en("my boyfriend works nights so i barely see him", "p.name=-").asked(STATUS),
                en("my husband lol, hes away this week", "p.name=-").asked(STATUS));
    }

    static Stream<ExtractionCase> children() {
        return Stream.of(
                en("two. a son, oscar, and a daughter, maeve", "kids=男:Oscar,女:Maeve").asked(CHILDREN),
                en("a boy and a girl: theo and isla", "kids=男:Theo,女:Isla").asked(CHILDREN),
                en("two girls, names amara and zoe", "kids~Amara").asked(CHILDREN),
                en("one boy, we'd call him rohan", "kids=男:Rohan").asked(CHILDREN),
                en("three! two boys, finn and ezra, and a girl called nell", "kids~Nell").asked(CHILDREN),
                en("just one, a daughter named thea", "kids=女:Thea").asked(CHILDREN),
                en("two boys. otis and jasper", "kids=男:Otis,男:Jasper").asked(CHILDREN),
                en("three lads. ronan, cillian, dara", "kids~Cillian").asked(CHILDREN),
                en("one of each, soren for a boy and elsa for a girl", "kids~Soren").asked(CHILDREN),
                // counts and common words are no names
                en("two kids, both boys", "kids=男:?,男:?").asked(CHILDREN),
                en("a girl would be nice tbh", "kids=女:?").asked(CHILDREN));
    }

    static Stream<ExtractionCase> themselves() {
        return Stream.of(
                en("hey im jonah, 29, live in leeds", "name=Jonah", "age=29").asked(INTRO).first(),
                en("hi im keiko and im 41", "name=Keiko", "age=41").asked(INTRO).first(),
                en("howdy, dale here, 52", "name=Dale").asked(INTRO).first(),
                en("hello, myself ravi, 33, from chennai", "name=Ravi").asked(INTRO).first(),
                en("i am lakshmi iyer, 45", "name=Lakshmi Iyer").asked(INTRO).first(),
                en("im 34, female, from columbus", "age=34", "name=-").asked(INTRO).first(),
                en("hello im introverted, 30, m", "name=-").asked(INTRO).first(),
                en("im so tired lol, 27 and single", "name=-").asked(INTRO).first(),
                en("nah im singel lol", "name=-").asked(STATUS),
                en("im fiercely independent and blunt", "name=-").asked(INTRO).first(),
                en("I'm exhausted, honestly. 35, female.", "name=-", "age=35").asked(INTRO).first(),
                en("im stressed, 41, m", "name=-").asked(INTRO).first(),
                en("Hi. I'm khaled, 29", "name=Khaled").asked(INTRO).first(),
                en("i am architect, i earn 50k", "name=-").asked(INTRO).first());
    }

    static Stream<ExtractionCase> places() {
        return Stream.of(
                en("i live in a small village near york", "location~York").asked(INTRO),
                en("priya, 31, living in parramatta", "location~Parramatta").asked(INTRO),
                en("im 28 and based in portland oregon", "location~Portland").asked(INTRO),
                en("my wife and i live outside of boise", "location~Boise").asked(INTRO),
                en("i live in sin with my boyfriend haha", "location=-").asked(INTRO));
    }

    /** A phone's keyboard capitalises each sentence's first letter and "I" by itself; the names stay in lower case. */
    static Stream<ExtractionCase> keyboardCapitals() {
        return Stream.of(
                en("Hi im sarah, 31, from leeds", "name=Sarah", "location~Leeds").asked(INTRO).first(),
                en("Hey! I'm tomasz and I live near york", "name=Tomasz", "location~York").asked(INTRO).first(),
                en("Married. My husband is dave", "p.name=Dave").asked(STATUS),
                en("Yes I have a girlfriend. Her name is mei", "p.name=Mei").asked(STATUS),
                en("Two. A boy and a girl, arlo and wren", "kids=男:Arlo,女:Wren").asked(CHILDREN),
                en("Married. My wife is lovely", "p.name=-").asked(STATUS),
                en("My husband dave loves hiking", "p.name=Dave").asked(STATUS),
                // what a partner does, said right after the noun, is no name
                en("Yes. My husband snores loudly", "p.name=-").asked(STATUS),
                en("Married. My wife knits. She is calm", "p.name=-").asked(STATUS),
                en("My girlfriend sews her own clothes", "p.name=-").asked(STATUS),
                en("my boyfriend bakes on sundays", "p.name=-").asked(STATUS),
                // a capital inside a sentence is the writer's own: the rest is read as written
                en("My wife Sarah is lovely and her sister jo visits", "p.name=Sarah").asked(STATUS));
    }

    static Stream<ExtractionCase> contractions() {
        return Stream.of(
                en("shes got red hair and shes super kind", "p.appearance~red hair").asked(PARTNER),
                en("hes tall and hes got a beard", "p.appearance~beard").asked(PARTNER),
                en("i dont make much, maybe 30k", "income~30").asked("What do you earn a year?"),
                en("were married, 8 years now", "status=married").asked(STATUS),
                en("im single", "status=single").asked(STATUS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partners")
    void thePartnerNamedInLowerCase(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("children")
    void theChildrenNamedInLowerCase(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themselves")
    void theSpeakerNamedInLowerCase(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void thePlaceTypedInLowerCase(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyboardCapitals")
    void namesInLowerCaseBesideTheKeyboardsCapitals(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contractions")
    void theContractionsWithoutApostrophes(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "im 34 and i dont smoke|I'm 34 and I dont smoke",
            "shes kind, theyre twins, youve seen|she's kind, they're twins, you've seen",
            "id say hes lazy|I'd say he's lazy",
            "were in ohio|we're in Ohio",
            "we were both tired, well sort of|we were both tired, well sort of",
            "its fine, ill be ok|its fine, ill be ok",
            "Its Fine|Its Fine",
            "Hi im sarah. I live in leeds|Hi I'm Sarah. I live in Leeds",
            "Hi im sarah and Leeds is home|Hi i'm sarah and Leeds is home" })
    void restored(String typed, String read) {
        assertEquals(read, CasualTyping.restore(typed));
    }
}
