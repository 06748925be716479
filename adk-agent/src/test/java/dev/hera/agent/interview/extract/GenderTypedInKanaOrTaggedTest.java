package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 「19さいのじょし！」, 「はたちのじょしだいせい」, 「#27歳 #女 #大阪」: the gender typed in kana on a phone, as the student one is,
 * or as a hashtag of its own (issue 19, round 13, set 10), written for this purpose.
 */
class GenderTypedInKanaOrTaggedTest {

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("21さいのじょしです", "gender=女性"),
                ja("18さいのだんし！", "gender=男性"),
                ja("いまはじょしだいせい", "gender=女性"),
                ja("女子大生です。20歳", "gender=女性"),
                ja("男子高校生やってます", "gender=男性"),
                ja("#24歳 #女 #福岡 #会社員", "gender=女性"),
                ja("#男 #30代 #独身", "gender=男性"),
                // someone else's students, a school, a child: not the user's gender
                ja("妹はじょしだいせい", "gender=-"),
                ja("女子大に通ってた", "gender=-"),
                ja("#子育て #男の子", "gender=-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void genderTypedInKanaOrTagged(ExtractionCase c) {
        c.check();
    }
}
