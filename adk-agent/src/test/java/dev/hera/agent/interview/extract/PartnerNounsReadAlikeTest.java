package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every word for one's partner reads as every other does, wherever a partner noun opens a fact: 「かみさん」 (an older
 * man's word for his wife) was in none of the lists, and each pattern had its own list, so 「カノジョ」 or 「相方」 was a
 * partner before 「は」 and nobody before 「の」 or a comma. The words are now one list (`Subjects.JA_SPOUSE_NOUNS` and
 * `JA_SWEETHEART_NOUNS`), read by the name, the status and the subject alike. Found with them: a partner noun with its
 * own honorific was a name (「うちの奥さんは心配性でね」 named the partner 奥), another's spouse was the person's
 * (「友達の奥さんは美香っていうらしい」), and a word of assent before 「いない」 said someone was there (「大丈夫です、まだいないです」).
 */
class PartnerNounsReadAlikeTest {

    private static final String STATUS_Q = "今、パートナーはいらっしゃいますか？";
    private static final String PARTNER_NAME_Q = "お相手のお名前は？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("かみさんがいます。", "status=married").asked(STATUS_Q),
                ja("結婚して長いよ、かみさんは洋子っていうんだ", "status=married", "p.name=洋子").asked(STATUS_Q),
                ja("カミさんの恵子に勧められて始めました", "p.name=恵子"),
                ja("うちのかみさんは心配性でね", "p.name=-", "p.temperament~心配性").asked(STATUS_Q),
                ja("うちの奥さんは心配性でね", "p.name=-", "p.temperament~心配性"),
                ja("旦那さんが料理上手なんです", "p.name=-"),
                ja("カノジョの美月と一緒に暮らしてる", "p.name=美月", "status=partnered"),
                ja("付き合って3年のカレシ、はやと！", "p.name=はやと", "status=partnered"),
                ja("相方の名前は直樹です", "p.name=直樹").asked(PARTNER_NAME_Q),
                ja("旦那様は和也と申します", "p.name=和也"),
                // not one's partner now: a former spouse, another's wife, 「大丈夫」
                ja("元かみさんは真理子っていうんだけど、今は独り身", "p.name=-").asked(STATUS_Q),
                ja("友達のかみさんは美香っていうらしい", "p.name=-"),
                ja("友達の奥さんは美香っていうらしい", "p.name=-"),
                ja("兄の嫁が由美さんで、よく遊びに来る", "p.name=-"),
                ja("大丈夫です、まだいないです", "status=single").asked(STATUS_Q),
                ja("はい、いません", "status=single").asked(STATUS_Q),
                ja("はい、います！", "status=partnered").asked(STATUS_Q));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyWordForThePartnerReadsTheSame(ExtractionCase c) {
        c.check();
    }
}
