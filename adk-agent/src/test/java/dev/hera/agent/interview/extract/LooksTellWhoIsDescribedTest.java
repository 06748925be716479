package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.en;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * Hera's reply often asks what the partner is like together with something of the person's own (their
 * character, their income). Hera asks no one's looks but the partner's, so an answer that tells how someone
 * looks before it names anyone describes the partner throughout; an answer that names the person or the
 * partner first keeps its subjects.
 */
class LooksTellWhoIsDescribedTest {

    private static final String PARTNER_AND_YOU_JA = "みのるさんとおっしゃるのですね。素敵なお名前です。愛しい子よ、もう少しだけお付き合いくださいね。"
            + "パートナーのみのるさんは、どんな方でしょう？性格と外見（髪型や目元、背の高さなど）を教えていただけますか？"
            + "あなたはどんな性格ですか？人と過ごすのが好きか、ひとりの時間が好きか、几帳面かおおらかか――思いつくままで構いません。思いつくままで大丈夫ですよ。";
    private static final String PARTNER_AND_INCOME_JA = "ご結婚されているとのこと、家庭を守る神として嬉しく思います。もう少しだけ、お話を聞かせてくださいね。"
            + "差し支えなければ、おおよその年収も伺えますか？パートナーのみのるさんは、どんな方でしょう？性格と外見（髪型や目元、背の高さなど）を"
            + "教えていただけますか？思いつくままで大丈夫ですよ。";
    private static final String IDEAL_AND_YOU_JA = "おひとりの今だからこそ、理想を自由に描けますね。もう少しだけ、お話を聞かせてくださいね。"
            + "あなたの理想のお相手は、どんな方でしょう？お名前（呼んでみたい名前で構いません）、性格、外見（髪型や目元、背の高さなど）を教えていただけますか？"
            + "ご自分の性格を、いくつかの言葉で表すとしたら何でしょう？思いつくままで大丈夫ですよ。";
    private static final String PARTNER_AND_YOU_EN = "So his name is Omar. Just a few more things, if you will. What is Omar like? Please share "
            + "his personality and how he looks. And how would you describe yourself?";
    private static final UserProfile MARRIED = profile().status(RelationshipStatus.MARRIED).currentPartner("みのる").build();
    private static final UserProfile SINGLE = profile().status(RelationshipStatus.SINGLE).build();

    static Stream<ExtractionCase> looksFirst() {
        return Stream.of(
                ja("おしゃべりで、誰とでもすぐ打ち解ける。見た目は背が低めで、坊主頭", "partner=current", "p.temperament~おしゃべり", "pE>0.6",
                        "traits=-").given(MARRIED).asked(PARTNER_AND_YOU_JA),
                ja("いつも穏やかで、声を荒げたことがない。丸顔で眼鏡をかけてます", "partner=current", "p.temperament~穏やか", "traits=-")
                        .given(MARRIED).asked(PARTNER_AND_YOU_JA),
                ja("段取り上手で、何でもきっちり片付けてくれる。見た目はすらっとしてて、髪は肩まで", "partner=current", "pC>0.6", "traits=-",
                        "income=-").given(MARRIED).asked(PARTNER_AND_INCOME_JA),
                ja("よく笑って、人の悪口を言わない人。見た目は色白で、ショートカット", "partner=ideal", "p.temperament~よく笑", "traits=-")
                        .given(SINGLE).asked(IDEAL_AND_YOU_JA),
                en("Chatty, makes friends with anyone. Short, shaved head, big grin.", "partner=current", "pE>0.6", "traits=-")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("Omar").build()).asked(PARTNER_AND_YOU_EN));
    }

    /** Thanks for the partner's name, then the person's own status and character asked: the partner is known. */
    private static final String THANKS_THEN_YOU_JA = "パートナーのみのるさん、お名前を教えてくださってありがとうございます。あなたのことが、少しずつ見えてきました。"
            + "差し支えなければ、今の交際状況（独身・交際中・既婚など）を教えていただけますか？ご自分の性格を、いくつかの言葉で表すとしたら何でしょう？";

    static Stream<ExtractionCase> partnerKnown() {
        return Stream.of(
                ja("面倒見がよくて、誰にでも優しい人です。短髪で、日焼けしてます", "partner=current", "traits=-")
                        .given(profile().currentPartner("みのる").build()).asked(THANKS_THEN_YOU_JA),
                // 「目がない」 is a liking, no eyes: what the person says of themselves stays theirs
                ja("のんびり屋で、甘いものには目がない", "partner=-").given(profile().currentPartner("みのる").build())
                        .asked("ご自分の性格を、いくつかの言葉で表すとしたら何でしょう？"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnerKnown")
    void looksToldOnceThePartnerIsKnownAreThePartners(ExtractionCase c) {
        c.check();
    }

    static Stream<ExtractionCase> someoneNamedFirst() {
        return Stream.of(
                // the person speaks of themselves first: their character stays theirs
                ja("私はのんびり屋です。みのるは背が高くて眼鏡", "E=-", "N<0.4", "p.appearance~眼鏡").given(MARRIED).asked(PARTNER_AND_YOU_JA),
                ja("僕は人見知りで、休日は家にこもってます。見た目は…彼女は黒髪ロング", "E<0.4", "p.appearance~黒髪").given(SINGLE)
                        .asked(IDEAL_AND_YOU_JA),
                // no looks: a bare description after a question about both is left to the person, as before
                ja("几帳面で、予定はきっちり立てるタイプ", "C>0.6", "partner=-").given(MARRIED).asked(PARTNER_AND_YOU_JA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looksFirst")
    void looksToldBeforeAnyoneIsNamedAreThePartners(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("someoneNamedFirst")
    void someoneNamedFirstKeepsTheSubjects(ExtractionCase c) {
        c.check();
    }
}
