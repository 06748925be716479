package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Japanese chat message typed without 。 or 、 (「彼女いる名前はあおいめっちゃ優しい」) is read as if its sentence ends were
 * there: a name no longer swallows the words after it, a greeting is no part of the name, a fact opens its own
 * sentence. Names, counters and places written as one (「浜口健二」, 「二児の母」, 「大阪住み」) stay one, and a
 * message its writer punctuated or spaced is read as written.
 */
class JapaneseTypedWithoutMarksTest {

    private static final String NAME_AGE = "お名前と年齢を教えてください";
    private static final String PARTNER = "お付き合いしている方はいますか？";
    private static final String KIDS = "お子さんは何人、どんな名前がいいですか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("彼女いる名前はあおいめっちゃ優しい", "p.name=あおい").asked(PARTNER),
                ja("嫁おるよ名前は真理子年収は500万くらい", "p.name=真理子").asked(PARTNER),
                ja("旦那がいます旦那は拓也っていいます", "p.name=拓也").asked(PARTNER),
                ja("はい付き合って二年の彼氏がいます名前は隼人", "p.name=隼人").asked(PARTNER),
                ja("はじめましてこうへいです", "name=こうへい").first(),
                ja("こんばんは美穂です34歳です", "name=美穂", "age=34").first(),
                ja("ゆうたです29歳です男です神戸に住んでます", "name=ゆうた", "age=29", "gender=男性").asked(NAME_AGE),
                ja("子どもは二人ほしいです名前は蒼と凛", "kids#=2").asked(KIDS),
                ja("はじめましてーまいです女です26歳", "name=まい", "age=26").first(),
                ja("私佐藤と申します六十八歳の男です", "name=佐藤").first(),
                // left as one: a surname and given name, a count of children, a place one lives in
                ja("浜口健二です36歳です", "name=浜口健二", "age=36").asked(NAME_AGE),
                ja("妻は二児の母です名前は由美", "p.name=由美").asked(PARTNER),
                // punctuated by the writer: read as written
                ja("彼女いるよ、名前はあおい。", "p.name=あおい").asked(PARTNER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readAsIfTheMarksWereThere(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "彼女いる名前はみさきめっちゃ優しい, 彼女いる。名前はみさき。めっちゃ優しい",
            "彼氏おるよ名前はけんと年収は380万くらい, 彼氏おるよ。名前はけんと。年収は380万くらい",
            "えりかです二十八歳女です, えりかです。二十八歳女です",
            "はじめまして中村大地です, はじめまして。中村大地です",
            "いますしんじっていいます, います。しんじっていいます",
            "28歳旦那がいて共働き, 28歳。旦那がいて共働き",
            "はじめましてーまいです, はじめましてー。まいです",
            "私鈴木と申します, 私。鈴木と申します",
            "渡辺浩之47歳男です, 渡辺浩之。47歳男です",
    })
    void sentenceEndsPutBack(String typed, String read) {
        assertEquals(read, ClauseBoundaries.restore(typed));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "浜口健二です", "二児の母です", "大阪住みです", "優しい人がいいな", "グイグイ来る人は苦手",
            "笑顔がかわいい子がええ", "女です笑", "悠斗は穏やか", "にぎやかな場所は苦手", "おれはよぐしゃべる",
            "浜口健二36の男", "彼女いるよ、名前はみさき。めっちゃ優しい", "年収は5.5万ドル",
            "彼氏いる 名前はしょうま年収は300万",
            "my wife is sarah" })
    void keptAsTyped(String typed) {
        assertEquals(typed, ClauseBoundaries.restore(typed));
    }
}
