package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * People end a sentence with an emoji, a face or laughter instead of a full stop ("My wife is Sarah 😍 she's
 * the kindest", "my wife is sarah lol shes great", 「彼女おるで笑 名前はみさき」, 「妻はゆかり(^^)優しい」): the sign is
 * that sentence's end, so the next sentence's subject does not take the first one's facts, and a name or a
 * figure before it is read as at a sentence's end. A sign inside a sentence, an arrow, or 笑 in a word (笑顔,
 * よく笑う) changes nothing else.
 */
class SignsBetweenSentencesTest {

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                en("My wife is Sarah 😍 she's the kindest person I know", "p.name=Sarah"),
                en("My boyfriend is Tom ❤️", "p.name=Tom"),
                en("my partner is Jules 🥰 they're very calm", "p.name=Jules"),
                en("I'm pretty shy 🙈 my husband is super outgoing", "E<0.4", "pE>0.6"),
                en("I'm super outgoing 🎉 my girlfriend is really shy", "E>0.6", "pE<0.4"),
                en("Live in Denver 🏔️ been here 5 years", "location=Denver"),
                en("I'm 34 🙂 my husband is 36", "age=34", "p.age=36"),
                ja("彼女おるで😊名前はみさき", "p.name=みさき"),
                ja("妻はゆかり💕めっちゃ優しい", "p.name=ゆかり"),
                ja("28歳😊大阪住み", "age=28", "location=大阪"),
                ja("私は人見知り😂彼氏はめっちゃ社交的", "E<0.4", "pE>0.6"),
                ja("彼氏はしょうた✨背が高くて短髪", "p.name=しょうた", "p.appearance~背が高"),
                en("My husband is Dave lol he's a total goofball", "p.name=Dave"),
                en("my girlfriend is Priya haha", "p.name=Priya"),
                en("I'm really shy haha my boyfriend is the outgoing one", "E<0.4", "pE>0.6"),
                en("My wife is Grace :) she's very calm", "p.name=Grace"),
                en("I'm 41 lmao my wife is 39", "age=41", "p.age=39"),
                ja("彼女おるで笑名前はみさき", "p.name=みさき"),
                ja("妻はゆかりw めっちゃ優しい", "p.name=ゆかり"),
                ja("私は人見知り笑 彼氏はめっちゃ社交的", "E<0.4", "pE>0.6"),
                ja("妻は明美(^^)おっとりしてます", "p.name=明美"),
                ja("彼氏はけんた(笑)背が高い", "p.name=けんた", "p.appearance~背が高"),
                // a sign inside a sentence, an arrow and a word of laughing are no sentence end
                ja("妻は笑顔がかわいくて、よく笑う人です", "p.name=-", "p.appearance~笑顔"),
                en("I love 🍕 and my wife Anna loves it too", "p.name=Anna"),
                en("Moved Boston → Austin last year, Austin is home now", "location=Austin"),
                ja("東京→大阪に引っ越して、今は大阪住み", "location=大阪"),
                // a word mending the message before, alone after a sign, is no name
                en("helo im chirs... CHRIS lol typo", "name=-").first(),
                en("Typo lol", "name=-").first(),
                en("oops 😅 autocorrect", "name=-").first(),
                en("I'm Kate 😅 autocorrect", "name=Kate").first());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aSignEndsItsSentence(ExtractionCase c) {
        c.check();
    }
}
