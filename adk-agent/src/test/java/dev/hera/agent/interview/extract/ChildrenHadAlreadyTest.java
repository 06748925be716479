package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A child the person has already (「息子がもういるので」, 「娘が一人おるけど、嫁に行った」, 「大学生の娘がいます。」), said
 * beside the children wished for, is not one of them; and what follows a gender word may be a predicate, no name
 * (「男の子がほしかったんよ」 named a boy ほしかったんよ). Issue 19, round 11: set 8 counted a grown daughter three times.
 */
class ChildrenHadAlreadyTest {

    private static final String CHILDREN_Q = "お子さんの希望はありますか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("息子がもういるので、次は女の子がほしいです", "kids=女:?").asked(CHILDREN_Q),
                ja("娘が一人おるけど、もう嫁に行った。夢の話なら男の子を二人", "kids=男:?,男:?").asked(CHILDREN_Q),
                ja("大学生の娘がいます。もし望めるなら男の子がほしい", "kids=男:?").asked(CHILDREN_Q),
                ja("実は娘がすでにいて、あと男の子が一人いたら嬉しい", "kids=男:?").asked(CHILDREN_Q),
                ja("長男はもうおるけえ、次は女の子がほしいね", "kids=女:?").asked(CHILDREN_Q),
                // a predicate after the gender word is no name
                ja("男の子がほしかったんよ", "kids=男:?").asked(CHILDREN_Q),
                ja("女の子ができたらうれしいです", "kids=女:?").asked(CHILDREN_Q),
                // still wished: being verbs inside the wish
                ja("男の子が二人いて、女の子が一人いる家庭が理想", "kids#=3").asked(CHILDREN_Q),
                ja("男の子がいたらいいな", "kids=男:?").asked(CHILDREN_Q),
                ja("娘が一人いたら十分です", "kids=女:?").asked(CHILDREN_Q),
                ja("女の子がいいな。名前はさくら", "kids=女:さくら").asked(CHILDREN_Q));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aChildHadAlreadyIsNoWish(ExtractionCase c) {
        c.check();
    }
}
