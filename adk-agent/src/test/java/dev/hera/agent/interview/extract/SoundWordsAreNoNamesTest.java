package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 「すぐカッとなる」, 「イラッとする」, 「ぼーっとしてる」: a sound word and its と is no list of two names (すぐカッ and なる), when
 * Hera asked the person's character and the children in one breath and the answer tells the character alone; a name
 * never ends in a small っ. Issue 19, round 16: set 12 (pj-25) stored children named すぐカッ and なる.
 */
class SoundWordsAreNoNamesTest {

    private static final String CHARACTER_AND_CHILDREN_Q = "ご自分の性格を、いくつかの言葉で表すとしたら何でしょう？そして、お子さんのことも。"
            + "何人くらい、男の子か女の子か、お名前の候補もあれば教えてください。";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("わしはぶち短気じゃ、すぐカッとなる。ほいでも人と飲むんは好きじゃ", "kids=-").asked(CHARACTER_AND_CHILDREN_Q),
                ja("せっかちで、すぐイラッとする", "kids=-").asked(CHARACTER_AND_CHILDREN_Q),
                ja("休みの日はぼーっとしてることが多い、マイペース", "kids=-").asked(CHARACTER_AND_CHILDREN_Q),
                ja("人に褒められるとすぐニヤッとしちゃう", "kids=-").asked(CHARACTER_AND_CHILDREN_Q),
                ja("ビビりで、物音がするとビクッとなるタイプ", "kids=-").asked(CHARACTER_AND_CHILDREN_Q),
                ja("言われたことにムッとしても、すぐ忘れる", "kids=-").asked(CHARACTER_AND_CHILDREN_Q),
                // names said with と are still names
                ja("二人ほしい、はるととゆい", "kids=?:はると,?:ゆい").asked(CHARACTER_AND_CHILDREN_Q),
                ja("男の子と女の子で、名前はりくとさな", "kids=男:りく,女:さな").asked(CHARACTER_AND_CHILDREN_Q));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aSoundWordIsNoName(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0} is not a name")
    @ValueSource(strings = { "すぐカッ", "イラッ", "ぼーっ", "ニヤッ", "ビクッ" })
    void soundWordsAreNotNames(String word) {
        assertFalse(Names.plausibleJapanese(word), word);
    }

    @ParameterizedTest(name = "{0} is a name")
    @ValueSource(strings = { "はると", "ゆい", "大翔", "ナツ", "りっか" })
    void namesAreNames(String name) {
        assertTrue(Names.plausibleJapanese(name), name);
    }
}
