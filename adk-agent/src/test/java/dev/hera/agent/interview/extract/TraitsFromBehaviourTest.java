package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Traits said by what the person does, likes or cannot do rather than by a trait word (issue 19,
 * round 4), written for this purpose: the clause's judgement (「…は疲れる」, 「…全然できない」), the
 * word being the clause's topic before a judgement reaches it, and everyday behaviour in both languages.
 */
class TraitsFromBehaviourTest {

    private static final String JA_ASKED = "ご自身の性格はどうですか？";
    private static final String ASKED = "How would you describe yourself?";

    static Stream<ExtractionCase> behaviour() {
        return Stream.of(
                ja("大勢の人と話すのはけっこう疲れるほうです", "E<0.5").asked(JA_ASKED),
                ja("部屋の片付けは全然できないです", "C<0.5").asked(JA_ASKED),
                ja("知らん人ともすぐ喋るの好きやねん", "E>0.6").asked(JA_ASKED),
                ja("休みの日は家にこもってることが多いかな", "E<0.5").asked(JA_ASKED),
                ja("提出物の期限はきちんと守ります", "C>0.6").asked(JA_ASKED),
                ja("めったに怒らないし、人と揉めたこともほとんどない", "A>0.6").asked(JA_ASKED),
                ja("困ってる人がいると放っておけない性格", "A>0.6").asked(JA_ASKED),
                ja("テンションの上がり下がりが激しい", "N>0.6").asked(JA_ASKED),
                ja("あんまり悩まないし、くよくよしないです", "N<0.5").asked(JA_ASKED),
                ja("新しい店を見つけるとすぐ飛びつく", "O>0.6").asked(JA_ASKED),
                ja("新しいことより慣れたことのほうが好き", "O<0.5").asked(JA_ASKED),
                ja("気にしすぎちゃうタイプ", "N>0.6").asked(JA_ASKED),
                // a topic judged by its own clause only: 「インドア派で…苦手」 does not deny インドア
                ja("インドア派で人前で話すのは苦手", "E<0.5").asked(JA_ASKED),
                ja("時間にルーズで、細かいことは気にしない", "C<0.5").asked(JA_ASKED),
                en("I'm a bundle of nerves before any exam", "N>0.6").asked(ASKED),
                en("Cheeky, a big kid really, and the class clown at work", "E>0.6").asked(ASKED),
                en("I'd rather stay in with a book than go out", "E<0.5").asked(ASKED),
                en("I always plan everything weeks ahead", "C>0.6").asked(ASKED),
                en("Honestly a pushover, I can't say no to my friends", "A>0.6").asked(ASKED),
                en("I get along with everyone at work", "A>0.6").asked(ASKED),
                en("I'm the opposite of tidy", "C<0.5").asked(ASKED),
                en("I hardly ever get anxious", "N<0.5").asked(ASKED),
                en("It takes a lot to upset me", "N<0.5").asked(ASKED),
                en("I wouldn't say I'm particularly adventurous", "O<0.5").asked(ASKED),
                en("Not much for museums or books, I like what I like", "O<0.5").asked(ASKED),
                en("She's tough as nails and runs the place while I'm away", "C=-", "A=-", "N=-").asked("What is she like?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("behaviour")
    void traitsSaidByBehaviour(ExtractionCase c) {
        c.check();
    }
}
