package dev.hera.agent.interview.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What may be stored as a Japanese name: given names in kana, kanji and katakana pass; words,
 * sentence fragments, fillers, reactions and two names glued by と do not (issue 19).
 */
class NamePlausibilityTest {

    @ParameterizedTest(name = "{0} is a name")
    @ValueSource(strings = { "みさき", "けんた", "みお", "そうま", "はると", "ゆい", "さくら", "ゆうき", "ひなた", "りん", "ゆな", "あおい",
            "めい", "そら", "まこと", "しんのすけ", "こうたろう", "美咲", "健太", "陽翔", "蓮", "翼", "凛", "湊", "翔太", "結衣", "大翔", "悠真",
            "陽菜", "莉子", "美月", "颯太", "レオ", "エマ", "ケンタ", "ハルト", "田中", "佐藤" })
    void givenNamesAreNames(String name) {
        assertTrue(Names.plausibleJapanese(name), name);
    }

    @ParameterizedTest(name = "{0} is not a name")
    @ValueSource(strings = { "理想", "見た目", "そうだな", "笑", "しゅんにしたいな", "白髪まじりの短い髪で", "口ひげがあって", "りんとゆな",
            "あんずともも", "計画", "天然", "苦手", "背が高めで", "黒髪のロング", "うーん", "えっと", "まあまあ", "そうですね", "いいと思う",
            "丸い眼鏡", "笑顔", "趣味", "仕事", "料理上手", "週末は家で", "たぶん", "やっぱり" })
    void wordsAndFragmentsAreNot(String phrase) {
        assertFalse(Names.plausibleJapanese(phrase), phrase);
    }
}
