package dev.hera.agent.interview.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.ChildWish;
import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.UserProfile;

/**
 * Acceptance point 2 of issue 19, as a property: everyday phrases, generated at random from word
 * lists, put where a name could stand (「名前は〜」, 「理想は〜」, 「見た目は〜」, "called …", "named …")
 * never become a stored name of the user, the partner or a child; real names there still do.
 */
class PhrasesAreNotNamesTest {

    private static final int PHRASES_PER_TEMPLATE = 150;
    private static final long SEED = 19L;

    /**
     * Words of two characters or more: a single kanji (海, 空, 花, 翼) is as often a given name as a
     * word, and the dictionary cannot tell them apart.
     */
    private static final List<String> JA_NOUNS = List.of("天気", "仕事", "料理", "映画", "音楽", "旅行", "週末", "会社", "電車", "子猫",
            "小型犬", "公園", "散歩", "買い物", "コーヒー", "ラーメン", "読書", "運動", "家族", "友達", "海辺", "季節", "趣味", "景色", "写真", "勉強",
            "お酒", "夕飯", "休日", "ゲーム", "アニメ", "ドラマ", "サッカー", "カフェ", "笑顔", "性格", "身長", "眼鏡", "髪型", "服装");
    private static final List<String> JA_ADJECTIVES = List.of("優しい", "楽しい", "明るい", "大きい", "静かな", "きれいな", "面白い",
            "忙しい", "眠い", "寒い", "穏やかな", "背が高い", "短い", "長い", "黒い", "丸い", "落ち着いた", "素敵な", "普通の", "かっこいい");
    private static final List<String> JA_TE_VERBS = List.of("食べて", "走って", "考えて", "見て", "笑って", "話して", "遊んで", "寝て",
            "働いて", "歩いて", "読んで", "作って", "待って", "迷って", "悩んで", "決めて");
    private static final List<String> JA_INTERJECTIONS = List.of("うーん", "えっと", "そうだな", "まあ", "あー", "なるほど", "笑", "w",
            "へえ", "そうですね", "ええと", "んー", "たぶん", "やっぱり", "特にない", "まだ決めてない",
            // dialect negations and greetings (round 6)
            "おらん", "わからん", "いらへん", "まいど", "おばんです", "お疲れさまです", "あの人", "その子", "元カレ", "あいつ");
    private static final List<String> JA_TEMPLATES = List.of("名前は%s", "名前は%sかな", "理想は%s", "見た目は%s", "理想は、%s",
            "見た目は%sです", "名前は…%s");

    private static final List<String> EN_NOUNS = List.of("weather", "work", "coffee", "music", "travel", "weekend", "office", "train",
            "dog", "park", "shopping", "reading", "family", "friends", "beach", "hobby", "photos", "dinner", "holiday", "movies",
            "Coffee", "Music", "Friday", "Weekend", "Netflix"); // not Summer, Hope, Grace: they are names too
    private static final List<String> EN_ADJECTIVES = List.of("kind", "funny", "bright", "tall", "quiet", "pretty", "busy", "tired",
            "calm", "short", "curly", "nice", "sweet", "Happy", "Lovely", "Gorgeous", "Awesome");
    private static final List<String> EN_VERBS = List.of("running", "thinking", "laughing", "cooking", "working", "sleeping",
            "waiting", "reading", "hiking", "Dancing", "Baking");
    private static final List<String> EN_INTERJECTIONS = List.of("um", "well", "hmm", "lol", "haha", "Oh", "Hmm", "Yeah", "Wow",
            "Nothing", "Whatever", "Something");
    private static final List<String> EN_TEMPLATES = List.of("Someone called %s", "a guy named %s", "a girl named %s", "I'd love a boy called %s",
            "My partner would be called %s", "something like %s, I guess");

    static Stream<Arguments> phrasesWhereANameCouldBe() {
        Random random = new Random(SEED);
        List<Arguments> cases = new ArrayList<>();
        for (String template : JA_TEMPLATES) {
            for (int i = 0; i < PHRASES_PER_TEMPLATE / 10; i++) {
                cases.add(Arguments.of(Language.JA, String.format(template, japanesePhrase(random))));
            }
        }
        for (String template : EN_TEMPLATES) {
            for (int i = 0; i < PHRASES_PER_TEMPLATE / 10; i++) {
                cases.add(Arguments.of(Language.EN, String.format(template, englishPhrase(random))));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("phrasesWhereANameCouldBe")
    void anEverydayPhraseIsNeverStoredAsAName(Language language, String message) {
        for (String question : new String[] { null, language == Language.JA ? "理想のお相手のお名前は？" : "What would their name be?" }) {
            UserProfile fragment = ExtractionCase.EXTRACTOR.extract(message, language, UserProfile.empty(), question).fragment();
            assertEquals(List.of(), names(fragment), message + " (asked: " + question + ")");
        }
    }

    @Test
    void realNamesInThosePlacesAreStillStored() {
        assertTrue(names(ja("名前はけんたがいいな")).contains("けんた"));
        assertTrue(names(ja("名前は美咲です")).contains("美咲"));
        assertTrue(names(ja("女の子なら名前はひまりかな")).contains("ひまり"));
        assertTrue(names(en("Someone called Alex")).contains("Alex"));
        assertTrue(names(en("I'd love a boy called Noah")).contains("Noah"));
        assertTrue(names(en("a girl named Lily")).contains("Lily"));
    }

    private static String japanesePhrase(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> pick(random, JA_NOUNS);
            case 1 -> pick(random, JA_ADJECTIVES) + pick(random, JA_NOUNS);
            case 2 -> pick(random, JA_NOUNS) + (random.nextBoolean() ? "が" : "を") + pick(random, JA_TE_VERBS);
            case 3 -> pick(random, JA_INTERJECTIONS);
            default -> pick(random, JA_INTERJECTIONS) + "、" + pick(random, JA_ADJECTIVES) + pick(random, JA_NOUNS);
        };
    }

    private static String englishPhrase(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> pick(random, EN_NOUNS);
            case 1 -> pick(random, EN_ADJECTIVES);
            case 2 -> pick(random, EN_VERBS);
            default -> pick(random, EN_INTERJECTIONS);
        };
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static UserProfile ja(String message) {
        return ExtractionCase.EXTRACTOR.extract(message, Language.JA, UserProfile.empty(), null).fragment();
    }

    private static UserProfile en(String message) {
        return ExtractionCase.EXTRACTOR.extract(message, Language.EN, UserProfile.empty(), null).fragment();
    }

    private static List<String> names(UserProfile fragment) {
        List<String> names = new ArrayList<>();
        names.add(fragment.userName());
        Stream.of(fragment.currentPartner(), fragment.idealPartner()).filter(Objects::nonNull).map(Partner::name).forEach(names::add);
        if (fragment.childrenInfo() != null) {
            fragment.childrenInfo().stream().map(ChildWish::name).forEach(names::add);
        }
        return names.stream().filter(Objects::nonNull).toList();
    }
}
