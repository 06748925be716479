package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Children said by their place among siblings (「上が男で下が女」, 「一番上が…、真ん中が…」), a bare count
 * answering Hera, 「男と女」, and existence verbs after an ordinal (issue 19, round 4), written for this purpose.
 */
class ChildrenByPlaceTest {

    private static final String KIDS = "お子さんの希望はありますか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("上が女で下が男かな。名前は芽衣と、蒼", "kids=女:芽衣,男:蒼").asked(KIDS),
                ja("三人。一番上が健太、真ん中が美咲、下の子が大輔", "kids=?:健太,?:美咲,?:大輔").asked(KIDS),
                ja("男、女、男の順で、上の子が陸、真ん中が凛、末っ子が蓮", "kids=男:陸,女:凛,男:蓮").asked(KIDS),
                ja("3。男と女と男", "kids=男:?,女:?,男:?").asked(KIDS),
                ja("長男がいて、次に長女。名前は、長男が拓海、長女が結衣", "kids=男:拓海,女:結衣").asked(KIDS),
                ja("だから上が男の子で下が女の子", "kids=男:?,女:?").asked(KIDS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void childrenByTheirPlace(ExtractionCase c) {
        c.check();
    }
}
