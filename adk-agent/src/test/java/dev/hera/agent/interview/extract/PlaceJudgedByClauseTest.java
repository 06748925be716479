package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19, round 11: a personality word that describes a place or a gathering (にぎやかな場所, 静かなところ, 明るい雰囲気)
 * tells of the person only through what the clause says of it: liked, the trait; disliked, its opposite; merely
 * described, nothing.
 */
class PlaceJudgedByClauseTest {

    private static final String ASKED = "あなたはどんな性格ですか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("にぎやかな場所は苦手", "E<0.4").asked(ASKED),
                ja("にぎやかな場が好きです", "E>0.6").asked(ASKED),
                ja("賑やかなところはしんどい", "E<0.4").asked(ASKED),
                ja("静かなところが好き", "E<0.4").asked(ASKED),
                ja("静かな場所は退屈で苦手", "E>0.6").asked(ASKED),
                ja("明るい雰囲気が大好き", "E>0.6").asked(ASKED),
                // a place only described
                ja("静かな町に住んでます", "traits=-").asked(ASKED),
                ja("にぎやかな店で働いてる", "traits=-").asked(ASKED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aPlaceIsJudgedByItsClause(ExtractionCase c) {
        c.check();
    }
}
