package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 「男と女いっこずつ」, 「男の子、女の子ひとつずつ」: a boy and a girl, one each, counted casually as things (いっこ, 一個, ひとつ) as
 * well as persons; one of a kind said alone is still no pair.
 */
class OneOfEachChildTest {

    private static final String ASKED = "お子さんは何人ほしいですか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("ふたり\n男と女いっこずつ", "kids=男:?,女:?").asked(ASKED),
                ja("男女いっこずつがいいな", "kids=男:?,女:?").asked(ASKED),
                ja("男の子と女の子を1個ずつ笑", "kids=男:?,女:?").asked(ASKED),
                ja("女と男ひとつずつ", "kids=女:?,男:?").asked(ASKED),
                ja("男の子、女の子一つずつかな", "kids=男:?,女:?").asked(ASKED),
                ja("男の子女の子ひとりずつ", "kids=男:?,女:?").asked(ASKED),
                // one of a kind, or a thing that is no child
                ja("男の子ひとり", "kids=男:?").asked(ASKED),
                ja("りんごを一個ずつ食べた", "kids=-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBoyAndAGirlOneEach(ExtractionCase c) {
        c.check();
    }
}
