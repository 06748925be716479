package dev.hera.agent.family.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.hera.model.Language;

class TripExtractorTest {

    private static List<String> list(String semicolonSeparated) {
        return semicolonSeparated == null ? List.of() : Arrays.asList(semicolonSeparated.split(";"));
    }

    private static void check(String message, Language language, String destination, String activities, String removed) {
        TripFragment trip = TripExtractor.extract(message, language);
        assertEquals(destination, trip.destination(), () -> "destination of: " + message);
        assertEquals(list(activities), trip.activities(), () -> "activities of: " + message);
        assertEquals(list(removed), trip.removedActivities(), () -> "removed activities of: " + message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            沖縄に行きたいな。                                | 沖縄             | -                 | -
            海で泳いだり、水族館に行ったりしたい！                 | -                | 海水浴;水族館        | -
            やっぱり京都にしよう                              | 京都             | -                 | -
            キャンプはやめよう                                | -                | -                 | キャンプ
            沖縄じゃなくて北海道にしよう                        | 北海道           | -                 | -
            ハワイもいいけど、やっぱりグアムにしよう               | グアム            | -                 | -
            大阪から沖縄に行きたい                             | 沖縄             | -                 | -
            海に行きたい                                    | 海               | -                 | -
            海！                                           | 海               | -                 | -
            海で泳ぎたい                                    | -                | 海水浴              | -
            公園でピクニックしたい                             | -                | ピクニック           | -
            奥多摩に行きたいな                                | 奥多摩            | -                 | -
            来年の夏休みは軽井沢でサイクリングしたい                | 軽井沢            | サイクリング         | -
            キャンプじゃなくてバーベキューにしよう                  | -                | バーベキュー         | キャンプ
            泳ぐのはやめて、水族館だけにしよう                    | -                | 水族館              | 海水浴
            釣りはしたくないな                                | -                | -                 | 釣り
            水族館に行かない？                                | -                | 水族館              | -
            花火は外せないね                                  | -                | 花火               | -
            温泉でいやされたい                                | -                | 温泉               | -
            東京都の動物園に行こう                             | 東京             | 動物園              | -
            ディズニーランドでジェットコースターに乗りたい！          | ディズニーランド     | 遊園地              | -
            ＵＳＪに行こう！                                  | USJ              | -                 | -
            草津温泉でゆっくりしたい                            | 草津             | 温泉               | -
            箱根で温泉に入って、美味しいものを食べたい              | 箱根             | 温泉;グルメ          | -
            北海道でスキーと雪遊びをしよう                       | 北海道           | スキー;雪遊び        | -
            富士山に登りたい                                  | 富士山           | ハイキング           | -
            沖縄はどう？                                     | 沖縄             | -                 | -
            京都とかどう？                                   | 京都             | -                 | -
            遊園地もいいけど、動物園がいいな                     | -                | 遊園地;動物園        | -
            ピクニックとBBQがしたい                            | -                | ピクニック;バーベキュー | -
            いちご狩りと牧場に行きたい                           | -                | 果物狩り;牧場        | -
            美ら海水族館に行きたい！                            | 美ら海水族館        | 水族館              | -
            おばあちゃんの家に行きたい                           | おばあちゃんの家     | -                 | -
            今度の週末、みんなでどこか行かない？                   | -                | -                 | -
            私は社交的なタイプです                              | -                | -                 | -
            Let's go to Hawaii                              | ハワイ            | -                 | -
            """)
    void japaneseMessages(String message, String destination, String activities, String removed) {
        check(message, Language.JA, destination, activities, removed);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Let's go to Okinawa                                        | Okinawa        | -                        | -
            actually, let's do Kyoto instead                           | Kyoto          | -                        | -
            We could visit Hawaii and go swimming, then see the aquarium | Hawaii       | swimming;the aquarium    | -
            no camping                                                 | -              | -                        | camping
            why don't we go camping?                                   | -              | camping                  | -
            I don't want to go fishing but hiking sounds great         | -              | hiking                   | fishing
            let's go to the beach                                      | the beach      | -                        | -
            swim at the beach                                          | -              | swimming                 | -
            instead of Kyoto, let's do Osaka                           | Osaka          | -                        | -
            we live in Seattle, so how about Vancouver?                | Vancouver      | -                        | -
            Let's visit Lake Tahoe                                     | Lake Tahoe     | -                        | -
            skip the zoo and go to a theme park                        | -              | a theme park             | the zoo
            We don't want to miss the aquarium                         | -              | the aquarium             | -
            How about the mountains?                                   | the mountains  | -                        | -
            A picnic and a barbecue in the park would be lovely        | -              | a picnic;a barbecue      | -
            Let's go skiing in Hokkaido                                | Hokkaido       | skiing                   | -
            Not Hawaii — let's go to Guam                              | Guam           | -                        | -
            Paris or London? London!                                   | London         | -                        | -
            no more hiking, let's just relax at the hot springs        | -              | the hot springs          | hiking
            Let's take photos and do some shopping                     | -              | taking photos;shopping   | -
            I'd love to see the fireworks and have a picnic            | -              | fireworks;a picnic       | -
            hiking is out                                              | -              | -                        | hiking
            We're flying from Tokyo to Hawaii                          | Hawaii         | -                        | -
            Something fun this weekend?                                | -              | -                        | -
            沖縄に行きたい                                               | Okinawa        | -                        | -
            """)
    void englishMessages(String message, String destination, String activities, String removed) {
        check(message, Language.EN, destination, activities, removed);
    }

    @Test
    void blankOrMissingMessagesSayNothing() {
        assertTrue(TripExtractor.extract(null, Language.JA).isEmpty());
        assertTrue(TripExtractor.extract("   ", Language.EN).isEmpty());
    }

    @Test
    void anActivityMentionedTwiceIsListedOnce() {
        assertEquals(List.of("水族館"), TripExtractor.extract("水族館！水族館に行きたい！", Language.JA).activities());
    }

    @Test
    void theLastWordOnAnActivityWins() {
        TripFragment trip = TripExtractor.extract("キャンプはやめよう。やっぱりキャンプにしよう！", Language.JA);
        assertEquals(List.of("キャンプ"), trip.activities());
        assertEquals(List.of(), trip.removedActivities());
    }

    @Test
    void katakanaPlacesAreNotFoundInsideLongerWords() {
        assertNull(TripExtractor.extract("タイプが違うし、パリパリのせんべいが好き", Language.JA).destination());
    }

    @Test
    void genericPlacesAreRecognisedAsSuch() {
        assertTrue(TripExtractor.isGenericDestination("海"));
        assertTrue(TripExtractor.isGenericDestination("the beach"));
        assertFalse(TripExtractor.isGenericDestination("沖縄"));
        assertFalse(TripExtractor.isGenericDestination("奥多摩"));
    }

    @Test
    void samePlaceAcrossLanguagesAndSpellings() {
        assertTrue(TripExtractor.samePlace("沖縄", "Okinawa"));
        assertTrue(TripExtractor.samePlace("東京都", "東京"));
        assertFalse(TripExtractor.samePlace("京都", "東京"));
        assertFalse(TripExtractor.samePlace(null, "東京"));
    }

    @Test
    void theLexiconsAreSizeable() {
        assertTrue(Gazetteer.size() >= 150, "places: " + Gazetteer.size());
        assertTrue(ActivityLexicon.size() >= 40, "activities: " + ActivityLexicon.size());
    }
}
