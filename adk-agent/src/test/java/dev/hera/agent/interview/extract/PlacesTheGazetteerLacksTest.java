package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Places the gazetteer does not know, said as where the person lives: after 「住んでるのは」 / 「住まいは」 with their
 * suffix (「住んでんのは伏見区」), a city written in hiragana (「いなべ市」 is kanji-less too: 「うるま市」, 「つくば市」), the
 * Tohoku 「さ」 for に (「盛岡さ住んでら」), 「すんでる」 typed in kana, a one-kanji town alone answering Hera (「呉」), and
 * the place narrowed down to (「正確には西新」). Issue 19, round 11: set 8 lost eight places this way.
 */
class PlacesTheGazetteerLacksTest {

    private static final String WHERE = "どちらにお住まいですか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("住んでんのは伏見区 実家は滋賀やけど", "location=伏見区"),
                ja("住んでるとこは、西区です", "location=西区"),
                ja("お住まいは…みよし市です", "location=みよし市"),
                ja("住んどるのは東区。職場は栄", "location=東区"),
                ja("つくば市にすんでます", "location=つくば市"),
                ja("いまはうるま市でくらしてるよ", "location=うるま市"),
                ja("盛岡さ住んでら", "location~盛岡"),
                ja("48。呉", "location=呉", "age=48").asked(WHERE),
                ja("堺やで", "location=堺").asked(WHERE),
                ja("博多の近く。いや、正確には住吉やね", "location=住吉").asked(WHERE),
                ja("福岡市です。詳しく言うと早良区", "location~早良区").asked(WHERE),
                // not a place: a common noun after the cue, a demonstrative town, another person's place, nothing narrowed
                ja("住んでるのは会社の近く", "location=-"),
                ja("住まいは実家です", "location=-"),
                ja("この町にすんでます", "location=-"),
                ja("ちかくの市に住んでる", "location=-"),
                ja("正確には会社員です", "location=-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aPlaceTheGazetteerLacks(ExtractionCase c) {
        c.check();
    }
}
