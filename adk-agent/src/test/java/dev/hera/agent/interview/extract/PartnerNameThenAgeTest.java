package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.UserProfile;

/**
 * 「大輔、34です」, 「正人、うちより５こ上」, 「結衣ちゃんです、俺のいっこ下」: the partner's name Hera asked for, then a comma and
 * their age (in years, or against the person's own), is the partner's name and age; the name was stored as a character
 * and the age lost, or taken for the person's own (「旦那さまのお名前と年齢は？」 then 「大輔、34です」 made the person 34).
 * Issue 19, round 16: set 12 lost the name or the age of three husbands and partners this way (pj-18, pj-36, pj-02).
 */
class PartnerNameThenAgeTest {

    private static final String HERAS_OWN_Q = "あなたのパートナーは、どんな方でしょう？お名前を教えていただけますか？";
    private static final UserProfile THIRTY_ONE = profile().age(31).build();

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("大輔、34です", "p.name=大輔", "p.age=34", "age=-").asked("旦那さまのお名前と年齢は？").given(THIRTY_ONE),
                ja("大輔、34です", "p.name=大輔", "p.age=34", "age=-").asked(HERAS_OWN_Q).given(THIRTY_ONE),
                ja("正人、うちより５こ上", "p.name=正人", "p.age=36").asked(HERAS_OWN_Q).given(THIRTY_ONE),
                ja("結衣ちゃんです、俺のいっこ下", "p.name=結衣", "p.age=30").asked(HERAS_OWN_Q).given(THIRTY_ONE),
                ja("あかね、2個下です", "p.name=あかね", "p.age=29").asked(HERAS_OWN_Q).given(THIRTY_ONE),
                ja("ひろし、同い年", "p.name=ひろし", "p.age=31").asked(HERAS_OWN_Q).given(THIRTY_ONE),
                ja("美咲です、三つ上です。", "p.name=美咲", "p.age=34").asked(HERAS_OWN_Q).given(THIRTY_ONE),
                ja("けんと、25歳", "p.name=けんと", "p.age=25").asked("彼氏さんのお名前は？").given(THIRTY_ONE),
                ja("拓也くん、いっこ上", "p.name=拓也", "p.age=32").asked("彼のお名前は？").given(THIRTY_ONE),
                // no name: a character and an age; the person's own name and age when Hera asked for them
                ja("優しい、2個下です", "p.name=-", "p.age=29").asked(HERAS_OWN_Q).given(THIRTY_ONE),
                ja("大輔、34です", "name=大輔", "age=34", "p.name=-").asked("お名前と年齢を教えてください"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNameThenTheAgeAreThePartners(ExtractionCase c) {
        c.check();
    }
}
