package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * Hera's reply asks for the income beside other things (the status, the partner, the age), so the answer
 * often holds numbers that are no income: 「3つ上」, an age, 「七三分け」, 「一言で」. A bare number answering
 * her income question is read in 万 (「450」 → 450万円); one under 100 is no income. The check compared the
 * yen value (already multiplied by 万) with 100, so it never held.
 */
class BareSmallNumbersAreNoIncomeTest {

    private static final String INCOME_AND_STATUS = "東京にお住まいの方でいらっしゃるのですね。もう少しだけ、お話を聞かせてくださいね。"
            + "差し支えなければ、おおよその年収と交際状況（独身・交際中・既婚など）も伺えますか？思いつくままで大丈夫ですよ。";
    private static final String INCOME_AND_PARTNER = "ご結婚されているとのこと、家庭を守る神として嬉しく思います。もう少しだけ、お話を聞かせてくださいね。"
            + "差し支えなければ、おおよその年収も伺えますか？パートナーのたけしさんは、どんな方でしょう？性格と外見（髪型や目元、背の高さなど）を"
            + "教えていただけますか？思いつくままで大丈夫ですよ。";
    private static final String AGE_AND_INCOME = "もう少しだけ、お話を聞かせてくださいね。よろしければ、年齢、性別、居住地、おおよその年収を教えていただけますか？";
    private static final UserProfile MARRIED = profile().status(RelationshipStatus.MARRIED).currentPartner("たけし").build();

    static Stream<ExtractionCase> numbersThatAreNoIncome() {
        return Stream.of(
                ja("結婚してます。夫は4つ上で、たけしっていいます", "income=-", "status=married").asked(INCOME_AND_STATUS),
                ja("彼氏おるよ。うちより2こ下", "income=-").asked(INCOME_AND_STATUS),
                ja("ごめんなさい、３２です。男です", "income=-", "age=32").asked(AGE_AND_INCOME),
                ja("一言でいうと頑固。髪は七三分けで、眼鏡", "income=-").given(MARRIED).asked(INCOME_AND_PARTNER));
    }

    static Stream<ExtractionCase> amountsThatAre() {
        return Stream.of(
                ja("450くらいかな", "income=450万円").asked(INCOME_AND_STATUS),
                ja("年収は80", "income=80万円").asked(INCOME_AND_STATUS),
                ja("三百二十万です。夫は三つ上", "income=320万円").asked(INCOME_AND_STATUS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbersThatAreNoIncome")
    void aSmallBareNumberIsNoIncome(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("amountsThatAre")
    void anAmountStaysAnIncome(ExtractionCase c) {
        c.check();
    }
}
