package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 「名前は村上 翼」, 「住んでる鈴木 よしえです」, 「岡田 ゆうき いいます」: a full name typed with a space between the surname
 * and the given name is one person's, kept as typed; the space is no sentence end, and the two halves are no two
 * children (issue 19, round 13, set 10), written for this purpose.
 */
class FullNameWithASpaceTest {

    private static final String NAME = "お名前を教えてください。";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("名前は佐藤 健太です。よろしくお願いします", "name=佐藤 健太", "kids=-"),
                ja("なまえは加藤 ゆり。26歳", "name=加藤 ゆり", "age=26", "kids=-"),
                ja("はじめまして、大阪に住んでる渡辺 まりです", "name=渡辺 まり"),
                ja("私、木村 花子と申します。", "name=木村 花子"),
                ja("山田 たくみ いいます。よろしゅう", "name=山田 たくみ"),
                ja("看護師の井上 さやかです", "name=井上 さやか"),
                ja("こんばんは、清水 あや子です。", "name=清水 あや子"),
                ja("松本 ひろし。", "name=松本 ひろし").asked(NAME),
                ja("名前は長谷川 ミナ。年収は言いたくない", "name=長谷川 ミナ", "kids=-").asked("お名前と年収を教えてください"),
                // no surname before the space: the sentences stay apart, and nothing is joined to the name
                ja("名前は健太 よろしく", "name=健太"),
                ja("彼氏いる 名前はしょうま 優しい", "name=-", "p.name=しょうま"),
                ja("東京 大阪 どっちも好き", "name=-", "location=-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fullNameWithASpace(ExtractionCase c) {
        c.check();
    }
}
