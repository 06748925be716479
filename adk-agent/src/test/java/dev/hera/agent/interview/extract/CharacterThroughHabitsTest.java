package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A character told through habits, not trait words: records kept every night and plans made ahead (conscientious), time
 * alone and leaving the party early (introvert), trying what is new at once (open), staying unshaken (calm). 「落ち着きません」
 * is unrest, not calm; a habit of the partner's is not the person's.
 */
class CharacterThroughHabitsTest {

    private static final String ASKED = "あなたの性格を教えてください";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("寝る前に毎日家計簿をつけてます", "C>0.6").asked(ASKED),
                ja("旅行の前は持ち物リストを作っておかないと落ち着かないんです", "C>0.6").asked(ASKED),
                ja("レポートはいつも前倒しで出します", "C>0.6").asked(ASKED),
                ja("仕事で慌てたことは一度もないです", "C>0.6").asked(ASKED),
                ja("机の上が片付いてないとイライラしてしまう", "C>0.6").asked(ASKED),
                ja("毎朝日記をつけるのが習慣です", "C>0.6").asked(ASKED),
                ja("休日は一人で映画を観に行く派です", "E<0.4").asked(ASKED),
                ja("飲み会はだいたい一次会で帰ります", "E<0.4").asked(ASKED),
                ja("どっちかというと陽キャじゃないです", "E<0.4").asked(ASKED),
                ja("新しいカフェができたらすぐ行ってみたくなる", "O>0.6").asked(ASKED),
                ja("気になったことは何でも試してみたくなる", "O>0.6").asked(ASKED),
                ja("流行りものが大好きです", "O>0.6").asked(ASKED),
                // Kansai-looking ちゃう of 「なっちゃう」 is no negation
                ja("新しいもの好きで流行りのものはすぐ試したくなっちゃう", "O>0.6").asked(ASKED),
                ja("新作のお菓子が出たらすぐ買っちゃう", "O>0.6").asked(ASKED),
                ja("何があってもどっしり構えてます", "N<0.4").asked(ASKED),
                // unrest, a wish not to, the partner's habit: none of these
                ja("最近仕事が忙しくて落ち着きません", "N=-").asked(ASKED),
                ja("新しい会社には入りたくないです", "O=-").asked(ASKED),
                ja("夫は毎晩家計簿をつけてくれます", "C=-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHabitTellsTheTrait(ExtractionCase c) {
        c.check();
    }
}
