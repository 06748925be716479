package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Children's genders said as a list, then their names as a list: the names go to the genders in the order said
 * (「男の子と女の子で、名前は「陸」と「栞」」), names quoted side by side are items (「「楓」「椿」「桜」」), and a quoted name taken
 * back (「「大地」…いや、「大空」にする」) names no child. Issue 19, round 11: set 8 swapped or glued such names.
 */
class ChildNamesListedInOrderTest {

    private static final String CHILDREN_Q = "お子さんの希望はありますか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("男の子と女の子で、名前は「陸」と「栞」がいいな", "kids=男:陸,女:栞").asked(CHILDREN_Q),
                ja("女の子と男の子で、名前は「ほのか」「けいた」", "kids=女:ほのか,男:けいた").asked(CHILDREN_Q),
                ja("息子と娘で、名前は『悠』と『凛』かな", "kids=男:悠,女:凛").asked(CHILDREN_Q),
                ja("三人とも女の子で、名前は「楓」「椿」「桜」", "kids=女:楓,女:椿,女:桜").asked(CHILDREN_Q),
                ja("二人。名前は「湊」「葵」", "kids#=2", "kids=?:湊,?:葵").asked(CHILDREN_Q),
                ja("ひとり。男の子。名前は「大地」…いや、「大空」にする", "kids=男:大空").asked(CHILDREN_Q),
                // one gender and one name stay together
                ja("女の子と男の子で、男の子の名前は蒼", "kids=女:?,男:蒼").asked(CHILDREN_Q),
                ja("男の子の蓮と、女の子の陽菜", "kids=男:蓮,女:陽菜").asked(CHILDREN_Q));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesGoToTheChildrenInOrder(ExtractionCase c) {
        c.check();
    }
}
