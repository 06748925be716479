package dev.hera.agent.family.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hera.agent.family.offline.Place.Kind;
import dev.hera.agent.text.Normalization;
import dev.hera.agent.text.Prefectures;

/**
 * Named destinations (Japanese prefectures, cities, spots and theme parks; world countries and
 * cities) and a few generic ones (海 / the beach, 山 / the mountains, 公園 / the park, grandma's
 * house). Lookup is by longest alias at a position; Japanese aliases match anywhere, Latin ones
 * only on word boundaries. Blockers are words that contain an alias but are not that place
 * (日光浴 is sunbathing, not Nikko; 海外 is "abroad", not the sea; a theme park is not "the park").
 */
final class Gazetteer {

    /** A place found in a text, with its position in the normalised text. */
    record Hit(Place place, int start, int end) {
    }

    private static final List<Place> PLACES = new ArrayList<>();
    private static final Map<String, Place> BY_ALIAS = new HashMap<>();
    private static final List<String> BLOCKERS = List.of("日光浴", "海外", "海鮮", "海老", "海水", "海の家", "海辺の家",
            "山登り", "登山", "公園で遊", "公園遊び", "theme park", "water park", "amusement park", "safari park", "car park",
            "national park", "petting zoo", "sea life", "sea bream", "country music", "タイ料理", "中国語", "韓国語", "中国地方");
    private static int longestAlias;
    /** What kind of trip each prefecture is, said as a whole. */
    private static final Map<String, Kind> PREFECTURE_KINDS = Map.ofEntries(
            Map.entry("北海道", Kind.HIGHLAND),
            Map.entry("青森", Kind.NATURE),
            Map.entry("岩手", Kind.NATURE),
            Map.entry("宮城", Kind.NATURE),
            Map.entry("秋田", Kind.NATURE),
            Map.entry("山形", Kind.NATURE),
            Map.entry("福島", Kind.NATURE),
            Map.entry("茨城", Kind.NATURE),
            Map.entry("栃木", Kind.NATURE),
            Map.entry("群馬", Kind.NATURE),
            Map.entry("埼玉", Kind.CITY),
            Map.entry("千葉", Kind.SEASIDE),
            Map.entry("東京", Kind.CITY),
            Map.entry("神奈川", Kind.SEASIDE),
            Map.entry("新潟", Kind.NATURE),
            Map.entry("富山", Kind.NATURE),
            Map.entry("石川", Kind.HERITAGE),
            Map.entry("福井", Kind.NATURE),
            Map.entry("山梨", Kind.HIGHLAND),
            Map.entry("長野", Kind.HIGHLAND),
            Map.entry("岐阜", Kind.NATURE),
            Map.entry("静岡", Kind.SEASIDE),
            Map.entry("愛知", Kind.CITY),
            Map.entry("三重", Kind.SEASIDE),
            Map.entry("滋賀", Kind.NATURE),
            Map.entry("京都", Kind.HERITAGE),
            Map.entry("大阪", Kind.CITY),
            Map.entry("兵庫", Kind.NATURE),
            Map.entry("奈良", Kind.HERITAGE),
            Map.entry("和歌山", Kind.SEASIDE),
            Map.entry("鳥取", Kind.NATURE),
            Map.entry("島根", Kind.HERITAGE),
            Map.entry("岡山", Kind.NATURE),
            Map.entry("広島", Kind.CITY),
            Map.entry("山口", Kind.NATURE),
            Map.entry("徳島", Kind.NATURE),
            Map.entry("香川", Kind.NATURE),
            Map.entry("愛媛", Kind.NATURE),
            Map.entry("高知", Kind.SEASIDE),
            Map.entry("福岡", Kind.CITY),
            Map.entry("佐賀", Kind.NATURE),
            Map.entry("長崎", Kind.HERITAGE),
            Map.entry("熊本", Kind.NATURE),
            Map.entry("大分", Kind.SPA),
            Map.entry("宮崎", Kind.SEASIDE),
            Map.entry("鹿児島", Kind.NATURE),
            Map.entry("沖縄", Kind.SEASIDE));
    /** Other names a prefecture goes by on a trip (its regions, a landmark that stands for it). */
    private static final Map<String, List<String>> PREFECTURE_ALIASES = Map.ofEntries(
            Map.entry("北海道", List.of("ほっかいどう", "道東", "道南")),
            Map.entry("千葉", List.of("房総", "房総半島")),
            Map.entry("東京", List.of("とうきょう")),
            Map.entry("長野", List.of("信州")),
            Map.entry("滋賀", List.of("琵琶湖", "lake biwa")),
            Map.entry("京都", List.of("京都市", "きょうと", "嵐山", "arashiyama")),
            Map.entry("大阪", List.of("大阪市", "おおさか")),
            Map.entry("奈良", List.of("なら公園", "奈良公園")),
            Map.entry("鳥取", List.of("鳥取砂丘")),
            Map.entry("福岡", List.of("博多", "hakata")),
            Map.entry("熊本", List.of("阿蘇", "aso")),
            Map.entry("沖縄", List.of("おきなわ", "沖縄本島")));

