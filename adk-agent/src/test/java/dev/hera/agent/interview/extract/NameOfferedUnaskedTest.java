package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hera's greeting asks the age, the gender and the place, not the name; people who opened with a greeting alone give
 * their name in the next answer (「しゅんです。30。男」). While the name is unknown, an answer about the person's own facts
 * that says several things may open with it; a bare word (「中野です」) answers what was asked. Issue 19, round 10.
 */
class NameOfferedUnaskedTest {

    private static final String OWN_FACTS = "急がなくて大丈夫です。話しやすいところからで構いませんよ。よろしければ、年齢、性別、居住地、"
            + "おおよその年収、交際状況（独身・交際中・既婚など）を教えていただけますか？";
    private static final String PLACE = "29歳の男性でいらっしゃるのですね。教えてくださってありがとうございます。差し支えなければ、"
            + "居住地も伺えますか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("かおるです。27。女", "name=かおる", "age=27").asked(OWN_FACTS),
                ja("ゆうや 19さい おとこ", "name=ゆうや", "age=19").asked(OWN_FACTS),
                ja("山田花子、52歳の女性です。", "name=山田花子", "age=52").asked(OWN_FACTS),
                ja("そっか。じゃあ、かなです。29歳、女です。", "name=かな", "age=29").asked(OWN_FACTS),
                // a bare place answers what was asked; so does a bare word after other answers
                ja("中野です", "name=-", "location=中野").asked(PLACE),
                ja("44歳。呉", "name=-", "age=44").asked(OWN_FACTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aNameOpeningAnAnswerAboutOneselfIsTheirs(ExtractionCase c) {
        c.check();
    }
}
