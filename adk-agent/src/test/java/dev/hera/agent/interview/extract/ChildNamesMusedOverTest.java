package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names mused over for one child ("a girl, maybe Saoirse? or Niamh... Niamh", "Mia or Emma... Emma"): one child, named with
 * the name said again, else the first offered; two names joined by "and" stay two children.
 */
class ChildNamesMusedOverTest {

    private static final String CHILDREN = "Do you want children one day?";

    static Stream<ExtractionCase> musedOver() {
        return Stream.of(
                en("Two. A girl, maybe Saoirse? or Niamh... Niamh. And a boy, Oisín", "kids=女:Niamh,男:Oisín").asked(CHILDREN),
                en("kids!! we want two. a girl, maybe Mia? or Emma... Emma", "kids=女:Emma,?:?").asked(CHILDREN),
                en("One boy. Leo or Max... Max, yes.", "kids=男:Max").asked(CHILDREN),
                en("A daughter, Clara or maybe Iris. Iris!", "kids=女:Iris").asked(CHILDREN),
                en("Just one, a son. Felix or Hugo, Felix I think", "kids=男:Felix").asked(CHILDREN),
                en("A girl, Ava or Lily, not sure yet", "kids=女:Ava").asked(CHILDREN),
                // names joined by "and" are two children
                en("Two girls, Ava and Lily", "kids=女:Ava,女:Lily").asked(CHILDREN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("musedOver")
    void oneChildForTheNamesMusedOver(ExtractionCase c) {
        c.check();
    }
}
