package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The partner's looks and character said loosely in Japanese (round 6), written for this purpose: looks
 * after a sentence about the user, looks without anyone named after Hera asked for them, clauses parted by
 * an emoji or a space, looks in kana, a sentence that ends in the person it describes, and what says
 * nothing of the partner (that there is none, a break-up); character in dialect and in grammar (a word in its
 * て-form before a look, a negation the partner cannot bear, the one a remark is heard from).
 */
class PartnerSaidLooselyTest {

    static Stream<ExtractionCase> looks() {
        return Stream.of(
                ja("妻は料理が得意。俺はぜんぜんだめ。見た目は背が低めで、いつも帽子かぶってる", "p.appearance~いつも帽子かぶってる"),
                ja("二つ上で３０。細身で、いつもジャージ", "p.appearance~いつもジャージ").asked("奥さんの見た目と年齢は？"),
                ja("背がでっけくて、肩幅広い", "p.appearance~背がでっけくて").asked("彼の見た目は？"),
                ja("せがたかくて、かみがながい", "p.appearance~せがたかく", "p.appearance~かみがながい").asked("彼女の見た目は？"),
                ja("理想は、まめに連絡くれる人😊 見た目は塩顔で、細くて", "p.temperament~まめに連絡くれる", "p.appearance=塩顔、細くて"),
                ja("ふわっと優しい人(*´▽`*) 名前はるい", "p.temperament=ふわっと優しい").asked("理想のお相手は？"),
                ja("見た目は、ブロンドの巻き毛で、青い目", "p.appearance~ブロンドの巻き毛", "p.temperament=-").asked("マイケルさんはどんな方ですか？"),
                ja("背はそこまで高くなくていい", "p.appearance~そこまで高くなくて").asked("理想の相手の見た目は？"));
    }

    static Stream<ExtractionCase> character() {
        return Stream.of(
                ja("料理が好きで、どこでもすぐ友達を作れる人。", "p.temperament~料理が好き", "p.temperament~友達を作れる").asked("理想の相手は？"),
                ja("穏やかで、よく笑う人かな", "pA>0.6", "A=-").asked("これから一緒に過ごす方を思い描くとしたら、どんな方ですか？"),
                ja("いない〜 理想は、優しくてまめな人", "p.temperament=優しくてまめ").asked("彼氏いる？"),
                ja("去年まで彼氏いたけど別れました", "p.temperament=-"),
                // the partner named alone before a comma is no clause of what they are like
                ja("うちの旦那、めっちゃ優しいねん。", "p.temperament=めっちゃ優しい").asked("旦那さんはどんな人？"),
                ja("嫁さん、料理がめっちゃ上手やねん", "p.temperament=料理がめっちゃ上手"),
                // what follows a correction is what was meant
                ja("週末はいつも釣り、じゃなくて登山に行ってる", "p.temperament~登山に行ってる").asked("彼はどんな人？"),
                // an age said as an attribute, then what the person is like
                ja("年上の落ち着いた人かな", "p.temperament=落ち着いた").asked("理想の相手は？"),
                ja("三つ下くらいの大人な人がいい", "p.temperament~大人").asked("理想の相手は？"));
    }

    static Stream<ExtractionCase> wordsAndGrammar() {
        return Stream.of(
                ja("おっとりしてて笑顔がかわいい人がいいな", "pA>0.6", "p.temperament~おっとり").asked("理想の相手は？"),
                ja("髪は長くて明るい茶色", "pE=-", "p.temperament=-", "p.appearance~明るい茶色").asked("彼女の見た目は？"),
                ja("天然なとこがかわいい", "p.temperament~天然", "p.appearance=-").asked("彼女はどんな人？"),
                ja("何でもきっちりしてないと気がすまない", "pC>0.6").asked("旦那さんはどんな人？"),
                ja("なんも気にせんタイプ", "pN<0.5").asked("彼はどんな人？"),
                ja("しっかりもんで、働きもんじゃ", "pC>0.6").asked("奥さんはどんな方？"),
                ja("よう喋るし、気は強い", "pE>0.6", "pA<0.5").asked("奥さんはどんな方？"),
                ja("心配性です。夫にはよく考えすぎって言われます", "N>0.6", "p.temperament=-").asked("あなたの性格は？"),
                ja("てーげーで、なんくるないさーが口ぐせ", "p.temperament~てーげー").asked("彼はどんな人？"),
                ja("気が強くて、面倒見がいい", "p.temperament~面倒見がいい").asked("彼女はどんな人？"),
                ja("体が大きくてクマみたいな人", "p.appearance~クマみたい").asked("理想の相手の見た目は？"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void looksSaidLoosely(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("character")
    void characterSaidLoosely(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordsAndGrammar")
    void wordsInDialectAndGrammar(ExtractionCase c) {
        c.check();
    }
}
