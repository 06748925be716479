package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hera asks the status openly (「交際状況はいかがですか？独身の方も、パートナーのいる方も、そのまま教えてくださいね。」) or
 * with its choices listed (「交際状況（独身・交際中・既婚など）も伺えますか？」), not 「恋人はいますか？」; people still
 * answer with who is there: 「いないです」 is single and 「いるよ」 together, and a yes to a list of choices is no 既婚.
 * Issue 19, round 10: played after Hera's own replies, a third of the Japanese status misses were such bare answers.
 */
class OpenStatusQuestionAnswersTest {

    private static final String OPEN = "年収は380万円――心に留めておきますね。もう少しだけ、お話を聞かせてくださいね。交際状況はいかがですか？"
            + "独身の方も、パートナーのいる方も、そのまま教えてくださいね。あなたはどんな性格ですか？人と過ごすのが好きか、"
            + "ひとりの時間が好きか、几帳面かおおらかか――思いつくままで構いません。";
    private static final String LISTED = "名古屋での温かな暮らしが、目に浮かぶようです。差し支えなければ、おおよその年収と交際状況"
            + "（独身・交際中・既婚など）も伺えますか？思いつくままで大丈夫ですよ。";
    private static final String CHOICES = "もうすぐ、未来のご家族に会えますよ。今の交際状況も教えてください。独身、お付き合い中、"
            + "ご結婚されているなど、どれでしょう？";

    static Stream<ExtractionCase> nobodyThere() {
        return Stream.of(
                ja("いないです〜。出会いがなくて", "status=single").asked(OPEN),
                ja("今はいません。年収は五百万くらいです", "status=single", "income=500万円").asked(LISTED),
                ja("おらんよ。ずっと仕事ばっかりやし", "status=single").asked(CHOICES),
                ja("いねえ。いねえけど、気になる人はいる", "status=single").asked(OPEN),
                // not a bare answer: nothing about who is there
                ja("まだ学生なんで、よくわかんないです", "status=-").asked(OPEN));
    }

    static Stream<ExtractionCase> someoneThere() {
        return Stream.of(
                ja("いますよ！付き合って二年の翔太", "status=partnered").asked(LISTED),
                ja("おるで。みさきって子、同い年", "status=partnered").asked(OPEN),
                ja("いるよ〜 ハルくん", "status=partnered").asked(CHOICES),
                // the word for a spouse tells more than that someone is there
                ja("います、夫が。", "status=married").asked(LISTED),
                // 「パートナーの〜と」: whom one lives with, named
                ja("はい、パートナーの直樹と一緒に住んでます。", "status=partnered").asked(OPEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nobodyThere")
    void noOneThereIsSingle(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("someoneThere")
    void someoneThereIsTogether(ExtractionCase c) {
        c.check();
    }
}
