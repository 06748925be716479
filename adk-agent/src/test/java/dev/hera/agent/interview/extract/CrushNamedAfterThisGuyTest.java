package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "theres this guy tyler in my chem class": a crush named straight after "this guy" or "this girl", before where they met or
 * the end of the clause, is the partner the person wishes for, in lower case too. Words after "this guy" that are no name
 * ("there's this guy at work", "there's this girl i like") name no one, and a person merely talked of is no crush.
 */
class CrushNamedAfterThisGuyTest {

    private static final String SOMEONE = "Is there someone you like, or a kind of person you dream of?";

    static Stream<ExtractionCase> crushes() {
        return Stream.of(
                en("ok so theres this guy tyler in my chem class hes so chill", "p.name=Tyler", "partner=ideal").asked(SOMEONE),
                en("single obvs 💀 theres this girl chloe in my sixth form tho", "p.name=Chloe", "partner=ideal").first(),
                en("Well, there's this girl Hannah at my gym. Love her laugh.", "p.name=Hannah").asked(SOMEONE),
                en("I'm single, but there is this guy Marcus from church who I really like.", "p.name=Marcus", "partner=ideal").first(),
                en("theres this boy jayden at school, i have a massive crush on him", "p.name=Jayden").first(),
                en("Honestly? There's this woman, Priya, who works at the library.", "p.name=Priya").asked(SOMEONE),
                en("there's this lad Connor and he's lovely lol", "p.name=Connor").asked(SOMEONE));
    }

    static Stream<ExtractionCase> noCrushes() {
        return Stream.of(
                en("there's this guy at work who is so chill", "p.name=-").asked(SOMEONE),
                en("theres this girl i like but idk", "p.name=-").asked(SOMEONE),
                en("There's this guy here who keeps asking me out lol", "p.name=-").asked(SOMEONE),
                en("There's this guy Mark in accounts who never shuts up about golf.", "p.name=-").asked("What do you do for a living?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crushes")
    void theCrushIsNamed(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noCrushes")
    void noOneIsNamed(ExtractionCase c) {
        c.check();
    }
}
