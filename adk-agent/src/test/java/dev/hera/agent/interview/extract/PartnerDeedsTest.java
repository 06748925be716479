package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The partner described in Japanese by what they do rather than by a trait word (round 6), written for
 * this purpose: whose deed a clause tells (the person Hera asked about by name, the user only in a clause
 * of concession or as the one a deed is done for).
 */
class PartnerDeedsTest {

    static Stream<ExtractionCase> whoseDeed() {
        return Stream.of(
                // Hera asks about someone by name before the name is stored: the answer is about them
                ja("はるとはね、怒ったとこ一回も見たことない。いつもにこにこしとる", "pA>0.6", "pN<0.5", "A=-", "N=-")
                        .asked("はるとさんはどんな人？"),
                ja("みさきちゃんは誰にでも優しいし、嫌な顔ひとつせんの", "pA>0.6", "A=-").asked("みさきちゃんってどんな子？"),
                ja("わりと明るい方だと思います", "E>0.6", "partner=-").asked("ゆうきさんはどんな人ですか？")
                        .given(profile().name("ゆうき").build()),
                // the user in a clause of concession only: 「僕が寝坊しても」
                ja("僕が寝坊しても笑って許してくれる人", "pA>0.6", "A=-").asked("理想の相手は？"),
                // 「私の」 in a clause done for the speaker is an owner, not the subject
                ja("あと、私の話もちゃんと最後まで聞いてくれるし", "pA>0.6", "A=-").asked("彼氏さんはどんな方？"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whoseDeed")
    void whoseDeedAClauseTells(ExtractionCase c) {
        c.check();
    }
}
