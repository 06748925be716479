package dev.hera.agent.family.offline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.hera.agent.family.FamilyPersonas;
import dev.hera.model.BigFive;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.ConversationEntry;
import dev.hera.model.Gender;
import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.Persona;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.TripInfo;
import dev.hera.model.UserProfile;

/** Profiles, families and trips of many shapes for the offline writers' tests. */
final class FamilyFixtures {

    static final List<String> SHORT_JA = List.of("けんた", "みお", "そうま", "はな", "りく");
    static final List<String> LONG_JA = List.of("アレクサンダー・ジョナサン", "エリザベス・シャーロット", "マクシミリアン・フレデリック",
            "アナスタシア・ヴィクトリア", "クリストファー・ベンジャミン");
    static final List<String> SHORT_EN = List.of("Emma", "Lily", "Noah", "Ava", "Max");
    static final List<String> LONG_EN = List.of("Alexandra Josephine", "Elizabeth Charlotte", "Maximilian Frederick",
            "Anastasia Victoria", "Christopher Benjamin");

    /** A family shape: how many children, long or short names, whether the profile has the person's name. */
    record Shape(int children, boolean longNames, boolean named, Gender gender) {
        @Override
        public String toString() {
            return children + " children" + (longNames ? ", long names" : "") + (named ? ", named person" : "") + ", "
                    + gender;
        }
    }

    static final List<Shape> SHAPES = List.of(new Shape(1, false, false, Gender.FEMALE), new Shape(2, false, true, Gender.MALE),
            new Shape(3, false, false, Gender.OTHER), new Shape(4, false, true, Gender.FEMALE),
            new Shape(1, true, true, Gender.MALE), new Shape(2, true, false, Gender.FEMALE),
            new Shape(4, true, true, Gender.MALE), new Shape(0, false, false, Gender.FEMALE),
            new Shape(0, true, true, Gender.MALE));

    static final List<TripInfo> TRIPS_JA = List.of(new TripInfo("沖縄", List.of("海水浴", "水族館")),
            new TripInfo("京都", List.of("観光")), new TripInfo("箱根", List.of("温泉", "グルメ", "写真撮影")),
            new TripInfo("ディズニーランド", List.of("遊園地", "花火", "買い物", "写真撮影")),
            new TripInfo("北海道", List.of("スキー", "雪遊び", "温泉", "グルメ", "買い物", "サーフィン")),
            new TripInfo("海", List.of("海水浴", "砂遊び")), new TripInfo("奥多摩", List.of("キャンプ", "釣り", "バーベキュー")));
    static final List<TripInfo> TRIPS_EN = List.of(new TripInfo("Okinawa", List.of("swimming", "the aquarium")),
            new TripInfo("Kyoto", List.of("sightseeing")),
            new TripInfo("Hakone", List.of("the hot springs", "the local food", "taking photos")),
            new TripInfo("Disneyland", List.of("a theme park", "fireworks", "shopping", "taking photos")),
            new TripInfo("Hokkaido", List.of("skiing", "playing in the snow", "the hot springs", "the local food", "shopping",
                    "surfing")),
            new TripInfo("the beach", List.of("swimming", "building sandcastles")),
            new TripInfo("Lake Tahoe", List.of("camping", "fishing", "a barbecue")));

    private FamilyFixtures() {
    }

    static UserProfile profile(Shape shape, boolean english) {
        List<String> names = english ? (shape.longNames() ? LONG_EN : SHORT_EN) : (shape.longNames() ? LONG_JA : SHORT_JA);
        Partner partner = new Partner(names.get(0), null, new BigFive(0.8, 0.6, 0.8, 0.7, 0.3),
                english ? "cheerful and kind" : "明るくて優しい", null, null,
                english ? "long curly red hair, green eyes and freckles" : "背が高くて短い黒髪、眼鏡が似合う優しい目の人です。");
        List<ChildWish> children = new ArrayList<>();
        for (int i = 0; i < shape.children(); i++) {
            children.add(new ChildWish(i % 2 == 0 ? ChildGender.GIRL : ChildGender.BOY, names.get(i + 1), i + 1));
        }
        String userName = shape.named() ? (english ? "Sam" : "ゆうき") : null;
        return new UserProfile(userName, 32, shape.gender(), RelationshipStatus.MARRIED, english ? "Seattle" : "大阪", null,
                new BigFive(0.7, 0.5, 0.7, 0.6, 0.3), null, children, partner, null, null, null, null, null, null);
    }

    static List<Persona> family(Shape shape, boolean english, long seed) {
        return FamilyPersonas.build(profile(shape, english), english ? Language.EN : Language.JA, seed);
    }

    static List<ConversationEntry> log(boolean english) {
        Instant now = Instant.parse("2025-07-01T10:00:00Z");
        if (english) {
            return List.of(new ConversationEntry(ConversationEntry.USER, "How about a trip this weekend?", now),
                    new ConversationEntry("wife", "A family outing? I love it!", now),
                    new ConversationEntry(ConversationEntry.USER, "Let's go somewhere we can swim, maybe the sea!", now));
        }
        return List.of(new ConversationEntry(ConversationEntry.USER, "今度の週末、みんなでどこか行かない？", now),
                new ConversationEntry("妻", "みんなでお出かけ、いいね！", now),
                new ConversationEntry(ConversationEntry.USER, "沖縄に行きたいな。", now),
                new ConversationEntry(ConversationEntry.USER, "海で泳いだり、水族館に行ったりしたい！", now));
    }

    /** Every (shape, trip) pair, for one language. */
    static Stream<Object[]> shapesAndTrips(boolean english) {
        List<TripInfo> trips = english ? TRIPS_EN : TRIPS_JA;
        List<Object[]> cases = new ArrayList<>();
        for (Shape shape : SHAPES) {
            for (TripInfo trip : trips) {
                cases.add(new Object[] { shape, trip });
            }
        }
        return cases.stream();
    }

    static int japaneseLength(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    static int words(String text) {
        return text.strip().split("\\s+").length;
    }
}
