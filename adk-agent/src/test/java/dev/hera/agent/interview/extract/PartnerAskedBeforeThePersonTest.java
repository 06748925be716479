package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * Hera's reply asks what the partner is like and then what the person is like (「あなたのパートナーは、どんな方でしょう？
 * お名前、性格、外見…を教えていただけますか？あなたはどんな性格ですか？」). An answer that, before anyone is made its topic,
 * gives the name asked, ends a sentence on the one it describes (「…してくれる人。」) or tells looks takes her first question
 * first: it is about the partner, though the speaker is the subject inside a clause (「僕が失敗しても」); one that tells
 * none of these (「几帳面で、予定はきっちり立てるタイプ」) stays the person's. 「あなたはどんな性格ですか？」 beside the
 * partner's asks the person's own character. Issue 19, round 10.
 */
class PartnerAskedBeforeThePersonTest {

    private static final String CURRENT_BOTH = "今はお付き合いしている方がいらっしゃるのですね、素敵です。愛しい子よ、もう少しだけお付き合いくださいね。"
            + "あなたのパートナーは、どんな方でしょう？お名前、性格、外見（髪型や目元、背の高さなど）を教えていただけますか？"
            + "あなたはどんな性格ですか？人と過ごすのが好きか、ひとりの時間が好きか、几帳面かおおらかか――思いつくままで構いません。";
    private static final String IDEAL_BOTH = "今は独身でいらっしゃるのですね。これからの出会いが楽しみですね。あなたの理想のお相手は、どんな方でしょう？"
            + "お名前（呼んでみたい名前で構いません）と外見（髪型や目元、背の高さなど）を教えていただけますか？"
            + "ご自分の性格を、いくつかの言葉で表すとしたら何でしょう？";
    private static final String NAMED_BOTH = "パートナーの早苗さん、お名前を教えてくださってありがとうございます。パートナーの早苗さんは、どんな方でしょう？"
            + "性格と外見（髪型や目元、背の高さなど）を教えていただけますか？あなたはどんな性格ですか？";
    private static final UserProfile PARTNERED = profile().status(RelationshipStatus.PARTNERED).build();
    private static final UserProfile SINGLE = profile().status(RelationshipStatus.SINGLE).build();
    private static final UserProfile MARRIED = profile().status(RelationshipStatus.MARRIED).currentPartner("早苗").build();

    static Stream<ExtractionCase> partnerFirst() {
        return Stream.of(
                // the name asked, opening the answer
                ja("たくみです。見た目はクールだけど、実はすごく優しい。", "p.name=たくみ", "traits=-", "partner=current")
                        .given(PARTNERED).asked(CURRENT_BOTH),
                // a sentence that ends on the one it describes, the name after it
                ja("よく笑って、誰にでも親切な人。名前は、あかり", "p.temperament~親切", "traits=-", "partner=ideal")
                        .given(SINGLE).asked(IDEAL_BOTH),
                // looks, with the speaker only inside a clause before them
                ja("働き者で、わたしが寝込んだ時も全部やってくれた。見た目は小柄で、ショートカット", "p.appearance~小柄", "traits=-")
                        .given(MARRIED).asked(NAMED_BOTH),
                // the speaker made the topic afterwards keeps their own part
                ja("穏やかで聞き上手な人。私はせっかちで、すぐ焦っちゃう", "p.temperament~穏やか", "N>0.6")
                        .given(SINGLE).asked(IDEAL_BOTH));
    }

    static Stream<ExtractionCase> personOwn() {
        return Stream.of(
                // nothing of the partner: the person's own character
                ja("心配性で、何でも準備しすぎるタイプ", "N>0.6", "partner=-").given(PARTNERED).asked(CURRENT_BOTH),
                ja("人見知りだけど、慣れるとよくしゃべる", "partner=-").given(MARRIED).asked(NAMED_BOTH),
                // 「あなたらしさも知りたいです。周りの方からどんな性格だと言われるか」 asks the person's own too
                ja("段取りを決めるのは得意で、手帳はいつも予定でびっしりのタイプです", "C>0.6", "partner=-").given(PARTNERED)
                        .asked("次は、パートナーの航平さんのことを伺わせてくださいね。性格と外見（髪型や目元、背の高さなど）を、思い浮かぶままに"
                                + "聞かせてください。あなたらしさも知りたいです。周りの方からどんな性格だと言われるか、教えてください。"),
                // the speaker made the topic first
                ja("私は几帳面。早苗はおおらかな人です", "C>0.6", "p.temperament~おおらか").given(MARRIED).asked(NAMED_BOTH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnerFirst")
    void anAnswerThatFirstDescribesSomeoneIsAboutThePartner(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personOwn")
    void anAnswerWithoutThemIsThePersonsOwn(ExtractionCase c) {
        c.check();
    }
}
