package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 「はたちの男」, 「さんじゅうろくの女です」, 「年収はよんひゃくまんくらい」, 「年90まん」: ages and incomes typed as words in
 * hiragana on a phone (issue 19, round 13, set 10), written for this purpose; kana that only look like numbers
 * (じゅうぶん, せんもん, みなさん) stay words.
 */
class NumbersTypedInKanaTest {

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("はたちのだいがくせいです", "age=20"),
                ja("ゆうきです。はたちの男", "age=20"),
                ja("さんじゅうろくの女です", "age=36"),
                ja("にじゅうごさいです、福岡すんでる", "age=25"),
                ja("よんじゅうにで、二児の母です", "age=42"),
                ja("年収はよんひゃくまんくらいです", "income=400万円"),
                ja("年収はごひゃくまんちょいかな", "income=500万円"),
                ja("年収は、ろっぴゃくごじゅうまんです", "income=650万円"),
                ja("バイトで年90まんくらい", "income=90万円"),
                ja("年収はせんにひゃくまんです", "income=1200万円"),
                // kana that look like numbers but are words
                ja("じゅうぶんしあわせです", "age=-", "income=-"),
                ja("せんもんがくせいです", "age=-", "income=-"),
                ja("みなさんじゅうでんしてね", "age=-", "income=-"),
                ja("さいたまにすんでる", "age=-", "location=さいたま"),
                ja("いちばんすきなのはまんがです", "age=-", "income=-"),
                ja("細かいことは気にせん、おおざっぱやけん", "age=-", "income=-", "C<0.5"),
                ja("人見知りは全然せん。年収は三百万", "income=300万円"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void numbersTypedInKana(ExtractionCase c) {
        c.check();
    }
}
