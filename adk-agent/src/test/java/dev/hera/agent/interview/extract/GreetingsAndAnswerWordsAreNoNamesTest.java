package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The first message is read as a self-introduction, so its opening word is taken for the name; a greeting however drawn
 * out or clipped (「こんにちはー」, 「ちーす」, 「うぃっす」, 「よろしゅう」) and a bare answer word (a gender in kana 「おとこな」,
 * 「いるっす」) are no names. Issue 19, round 10: the eighth tuning set opens chats as people do, with a greeting alone.
 */
class GreetingsAndAnswerWordsAreNoNamesTest {

    private static final String GREETING = "愛しい子よ、ようこそ。わたくしの名はヘーラー。家族愛の神として、たくさんの家庭の幸せを見守ってきました。"
            + "少しだけ、あなた自身とあなたの大切な人のことを聞かせてください。最初に、あなたの年齢、性別、居住地を教えてください。";
    private static final String OWN_FACTS = "もう少しだけ、お話を聞かせてくださいね。よろしければ、年齢、性別、居住地、おおよその年収、"
            + "交際状況（独身・交際中・既婚など）を教えていただけますか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("こんにちはー。横浜に住んでる女です", "name=-", "gender=女性").asked(GREETING).first(),
                ja("こんばんわ〜", "name=-").asked(GREETING).first(),
                ja("ちーっす", "name=-").asked(GREETING).first(),
                ja("うぃっす！", "name=-").asked(GREETING).first(),
                ja("高松の男です、41。よろしゅう", "name=-", "age=41").asked(GREETING).first(),
                ja("やっほー 大学生でーす", "name=-").asked(GREETING).first(),
                // a name after the greeting is still the name
                ja("おっすー、たけしです。25", "name=たけし").asked(GREETING).first(),
                // answer words
                ja("おんなや、三十路", "name=-").asked(OWN_FACTS),
                ja("いるっす！", "name=-").asked(OWN_FACTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void greetingsAndAnswerWordsAreNoNames(ExtractionCase c) {
        c.check();
    }
}
