package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 「名前は弘樹ね」, 「名前は大輔よ！」: a closing particle said after a name in kanji ends the name; a name in kana that ends
 * in ね or よ (あかね, ちよ) keeps it (issue 19, round 13, set 10), written for this purpose.
 */
class NameThenClosingParticleTest {

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("名前は大輔よ。32歳", "name=大輔"),
                ja("私の名前は美香ね", "name=美香"),
                ja("名前は翔太よ！", "name=翔太"),
                ja("夫の名前は和也よ", "p.name=和也"),
                ja("彼女の名前は結衣ね。", "p.name=結衣"),
                // a name in kana keeps its last sound
                ja("名前はあかね。", "name=あかね"),
                ja("名前はちよ。", "name=ちよ"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nameThenClosingParticle(ExtractionCase c) {
        c.check();
    }
}
