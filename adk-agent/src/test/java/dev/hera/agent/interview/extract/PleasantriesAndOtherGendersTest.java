package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;

/**
 * What Hera's reply asks, read right: 「愛しい子よ、もう少しだけお付き合いくださいね。」 is "bear with me", no question of going
 * out with anyone, so a reply asking the income and what the partner is like asks no status (and a description then is the
 * partner's); 「その他」 or 「どっちでもない」 beside a gender beyond man and woman answers the gender, not the status.
 * Issue 19, round 10.
 */
class PleasantriesAndOtherGendersTest {

    private static final String INCOME_AND_PARTNER = "素敵な伴侶と結ばれていらっしゃるのですね。愛しい子よ、もう少しだけお付き合いくださいね。"
            + "おおよその年収についても、聞かせてくださいね。パートナーの聡さんは、どんな方でしょう？性格と外見（髪型や目元、背の高さなど）を"
            + "教えていただけますか？思いつくままで大丈夫ですよ。";
    private static final String GENDER_AND_STATUS = "30歳の方――しっかりと心に刻みました。もう少しだけ、お話を聞かせてくださいね。よろしければ、"
            + "性別、居住地、おおよその年収、交際状況（独身・交際中・既婚など）を教えていただけますか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("とにかく穏やか。僕がイライラしてても黙ってお茶をいれてくれるような人。見た目は細身で眼鏡", "traits=-",
                        "p.temperament~穏やか").given(profile().status(RelationshipStatus.MARRIED).currentPartner("聡").build())
                        .asked(INCOME_AND_PARTNER),
                ja("ノンバイナリーです。性別はその他でお願いします", "status=-").asked(GENDER_AND_STATUS),
                ja("どっちでもない、Xジェンダーです", "status=-").asked(GENDER_AND_STATUS),
                // the status said as other still is
                ja("女です。交際状況は、その他で", "status=other").asked(GENDER_AND_STATUS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void heraAsksWhatSheAsks(ExtractionCase c) {
        c.check();
    }
}
