package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A child the person has now, said beside the wish without the particle (「もう娘いるけど」) or as grown up already
 * (「娘はもう成人してる」, 「連れ子の娘さんがもう大人」), is not one of the children wished for; a wish said with 「できれば」
 * counts as one. Children wished for that are described the same way stay.
 */
class ChildrenOneHasGrownOrUnmarkedTest {

    private static final String KIDS = "お子さんの希望はありますか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("子どもは、もう娘いるけど、もし新しい家族なら、男の子ひとりほしいっしょ。名前は湊", "kids=男:湊").asked(KIDS),
                ja("もう息子おるけど、次は女の子がええな", "kids=女:?").asked(KIDS),
                ja("娘はもう成人してるから、できれば男の子をひとり", "kids=男:?").asked(KIDS),
                ja("子どもは、彼の連れ子の娘さんがもう大人だけど、夢として男の子ひとり。名前は岳", "kids=男:岳").asked(KIDS),
                ja("息子はもう社会人です。新しい家族なら女の子がほしい", "kids=女:?").asked(KIDS),
                ja("上の娘はもう嫁いでるし、今度は男の子がいいな", "kids=男:?").asked(KIDS),
                // wished-for children stay
                ja("男の子と女の子がひとりずつほしい", "kids=男:?,女:?").asked(KIDS),
                ja("娘がいたらいいな。名前はさくら", "kids=女:さくら").asked(KIDS),
                ja("できれば女の子二人", "kids=女:?,女:?").asked(KIDS),
                ja("男の子いる家庭が理想", "kids=男:?").asked(KIDS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void onlyTheChildrenWishedFor(ExtractionCase c) {
        c.check();
    }
}
