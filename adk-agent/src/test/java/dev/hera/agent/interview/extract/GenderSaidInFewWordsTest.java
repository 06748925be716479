package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The person's gender said in few words, as people type it: the gender word alone with a closing particle
 * (「男ね」, 「おんなよ〜」, 「女やさ」, 「俺は男だぞ」), a role at home (「兼業主婦してます」, 「二児の母です」,
 * 「一児のパパやってます」), what an elder calls themselves after the age (「七十のおじいさん」, 「八十のばあさま」 is
 * not one), neither gender (「性別？どっちでもないです」) and a listed introduction typed in kana (「22 おんな」).
 * Issue 19, round 11: set 8 lost the gender of nine people this way.
 */
class GenderSaidInFewWordsTest {

    private static final String STATUS_Q = "お付き合いしている方はいますか？";
    private static final String IDEAL_Q = "どんな人が理想ですか？";
    private static final String CHILDREN_Q = "お子さんの希望はありますか？";
    private static final String AGE_Q = "年齢と性別を教えてください。";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                // the gender word alone with a particle, in any dialect
                ja("男ね", "gender=男性").asked(STATUS_Q),
                ja("おんなよ〜", "gender=女性"),
                ja("女やさ。", "gender=女性"),
                ja("俺は男だぞ！", "gender=男性"),
                ja("男っすね", "gender=男性"),
                ja("自分、女ですよ。", "gender=女性"),
                ja("男やな", "gender=男性").asked(STATUS_Q),
                // roles at home
                ja("兼業主婦してます。", "gender=女性"),
                ja("専業主婦、三十八歳です", "gender=女性"),
                ja("二児の母です。よろしくお願いします", "gender=女性"),
                ja("一児のパパやってます", "gender=男性"),
                ja("3児の父です", "gender=男性"),
                // words of the elderly after the age
                ja("七十二のおじいさんです", "gender=男性", "age=72"),
                ja("もうおばあさんよ", "gender=女性"),
                ja("六十五のおばはんやで", "gender=女性"),
                // neither gender
                ja("性別？どっちでもないです", "gender=その他"),
                ja("性別は、男でも女でもないと思ってます", "gender=その他"),
                // a listed introduction typed in kana
                ja("22 おんな", "gender=女性").asked(AGE_Q),
                // not the person's gender: someone else's, a wish, a children's answer, a word inside a longer one
                ja("男やな", "gender=-").asked(IDEAL_Q),
                ja("女ね", "gender=-").asked(CHILDREN_Q),
                ja("妻は二児の母です。", "gender=-"),
                ja("主婦の友達が多いです", "gender=-"),
                ja("近所のおばあさんと仲良しです", "gender=-"),
                ja("男なら誰でもいいわけじゃない", "gender=-"),
                ja("性別は特に気にしないです", "gender=-").asked(IDEAL_Q));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theGenderSaidInFewWords(ExtractionCase c) {
        c.check();
    }
}
