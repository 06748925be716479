package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19, round 11: how a clause judges what the person does goes beyond liking and disliking. What they tend to do
 * (〜しがち, 〜やすい, 〜てしまう, 〜てまう, 〜癖がある) they are; what makes them shrink (恥ずかしい, 臆病, 緊張する, 弱い,
 * 避ける) they lack.
 */
class TendencyAndShrinkingJudgedByClauseTest {

    private static final String ASKED = "ご自分の性格を教えてください。";

    static Stream<ExtractionCase> tendencies() {
        return Stream.of(
                ja("小さいことでくよくよしがちです", "N>0.6").asked(ASKED),
                ja("すぐくよくよしてしまう", "N>0.6").asked(ASKED),
                ja("落ち込みがち", "N>0.6").asked(ASKED),
                ja("すぐ落ち込んでしまうんです", "N>0.6").asked(ASKED),
                ja("すぐキレてまう", "N>0.6").asked(ASKED),
                ja("一人で悩む癖がある", "N>0.6").asked(ASKED),
                ja("悩みがちな性格", "N>0.6").asked(ASKED),
                // not a tendency: listening to someone's worries, a tidy person
                ja("人の悩みを聞くのが好き", "N=-").asked(ASKED),
                ja("キレイ好きです", "N=-", "C>0.6").asked(ASKED));
    }

    static Stream<ExtractionCase> shrinking() {
        return Stream.of(
                ja("人前に出るのはどうも恥ずかしくて", "E<0.4").asked(ASKED),
                ja("人前で話すのは緊張する", "E<0.4").asked(ASKED),
                ja("新しいことには臆病なほう", "O<0.4").asked(ASKED),
                ja("新しいことはちょっと怖い", "O<0.4").asked(ASKED),
                ja("人混みに弱い", "E<0.4").asked(ASKED),
                ja("社交の場はあまり得意ではありません", "E<0.4").asked(ASKED),
                ja("人の集まる場所は避けるようにしてる", "E<0.4").asked(ASKED),
                ja("初対面の人は苦手", "E<0.4").asked(ASKED),
                // liking the same is the trait
                ja("人前に出るのは平気", "E>0.6").asked(ASKED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tendencies")
    void whatThePersonTendsToDoTheyAre(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shrinking")
    void whatMakesThemShrinkTheyLack(ExtractionCase c) {
        c.check();
    }
}
