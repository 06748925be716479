package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Surnames that are also place names, a surname with a given name in kana that reads as an
 * auxiliary, a name chosen with 「にしよう」, the gender in dialect (issue 19, round 4), written for this purpose.
 */
class SurnamesAndKanaNamesTest {

    private static final String NAME_AND_AGE = "はじめまして、ヘラです。お名前と年齢を教えてください。";
    private static final String WHERE = "どちらにお住まいですか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("福井です。41歳", "name=福井", "location=-", "age=41").asked(NAME_AND_AGE),
                ja("宮城と申します。", "name=宮城", "location=-"),
                ja("福井です", "name=-", "location~福井").asked(WHERE),
                ja("宮城に住んでます", "name=-", "location~宮城"),
                ja("名前は田中まいです。", "name=田中まい"),
                ja("女の子で、名前はひなたにしよう", "kids=女:ひなた").asked("お子さんの希望は？"),
                ja("名前は詩織にいたします", "kids=?:詩織").asked("娘さんのお名前は？"),
                // dialect copulas after the gender; a list of children's genders is no gender of the user
                ja("女じゃけえ", "gender=女性").asked("性別を教えてください"),
                ja("45の男やき", "gender=男性"),
                ja("男だべ", "gender=男性"),
                ja("女じゃないです", "gender=-"),
                ja("三人。上から女、男、女", "gender=-", "kids=女:?,男:?,女:?").asked("お子さんの希望は？"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void surnamesAndKanaNames(ExtractionCase c) {
        c.check();
    }
}
