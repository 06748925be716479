package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * Issue 19, round 11: a partner's looks typed without particles (「目でかい」, 「目ぱっちり」), thinness said alone as a
 * clause (「ほそくて」), posture (「姿勢のよい」, 「背筋がピンと」), a word said of the eyes (「目が優しか」); and what the partner does for the user when the user is
 * only in its clause of condition (「わたしが愚痴ってもずっと聞いてくれる」).
 */
class PartnerLooksAndDeedsAsTypedTest {

    private static final UserProfile MARRIED = profile().status(RelationshipStatus.MARRIED).currentPartner("けんじ").build();
    private static final String LOOKS = "けんじさんの見た目を教えてください。";
    private static final String CHARACTER = "けんじさんはどんな方ですか？";

    static Stream<ExtractionCase> looks() {
        return Stream.of(
                ja("背たかい 目でかい", "p.appearance~目でかい").given(MARRIED).asked(LOOKS),
                ja("目ぱっちりで色白", "p.appearance~目ぱっちり").given(MARRIED).asked(LOOKS),
                ja("背が高くて ほそくて ひげ", "p.appearance~ほそくて", "p.temperament=-").given(MARRIED).asked(LOOKS),
                ja("白髪で、姿勢のよい人", "p.appearance~姿勢のよい").given(MARRIED).asked(LOOKS),
                ja("背筋がピンとしてて、短髪", "p.appearance~背筋がピン").given(MARRIED).asked(LOOKS),
                // what is said of the eyes or face is looks, not character
                ja("ひげが似合って、目が優しか人", "p.appearance~目が優しか").given(MARRIED).asked(LOOKS),
                ja("顔がめっちゃ優しい", "p.appearance~めっちゃ優しい").given(MARRIED).asked(LOOKS),
                ja("目が優しいってよく言われる", "traits=-").asked("あなたはどんな性格ですか？"),
                // 細かい is no thinness
                ja("細かいとこまで気がつく人", "p.appearance=-").given(MARRIED).asked(CHARACTER));
    }

    static Stream<ExtractionCase> deeds() {
        return Stream.of(
                ja("優しくて わたしが愚痴ってもずっと聞いてくれる", "p.temperament~聞いてくれる", "traits=-").given(MARRIED).asked(CHARACTER),
                ja("朝ごはん作ってくれて わたしが泣いてもずっとそばにいてくれる", "p.temperament~そばにいてくれる", "traits=-").given(MARRIED)
                        .asked(CHARACTER),
                ja("穏やかで、私が落ち込んでる時はそっとしといてくれる", "p.temperament~そっとしといてくれる", "traits=-").given(MARRIED).asked(CHARACTER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void looksAsTyped(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deeds")
    void whatThePartnerDoesForTheUser(ExtractionCase c) {
        c.check();
    }
}
