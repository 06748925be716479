package dev.hera.agent.family.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.hera.model.Language;
import dev.hera.model.TripInfo;

class PlanAnswerTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = { "いいね、それで決まり！", "賛成！", "そうしよう", "オッケー", "うん、行こう", "いいよ", "それでいこう！", "最高！",
            "決まりだね", "ばっちり！", "もちろん！", "楽しみ！", "いいんじゃない？", "最高じゃない？", "悪くないね", "異議なし！", "それがいい",
            "うんうん、そうしよう", "了解！", "ＯＫ！", "いいと思う", "いいですね", "いや、最高！", "それにしない？", "行こうか？", "ぜひ！",
            "はい、お願いします", "完璧だね", "文句なし", "わーい、楽しみ！", "大丈夫だよ", "いいじゃん！" })
    void japaneseYes(String message) {
        assertEquals(PlanAnswer.YES, PlanAnswer.classify(message, Language.JA), message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = { "うーん、やっぱりやめておこう", "ちょっと違うかな", "別の場所がいい", "いや", "よくないね", "賛成できない",
            "楽しみじゃない", "いいとは思わない", "いいね、でもやっぱりやめよう", "いいけど、別の場所がいいな", "やっぱり京都にしよう", "京都はどう？",
            "キャンプはやめよう", "だめ", "微妙かな", "もう少し考え直したい", "いいえ", "行きたくない", "気が進まないな", "変えたい", "ほかの案がいい",
            "遠慮しておく", "やだ", "ノー", "無理かな", "いいや", "ちょっと待って", "難しいかも", "反対", "大丈夫じゃない", "良くないと思う" })
    void japaneseNo(String message) {
        assertEquals(PlanAnswer.NO, PlanAnswer.classify(message, Language.JA), message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = { "沖縄ってどんなところ？", "大丈夫かな？", "いいかな？", "うーん", "何を持っていけばいい？", "今日は暑いね",
            "いいけど…", "どうしよう", "考えさせて", "ふーん", "ほかに誰が来るの？", "天気はどうかな", "" })
    void japaneseUnknown(String message) {
        assertEquals(PlanAnswer.UNKNOWN, PlanAnswer.classify(message, Language.JA), message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = { "sounds great", "let's do it", "yes!", "deal", "Yeah, sounds perfect", "sure", "OK", "okay, let's go",
            "I love it", "count me in", "perfect!", "absolutely", "why not?", "not bad at all", "no problem!", "that works for me",
            "let's book it", "great idea", "I'm in", "awesome!", "yep", "works for us", "of course!", "Sounds like a plan",
            "definitely", "fine by me", "that's a plan", "yay!", "I can't wait!", "all right, let's go", "👍",
            "Sounds good though!" })
    void englishYes(String message) {
        assertEquals(PlanAnswer.YES, PlanAnswer.classify(message, Language.EN), message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = { "no", "not really", "let's change it", "no thanks", "nope", "I'd rather go somewhere else", "not great",
            "I don't like it", "maybe not", "hmm, no", "actually, let's do Kyoto instead", "how about Kyoto?",
            "that doesn't sound good", "sounds great, but let's change the place", "let's think again", "I'll pass",
            "not this time", "bad idea", "I don't think so", "no way", "cancel", "let's not", "wait", "too far",
            "somewhere else please", "I'm not a fan", "forget it", "not a good idea", "never mind", "other plans?",
            "That's not a great idea" })
    void englishNo(String message) {
        assertEquals(PlanAnswer.NO, PlanAnswer.classify(message, Language.EN), message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = { "what's the weather like there?", "is it far?", "hmm", "how long is the drive?", "who's coming?",
            "I'm not sure", "let me think", "is that ok?", "the kids are asleep", "what should we pack?", "yes, but…" })
    void englishUnknown(String message) {
        assertEquals(PlanAnswer.UNKNOWN, PlanAnswer.classify(message, Language.EN), message);
    }

    private static final TripInfo OKINAWA = new TripInfo("沖縄", List.of("海水浴", "水族館"));
    private static final TripInfo OKINAWA_EN = new TripInfo("Okinawa", List.of("camping", "swimming"));

    @Test
    void anotherDestinationThanTheProposedOneIsANoEvenWhenItSoundsHappy() {
        assertEquals(PlanAnswer.NO, PlanAnswer.classify("いいね！京都にしよう", Language.JA, OKINAWA));
        assertEquals(PlanAnswer.NO, PlanAnswer.classify("Let's go to Hawaii instead", Language.EN, OKINAWA_EN));
    }

    @Test
    void theProposedDestinationItselfIsAYes() {
        assertEquals(PlanAnswer.YES, PlanAnswer.classify("沖縄いいね！", Language.JA, OKINAWA));
        assertEquals(PlanAnswer.YES, PlanAnswer.classify("やっぱり沖縄がいい！", Language.JA, OKINAWA));
        assertEquals(PlanAnswer.YES, PlanAnswer.classify("Okinawa sounds perfect", Language.EN, OKINAWA_EN));
        assertEquals(PlanAnswer.YES, PlanAnswer.classify("Okinawa, yes!", Language.EN, new TripInfo("沖縄", List.of())));
    }

    @Test
    void rulingOutAProposedActivityIsANo() {
        assertEquals(PlanAnswer.NO, PlanAnswer.classify("sounds great, no camping though", Language.EN, OKINAWA_EN));
        assertEquals(PlanAnswer.NO, PlanAnswer.classify("いいね、水族館はなしで！", Language.JA, OKINAWA));
    }

    @Test
    void anAddedWishDoesNotTurnAYesIntoANo() {
        assertEquals(PlanAnswer.YES, PlanAnswer.classify("いいね！花火もしたいな", Language.JA, OKINAWA));
    }

    @Test
    void nothingIsUnknown() {
        assertEquals(PlanAnswer.UNKNOWN, PlanAnswer.classify(null, Language.JA));
        assertEquals(PlanAnswer.UNKNOWN, PlanAnswer.classify("  ", Language.EN, OKINAWA_EN));
    }
}
