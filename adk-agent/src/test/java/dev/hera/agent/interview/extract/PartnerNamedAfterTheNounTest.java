package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The partner noun as the topic, then the name as people say it: Kansai 「いうねん」, Tohoku 「っつう」, a reading in brackets;
 * or the noun, a comma and the name closing the sentence (「付き合って2年の彼女、あかり。」, 「彼女のみゆ😍」); the nouns typed
 * in hiragana too (「だんなはしんや」).
 * Issue 19, round 10.
 */
class PartnerNamedAfterTheNounTest {

    private static final String STATUS = "差し支えなければ、おおよその年収と交際状況（独身・交際中・既婚など）も伺えますか？思いつくままで大丈夫ですよ。";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("結婚しとるよ。嫁は里美いうねん。", "status=married", "p.name=里美").asked(STATUS),
                ja("結婚してる。かみさんっつうか、嫁は和子っつうの", "p.name=和子").asked(STATUS),
                ja("事実婚です。相手は拓海（たくみ）。", "p.name=拓海").asked(STATUS),
                ja("旦那は浩二いうてな、三つ上", "p.name=浩二").asked(STATUS),
                // the noun, a comma, and the name closing the sentence
                ja("いるよ！同棲中の彼氏、たつや。", "status=partnered", "p.name=たつや").asked(STATUS),
                ja("彼女、おらんよ。", "p.name=-").asked(STATUS),
                // typed in hiragana, and a name closed by an emoji
                ja("けっこんしてるよ〜 だんなはたかし", "status=married", "p.name=たかし").asked(STATUS),
                ja("いるよ！かのじょのまな🥰", "status=partnered", "p.name=まな").asked(STATUS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNameAfterThePartnerNounIsTheirs(ExtractionCase c) {
        c.check();
    }
}