    static {
        // Japan: prefectures and regions
        for (Prefectures.Prefecture prefecture : Prefectures.ALL) {
            List<String> aliases = new ArrayList<>(List.of(prefecture.official()));
            aliases.addAll(PREFECTURE_ALIASES.getOrDefault(prefecture.ja(), List.of()));
            named(prefecture.ja(), prefecture.en(), PREFECTURE_KINDS.get(prefecture.ja()), aliases.toArray(String[]::new));
        }
        named("東北", "Tohoku", Kind.NATURE, "東北地方");
        named("四国", "Shikoku", Kind.NATURE);
        named("九州", "Kyushu", Kind.NATURE);
        // Japan: cities and spots
        named("札幌", "Sapporo", Kind.CITY, "さっぽろ");
        named("函館", "Hakodate", Kind.CITY);
        named("小樽", "Otaru", Kind.HERITAGE);
        named("富良野", "Furano", Kind.HIGHLAND, "美瑛", "biei");
        named("知床", "Shiretoko", Kind.NATURE);
        named("ニセコ", "Niseko", Kind.SNOW);
        named("旭山動物園", "Asahiyama Zoo", Kind.THEME_PARK);
        named("仙台", "Sendai", Kind.CITY);
        named("松島", "Matsushima", Kind.SEASIDE);
        named("蔵王", "Zao", Kind.SNOW);
        named("日光", "Nikko", Kind.HERITAGE, "日光東照宮");
        named("那須", "Nasu", Kind.HIGHLAND, "那須高原");
        named("草津", "Kusatsu", Kind.SPA, "草津温泉");
        named("軽井沢", "Karuizawa", Kind.HIGHLAND, "かるいざわ");
        named("箱根", "Hakone", Kind.SPA, "はこね");
        named("鎌倉", "Kamakura", Kind.HERITAGE, "かまくら");
        named("江ノ島", "Enoshima", Kind.SEASIDE, "江の島", "えのしま");
        named("横浜", "Yokohama", Kind.CITY, "よこはま", "横浜中華街", "みなとみらい");
        named("浅草", "Asakusa", Kind.HERITAGE);
        named("お台場", "Odaiba", Kind.CITY);
        named("スカイツリー", "Tokyo Skytree", Kind.CITY, "東京スカイツリー", "skytree");
        named("熱海", "Atami", Kind.SPA);
        named("伊豆", "Izu", Kind.SEASIDE, "伊豆半島");
        named("富士山", "Mount Fuji", Kind.HIGHLAND, "ふじさん", "mt. fuji", "mt fuji", "mount fuji", "fuji");
        named("富士急ハイランド", "Fuji-Q Highland", Kind.THEME_PARK, "富士急", "fuji-q");
        named("河口湖", "Lake Kawaguchi", Kind.HIGHLAND, "lake kawaguchiko", "kawaguchiko");
        named("上高地", "Kamikochi", Kind.HIGHLAND);
        named("白馬", "Hakuba", Kind.SNOW);
        named("金沢", "Kanazawa", Kind.HERITAGE);
        named("白川郷", "Shirakawa-go", Kind.HERITAGE, "shirakawago");
        named("高山", "Takayama", Kind.HERITAGE, "飛騨高山");
        named("名古屋", "Nagoya", Kind.CITY);
        named("伊勢", "Ise", Kind.HERITAGE, "伊勢神宮", "お伊勢さん");
        named("神戸", "Kobe", Kind.CITY);
        named("有馬温泉", "Arima Onsen", Kind.SPA, "有馬", "arima");
        named("姫路", "Himeji", Kind.HERITAGE, "姫路城");
        named("淡路島", "Awaji Island", Kind.SEASIDE, "awaji");
        named("白浜", "Shirahama", Kind.SEASIDE, "南紀白浜");
        named("出雲", "Izumo", Kind.HERITAGE, "出雲大社");
        named("倉敷", "Kurashiki", Kind.HERITAGE);
        named("宮島", "Miyajima", Kind.HERITAGE, "厳島");
        named("道後温泉", "Dogo Onsen", Kind.SPA, "道後");
        named("別府", "Beppu", Kind.SPA);
        named("由布院", "Yufuin", Kind.SPA, "湯布院", "yufuin onsen");
        named("登別", "Noboribetsu", Kind.SPA);
        named("屋久島", "Yakushima", Kind.NATURE);
        named("石垣島", "Ishigaki", Kind.SEASIDE, "石垣", "ishigaki island");
        named("宮古島", "Miyako Island", Kind.SEASIDE, "miyakojima");
        named("那覇", "Naha", Kind.CITY);
        named("桜島", "Sakurajima", Kind.NATURE);
        named("ハウステンボス", "Huis Ten Bosch", Kind.THEME_PARK);
        named("ディズニーランド", "Disneyland", Kind.THEME_PARK, "東京ディズニーランド", "ディズニー", "ディズニーリゾート",
                "でぃずにー", "tokyo disneyland", "disney", "tdl");
        named("ディズニーシー", "DisneySea", Kind.THEME_PARK, "東京ディズニーシー", "disney sea", "tokyo disneysea");
        named("USJ", "Universal Studios Japan", Kind.THEME_PARK, "ユニバーサル・スタジオ・ジャパン", "ユニバーサルスタジオジャパン",
                "ユニバ", "ユニバーサル", "ゆにば", "universal studios");
        named("レゴランド", "Legoland", Kind.THEME_PARK);
        named("サンリオピューロランド", "Sanrio Puroland", Kind.THEME_PARK, "ピューロランド", "puroland");
        named("美ら海水族館", "Churaumi Aquarium", Kind.SEASIDE, "美ら海", "churaumi");
        named("鴨川シーワールド", "Kamogawa Sea World", Kind.SEASIDE, "シーワールド");
        // The world
        named("ハワイ", "Hawaii", Kind.SEASIDE, "はわい", "ホノルル", "honolulu", "ワイキキ", "waikiki", "hawai'i");
        named("グアム", "Guam", Kind.SEASIDE);
        named("サイパン", "Saipan", Kind.SEASIDE);
        named("バリ島", "Bali", Kind.SEASIDE);
        named("プーケット", "Phuket", Kind.SEASIDE);
        named("セブ島", "Cebu", Kind.SEASIDE, "セブ");
        named("モルディブ", "the Maldives", Kind.SEASIDE, "maldives");
        named("フィジー", "Fiji", Kind.SEASIDE);
        named("台湾", "Taiwan", Kind.CITY);
        named("台北", "Taipei", Kind.CITY);
        named("韓国", "Korea", Kind.CITY, "south korea");
        named("ソウル", "Seoul", Kind.CITY);
        named("釜山", "Busan", Kind.SEASIDE);
        named("香港", "Hong Kong", Kind.CITY);
        named("シンガポール", "Singapore", Kind.CITY);
        named("タイ", "Thailand", Kind.SEASIDE);
        named("バンコク", "Bangkok", Kind.CITY);
        named("ベトナム", "Vietnam", Kind.CITY);
        named("中国", "China", Kind.HERITAGE);
        named("北京", "Beijing", Kind.HERITAGE);
        named("上海", "Shanghai", Kind.CITY);
        named("オーストラリア", "Australia", Kind.NATURE);
        named("シドニー", "Sydney", Kind.CITY);
        named("ケアンズ", "Cairns", Kind.SEASIDE);
        named("ニュージーランド", "New Zealand", Kind.NATURE);
        named("カナダ", "Canada", Kind.NATURE);
        named("バンクーバー", "Vancouver", Kind.CITY);
        named("バンフ", "Banff", Kind.HIGHLAND);
        named("アメリカ", "America", Kind.CITY, "usa", "the states", "the us", "the u.s.");
        named("ニューヨーク", "New York", Kind.CITY, "nyc", "new york city");
        named("ロサンゼルス", "Los Angeles", Kind.CITY);
        named("サンフランシスコ", "San Francisco", Kind.CITY);
        named("シアトル", "Seattle", Kind.CITY);
        named("ラスベガス", "Las Vegas", Kind.CITY, "vegas");
        named("カリフォルニア", "California", Kind.SEASIDE);
        named("フロリダ", "Florida", Kind.SEASIDE);
        named("オーランド", "Orlando", Kind.THEME_PARK);
        named("ディズニーワールド", "Disney World", Kind.THEME_PARK, "walt disney world");
        named("アラスカ", "Alaska", Kind.SNOW);
        named("グランドキャニオン", "the Grand Canyon", Kind.NATURE, "grand canyon");
        named("イエローストーン", "Yellowstone", Kind.NATURE);
        named("ヨセミテ", "Yosemite", Kind.NATURE);
        named("メキシコ", "Mexico", Kind.SEASIDE);
        named("カンクン", "Cancun", Kind.SEASIDE);
        named("パリ", "Paris", Kind.CITY);
        named("フランス", "France", Kind.HERITAGE);
        named("ロンドン", "London", Kind.CITY);
        named("イギリス", "England", Kind.HERITAGE, "britain", "the uk", "uk");
        named("スコットランド", "Scotland", Kind.HIGHLAND);
        named("イタリア", "Italy", Kind.HERITAGE);
        named("ローマ", "Rome", Kind.HERITAGE);
        named("ベネチア", "Venice", Kind.HERITAGE, "ヴェネツィア");
        named("フィレンツェ", "Florence", Kind.HERITAGE);
        named("スペイン", "Spain", Kind.HERITAGE);
        named("バルセロナ", "Barcelona", Kind.CITY);
        named("ドイツ", "Germany", Kind.HERITAGE);
        named("スイス", "Switzerland", Kind.HIGHLAND, "the alps", "alps", "アルプス");
        named("フィンランド", "Finland", Kind.SNOW);
        named("ラップランド", "Lapland", Kind.SNOW);
        named("北欧", "Scandinavia", Kind.NATURE, "nordic countries");
        named("エジプト", "Egypt", Kind.HERITAGE);
        // Generic places: a destination only when the person goes there (see TripExtractor)
        generic("海", "the beach", Kind.SEASIDE, "うみ", "ビーチ", "海辺", "海岸", "浜辺", "beach", "sea", "seaside", "ocean",
                "coast");
        generic("山", "the mountains", Kind.HIGHLAND, "やま", "山の方", "mountains", "mountain", "hills");
        generic("川", "the river", Kind.NATURE, "river", "creek");
        generic("湖", "the lake", Kind.NATURE, "みずうみ", "lake");
        generic("公園", "the park", Kind.NATURE, "こうえん", "park", "playground");
        generic("森", "the forest", Kind.NATURE, "forest", "woods");
        generic("高原", "the highlands", Kind.HIGHLAND, "highlands");
        generic("田舎", "the countryside", Kind.NATURE, "countryside", "country");
        generic("おばあちゃんの家", "grandma's house", Kind.HOME, "おばあちゃんち", "おばあちゃん家", "祖母の家", "実家",
                "おじいちゃんの家", "おじいちゃんち", "grandma's", "grandma's house", "grandparents'", "grandparents' house",
                "grandparents", "nana's", "grandpa's");
        longestAlias = BY_ALIAS.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    private Gazetteer() {
    }

    private static void named(String ja, String en, Kind kind, String... aliases) {
        register(ja, en, kind, false, aliases);
    }

    private static void generic(String ja, String en, Kind kind, String... aliases) {
        register(ja, en, kind, true, aliases);
    }

    private static void register(String ja, String en, Kind kind, boolean generic, String... extra) {
        List<String> aliases = new ArrayList<>();
        aliases.add(Normalization.foldLower(ja));
        aliases.add(Normalization.foldLower(en));
        if (en.startsWith("the ")) {
            aliases.add(Normalization.foldLower(en.substring(4)));
        }
        for (String alias : extra) {
            aliases.add(Normalization.foldLower(alias));
        }
        Place place = new Place(ja, en, kind, generic, List.copyOf(aliases));
        PLACES.add(place);
        for (String alias : aliases) {
            BY_ALIAS.putIfAbsent(alias, place);
        }
    }

    /** Every place mentioned in a normalised text, left to right, longest alias first. */
    static List<Hit> scan(String normalized) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < normalized.length()) {
            int blocked = blockerAt(normalized, i);
            if (blocked > 0) {
                i += blocked;
                continue;
            }
            Hit hit = longestAt(normalized, i);
            if (hit != null) {
                hits.add(hit);
                i = hit.end();
            } else {
                i++;
            }
        }
        return hits;
    }

    /** The place a label or alias names, in either language. */
    static Optional<Place> find(String label) {
        return Optional.ofNullable(label).map(Normalization::foldLower).map(String::strip).map(BY_ALIAS::get);
    }

    static int size() {
        return PLACES.size();
    }

    private static int blockerAt(String text, int at) {
        for (String blocker : BLOCKERS) {
            String normalized = Normalization.foldLower(blocker);
            if (text.startsWith(normalized, at) && boundaryOk(text, at, at + normalized.length(), normalized)) {
                return normalized.length();
            }
        }
        return 0;
    }

    private static Hit longestAt(String text, int at) {
        if (at > 0 && isLatin(text.charAt(at)) && isWordChar(text.charAt(at - 1))) {
            return null;
        }
        for (int length = Math.min(longestAlias, text.length() - at); length >= 1; length--) {
            String candidate = text.substring(at, at + length);
            Place place = BY_ALIAS.get(candidate);
            if (place != null && boundaryOk(text, at, at + length, candidate)) {
                return new Hit(place, at, at + length);
            }
        }
        return null;
    }

    /**
     * Latin aliases need word boundaries on both sides ("rome" is not in "chromebook"); katakana
     * aliases must not be part of a longer katakana word (タイ is not in タイプ, パリ not in パリパリ).
     */
    private static boolean boundaryOk(String text, int start, int end, String alias) {
        if (!isLatin(alias.charAt(0))) {
            boolean before = !isKatakana(alias.charAt(0)) || start == 0 || !isKatakana(text.charAt(start - 1));
            boolean after = !isKatakana(alias.charAt(alias.length() - 1)) || end == text.length()
                    || !isKatakana(text.charAt(end));
            return before && after;
        }
        boolean before = start == 0 || !isWordChar(text.charAt(start - 1));
        boolean after = end == text.length() || !isWordChar(text.charAt(end))
                || (text.charAt(end) == '\'' && end + 1 < text.length() && text.charAt(end + 1) == 's');
        return before && after;
    }

    static boolean isKatakana(char c) {
        return (c >= '\u30A1' && c <= '\u30FA') || c == '\u30FC';
    }

    private static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    private static boolean isWordChar(char c) {
        return c < 0x250 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
