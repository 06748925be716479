package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a Japanese message typed without 。 or 、 runs together besides its sentences: children named one by one
 * (「男の子が蓮女の子が楓」), an age and gender given in one breath (「32男東京住み」, 「シンジ32男」), a partner's name
 * and what is said of them next (「嫁はミカ二つ下」), and a full name whose only space parts surname from given name
 * (「名前は村上 翼年収は400万」). Each is read as if its marks were
 * there; a count of children (「2男1女」), a list with と and a message spaced between its sentences keep their reading.
 */
class JapaneseListsAndIntroductionsWithoutMarksTest {

    private static final String NAME_AGE = "お名前と年齢を教えてください";
    private static final String KIDS = "お子さんは何人、どんな名前がいいですか？";
    private static final String PARTNER = "お付き合いしている方はいますか？";

    static Stream<ExtractionCase> childrenNamedOneByOne() {
        return Stream.of(
                ja("女の子は芽衣男の子は陸がいいな", "kids=女:芽衣,男:陸").asked(KIDS),
                ja("長女がさくら次女がもも", "kids=女:さくら,女:もも").asked(KIDS),
                ja("息子が大翔娘が結菜かな", "kids=男:大翔,女:結菜").asked(KIDS),
                ja("兄がそうま妹がりこ", "kids=男:そうま,女:りこ").asked(KIDS),
                ja("二人ほしい名前は男の子が蓮女の子が楓", "kids=男:蓮,女:楓").asked(KIDS),
                ja("男の子は蒼女の子はつむぎにしたい", "kids=男:蒼,女:つむぎ").asked(KIDS),
                ja("名前は息子がそうた娘がここな", "kids=男:そうた,女:ここな").asked(KIDS),
                // no pairs: a list with と, a wish and a second thought
                ja("男の子と女の子が欲しい", "kids=男:?,女:?").asked(KIDS));
    }

    static Stream<ExtractionCase> ageAndGenderInOneBreath() {
        return Stream.of(
                ja("シンジ32男大田区の蒲田住み", "name=シンジ", "age=32", "gender=男性", "location=大田区の蒲田").asked(NAME_AGE),
                ja("大輝25の男難波の近くに住んでる", "name=大輝", "age=25", "gender=男性").asked(NAME_AGE),
                ja("みき24の女福岡の天神で働いてる", "name=みき", "age=24", "gender=女性").asked(NAME_AGE),
                ja("ゆうきです32男東京の練馬です", "name=ゆうき", "age=32", "gender=男性").asked(NAME_AGE),
                ja("26の女渋谷区笹塚彼氏と同棲中", "age=26", "gender=女性", "status=partnered").asked(NAME_AGE),
                ja("悠介36歳です新宿区に住んでいます", "name=悠介", "age=36").asked(NAME_AGE),
                ja("はじめまして健太28歳です", "name=健太", "age=28").asked(NAME_AGE),
                ja("名前は小林あすか37歳の女性です千葉県の柏市に住んでます", "name=小林あすか", "age=37").asked(NAME_AGE),
                ja("名前は中川玲子四十五歳の女性です", "name=中川玲子", "age=45").asked(NAME_AGE),
                ja("わたしはけいこ33歳", "name=けいこ", "age=33").asked(NAME_AGE),
                // the copula after the gender is no new sentence, and no name
                ja("竜馬じゃのうて浜口健二36の男やき", "name=-", "age=36", "gender=男性").asked(NAME_AGE),
                // what one says of oneself after 私は is no name
                ja("わたしはずくなしで片付けとか全然だめ", "name=-").asked(NAME_AGE));
    }

    static Stream<ExtractionCase> fullNameSpacedInside() {
        return Stream.of(
                ja("名前は村上 翼年収は400万", "name=村上 翼", "income=400万円").asked(NAME_AGE),
                ja("名前は西田 ケンジ31歳男大阪の豊中に住んでて独身年収は四百五十万", "name=西田 ケンジ", "age=31",
                        "status=single", "income=450万円").asked(NAME_AGE),
                ja("名前は斎藤 ハヤト彼女はいないっす", "name=斎藤 ハヤト").asked(NAME_AGE),
                ja("こんにちは浜松に住んでる鈴木 よしえです38歳の女です", "name=鈴木 よしえ", "age=38").asked(NAME_AGE),
                ja("名前は金子 さとみ年収は300万くらい", "name=金子 さとみ", "income=300万円").asked(NAME_AGE));
    }

    static Stream<ExtractionCase> partnerNamedThenDescribed() {
        return Stream.of(
                ja("してる嫁はミカ二つ下", "p.name=ミカ").asked(PARTNER),
                ja("しとるよ旦那は祐介二つ上めっちゃ几帳面", "p.name=祐介").asked(PARTNER),
                ja("家内は順子二つ下", "p.name=順子").asked(PARTNER),
                ja("妻は菜々子僕より三つ下です", "p.name=菜々子").asked(PARTNER),
                ja("嫁は里奈三つ下です", "p.name=里奈").asked(PARTNER),
                ja("妻の名前は真由美同い年です", "p.name=真由美").asked(PARTNER),
                ja("彼氏は拓也俺より年上", "p.name=拓也").asked(PARTNER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnerNamedThenDescribed")
    void thePartnersNameEndsWhereTheDescriptionStarts(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("childrenNamedOneByOne")
    void eachChildKeepsTheNameSaidWithIt(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ageAndGenderInOneBreath")
    void ageGenderAndNameAreEachRead(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fullNameSpacedInside")
    void theSpaceInANameIsNoSentenceEnd(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "男の子が蓮女の子が楓, 男の子が蓮、女の子が楓",
            "長男は大輝次男は湊, 長男は大輝、次男は湊",
            "上の子が大和真ん中が武蔵末っ子が桜, 上の子が大和、真ん中が武蔵、末っ子が桜",
            "32男東京の練馬です, 32、男。東京の練馬です",
            "シンジ32男, シンジ、32、男",
            "37歳の男性大阪市在住です, 37歳の男性。大阪市在住です",
            "名前は村上 翼年収は400万, 名前は村上 翼。年収は400万",
            "嫁はミカ二つ下, 嫁はミカ。二つ下",
            "名前は中川玲子四十五歳の女性です, 名前は中川玲子。四十五歳の女性です",
            "妻は菜々子僕より三つ下です, 妻は菜々子。僕より三つ下です",
    })
    void marksPutBack(String typed, String read) {
        assertEquals(read, ClauseBoundaries.restore(typed));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "子どもは2男1女", "男の子と女の子が欲しい", "年収500万", "身長170の人", "36の男やき",
            "28の女っす", "男の子が蓮、女の子が楓", "名前は村上 翼 年収は400万", "彼氏いる 名前は佐藤 健", "夫は研一35歳です", "夫は研一三十五歳", "彼女はめっちゃ優しい", "私は性格明るいほう",
            "彼氏は会社員で同い年" })
    void keptAsTyped(String typed) {
        assertEquals(typed, ClauseBoundaries.restore(typed));
    }
}
