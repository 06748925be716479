package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;

/**
 * Hera's reply asks for the partner's looks and the children's names at once, and an answer about the partner's
 * looks may open a sentence with a katakana look word and its particle (「セミロングで、」, 「ポニーテールで」): a
 * sentence of "names only" to the children's reading. A look word with the particle after it is no name.
 */
class LookWordsAreNoChildNamesTest {

    private static final String LOOKS_AND_CHILDREN = "あなたは社交的な方なのですね。素敵です。愛しい子よ、もう少しだけお付き合いくださいね。"
            + "パートナーのまりさんは、どんな方でしょう？外見（髪型や目元、背の高さなど）を教えていただけますか？"
            + "お子さんは何人ほしいですか？男の子か女の子か、そしてつけたいお名前も聞かせてくださいね。思いつくままで大丈夫ですよ。";
    private static final String IDEAL_AND_CHILDREN = "あなたの理想のお相手は、どんな方でしょう？お名前（呼んでみたい名前で構いません）、性格、外見（髪型や目元、"
            + "背の高さなど）を教えていただけますか？そして、お子さんのことも。何人くらい、男の子か女の子か、お名前の候補もあれば教えてください。";

    static Stream<ExtractionCase> lookWordsOpeningASentence() {
        return Stream.of(
                ja("まりは気配り上手。セミロングで、笑うとえくぼが出る", "kids=-", "p.appearance~セミロング")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("まり").build()).asked(LOOKS_AND_CHILDREN),
                ja("穏やかで聞き上手な人がいい。名前はさき。ツインテールで、小柄", "kids=-", "p.name=さき")
                        .given(profile().status(RelationshipStatus.SINGLE).build()).asked(IDEAL_AND_CHILDREN),
                ja("明るい人がいいな。ロングヘアで、色白", "kids=-").given(profile().status(RelationshipStatus.SINGLE).build())
                        .asked(IDEAL_AND_CHILDREN));
    }

    static Stream<ExtractionCase> namesStillNames() {
        return Stream.of(
                ja("二人ほしい。ハルキとレナ", "kids#=2", "kids~ハルキ").asked(LOOKS_AND_CHILDREN),
                ja("男の子ひとり。名前はメイで", "kids~メイ").asked(LOOKS_AND_CHILDREN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookWordsOpeningASentence")
    void aLookWordWithItsParticleIsNoChildsName(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesStillNames")
    void namesStayNames(ExtractionCase c) {
        c.check();
    }
}
