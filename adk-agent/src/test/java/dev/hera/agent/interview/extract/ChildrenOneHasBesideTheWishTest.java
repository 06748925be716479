package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "We've two grown up already, Fiona and Callum, but for the game let's say one more": the children a person has
 * already (grown, teens, from a first marriage, "already"), said in one clause beside a wish said in another, are
 * no wished-for children, and "one more" then counts the wish alone. Issue 19, round 15: set 13 counted grown
 * children, teens and a son at home among the wished-for ones (Fiona, Callum and Isla for Isla alone).
 */
class ChildrenOneHasBesideTheWishTest {

    private static final String CHILDREN_Q = "How many children would you like?";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                en("We've two grown up already, Mark and Lucy, but for this let's say one more. A little girl, Rose.",
                        "kids=女:Rose").asked(CHILDREN_Q),
                en("I have two teenagers already, Jake and Emily, but we'd like one more, a boy", "kids=男:?").asked(CHILDREN_Q),
                en("Married, one son already (Daan, 4), we want one more.", "kids#=1").asked(CHILDREN_Q),
                en("got three already lol, Mia, Jack and Zoe. one more would be nice, a boy", "kids=男:?").asked(CHILDREN_Q),
                en("i already have a daughter, Lily, shes 6. we want a boy next", "kids=男:?").asked(CHILDREN_Q),
                en("My two are grown and gone, Paul and Sarah. For the game, one little girl called Ivy.", "kids=女:Ivy")
                        .asked(CHILDREN_Q),
                en("He has a son from his first marriage, Owen. We'd love two more, a boy and a girl.", "kids=男:?,女:?")
                        .asked(CHILDREN_Q),
                en("We have one already, our daughter Grace, and we'd like two more", "kids#=2").asked(CHILDREN_Q),
                // still the wish: "already" said of the names or of the wish itself
                en("4 lol. we have names picked for the first two already: Hazel and Brooks", "kids=?:Hazel,?:Brooks,?:?,?:?")
                        .asked(CHILDREN_Q),
                en("Two, and we already know the names: Leo and Nell", "kids=?:Leo,?:Nell").asked(CHILDREN_Q),
                en("I already know I want three kids", "kids#=3").asked(CHILDREN_Q),
                en("we've got a boy already, Sam, and we'd love a girl as well, Ella", "kids#=2").asked(CHILDREN_Q),
                en("We'd love a boy, but I already have a girl, Maya, from my first marriage", "kids=男:?").asked(CHILDREN_Q));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aChildOneHasIsNoWish(ExtractionCase c) {
        c.check();
    }
}
