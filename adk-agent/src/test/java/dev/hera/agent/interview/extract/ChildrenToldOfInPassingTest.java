package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 「娘に勧められて使ってみることにしました」, 「今は5歳の息子の蒼空と二人暮らしです」, 「息子は那覇の大学に行ってて」: a child the
 * person has, told of in passing while Hera asked of something else and with no wish in the message, is no wished-for
 * child. Issue 19, round 16: set 12 stored such a son or daughter as a wish in four dialogues (pj-03, pj-05, pj-26,
 * pj-31), and the two children of a first marriage in a fifth (pj-27), beside the child wished for later.
 */
class ChildrenToldOfInPassingTest {

    private static final String NAME_Q = "お名前と年齢を教えてください";
    private static final String STATUS_Q = "ご結婚やお付き合いの状況を教えてください";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("息子に教えてもらって、このアプリを始めました", "kids=-").asked(NAME_Q),
                ja("娘にすすめられて登録してみました。よろしくお願いします", "kids=-").asked(NAME_Q),
                ja("離婚して、今は3歳の娘と二人で暮らしてます", "kids=-", "status=single").asked(STATUS_Q),
                ja("息子はもう東京の大学に通ってて、家にはおらんのよ", "kids=-").asked(STATUS_Q),
                ja("前の旦那との子がひとりおって、中学2年の男の子です", "kids=-").asked(STATUS_Q),
                ja("元妻との間に子どもが二人いるんですが、大丈夫ですか", "kids=-").asked(NAME_Q),
                ja("連れ子の娘がいます", "kids=-").asked(STATUS_Q),
                ja("娘は嫁いで、いまは大阪で所帯を持っております", "kids=-").asked(STATUS_Q),
                ja("小学1年の息子がおります。夫は単身赴任中です", "kids=-").asked(STATUS_Q),
                // still wishes: a wish in the message, or no child told of as one the person has
                ja("22歳の大学生です。将来は男の子と女の子がほしい", "kids=男:?,女:?").asked(NAME_Q),
                ja("子供が3人いる賑やかな家庭に憧れます", "kids#=3").asked(STATUS_Q),
                ja("女の子がいたらいいな", "kids=女:?").asked(STATUS_Q),
                ja("21歳の大学生、子どもは男女ひとりずつ", "kids=男:?,女:?").asked(NAME_Q),
                ja("息子がいるけど、次は女の子がほしい", "kids=女:?").asked(STATUS_Q));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aChildOneHasToldOfInPassingIsNoWish(ExtractionCase c) {
        c.check();
    }
}
