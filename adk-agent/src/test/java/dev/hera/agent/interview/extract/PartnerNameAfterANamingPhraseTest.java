package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The partner's name after a phrase that gives it: which of their names it is may come between ("his real name is Paolo
 * but everyone calls him Honey", "her full name's Mariana"), a filler after "name" ("name ah... Kevin lah", "name, hmm,
 * Priya"), a name dropped at once is none ("Name... Petra? Nah. Ingrid.") unless said again after ("call her Kylie haha. Nah serious,
 * Kylie's fine"), and talk of a favourite name gives none.
 */
class PartnerNameAfterANamingPhraseTest {

    private static final String NAME = "What would your ideal partner be like? Give them a name if you like.";
    private static final String STATUS = "Are you in a relationship?";

    static Stream<ExtractionCase> naming() {
        return Stream.of(
                en("yes, 3 years with my babe. his real name is Paolo but everyone calls him Babe lol", "p.name=Paolo").asked(STATUS),
                en("Married. Her full name's Mariana, we call her Mari.", "p.name=Mariana").asked(STATUS),
                en("Engaged! His actual name is Bartholomew, Bart for short.", "p.name=Bartholomew").asked(STATUS),
                en("kind and patient. name ah... Kevin lah, like my favourite actor", "p.name=Kevin").asked(NAME),
                en("Someone calm. Name, hmm, Priya.", "p.name=Priya").asked(NAME),
                en("funny and tall. name uh... Marcus?", "p.name=Marcus").asked(NAME),
                en("Warm, a good cook. Name... Petra? Nah. Ingrid.", "p.name=Ingrid").asked(NAME),
                en("Someone gentle. Name... Sam, no, Robin.", "p.name=Robin").asked(NAME),
                // the same name said again after the "nah" is kept
                en("Easygoing, a nice smile. If I'm dreaming, call her Kylie haha. Nah serious, Kylie's fine", "p.name=Kylie").asked(NAME),
                en("Funny. call him Leo lol. no really, Leo.", "p.name=Leo").asked(NAME),
                // a name talked of, none given
                en("Rose. It has always been my favourite name. She'd be cheeky and kind.", "p.name=Rose").asked(NAME),
                en("Hope. Silly maybe, but it's a lovely name. He'd be calm.", "p.name=Hope").asked(NAME));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("naming")
    void theNameGiven(ExtractionCase c) {
        c.check();
    }
}
