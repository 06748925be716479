package dev.hera.agent.family.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.agent.text.Normalization;

/**
 * The activities a family trip is made of, each normalised to one short label per language
 * (海で泳ぐ → 海水浴 / swimming; 水族館に行く → 水族館 / the aquarium). Patterns run on the
 * normalised text ({@link Normalization#foldLower}); overlapping matches keep the earliest, then the
 * longest ("swimming pool" is the pool, not swimming).
 */
final class ActivityLexicon {

    /** An activity found in a text. */
    record Hit(Activity activity, int start, int end) {
    }

    private static final List<Activity> ACTIVITIES = new ArrayList<>();

    static {
        add("swim", "海水浴", "swimming", "海水浴|海で泳|海に入|海で遊|海遊び|泳|およ[ぎぐいごげ]|ビーチで遊|波遊び",
                "\\bswim(?:ming|s)?\\b|\\bswam\\b|\\bplay(?:ing)? in the (?:sea|waves|ocean)\\b|\\bbeach day\\b",
                "海で泳ぎたい", "うみ", "海でのんびり泳ぐ", "swim in the sea", "Splash", "a swim in the sea");
        add("pool", "プール", "the pool", "プール|ウォータースライダー|ウォーターパーク",
                "\\b(?:swimming )?pools?\\b|\\bwater ?parks?\\b|\\bwater ?slides?\\b",
                "プールで遊びたい", "プール", "プールでひと泳ぎする", "play in the pool", "Pool", "a lazy afternoon at the pool");
        add("aquarium", "水族館", "the aquarium", "水族館|すいぞくかん|アクアリウム|イルカショー|ペンギン|ジンベエザメ",
                "\\baquariums?\\b|\\bdolphin shows?\\b|\\bpenguins?\\b|\\bsea life\\b",
                "水族館でお魚を見たい", "おさかな", "水族館でゆっくりお魚を眺める", "see the fish at the aquarium", "Fishies",
                "a quiet hour at the aquarium");
        add("bbq", "バーベキュー", "a barbecue", "バーベキュー|bbq|焼き肉|焼肉",
                "\\bbarbe(?:c|qu)ues?\\b|\\bbbq\\b|\\bcookout\\b|\\bgrill(?:ing)?\\b",
                "お肉をいっぱい焼きたい", "おにく", "みんなでバーベキューを囲む", "grill sausages", "Yummy",
                "a barbecue together");
        add("camping", "キャンプ", "camping", "キャンプ|(?<![ァ-ヺー])テント(?![ァ-ヺー])|グランピング|焚き火|たき火",
                "\\bcamp(?:ing|ground|grounds|site|sites|fire|fires)?\\b|\\btents?\\b|\\bglamping\\b",
                "テントで寝たい", "テント", "焚き火を囲んでのんびりする", "sleep in a tent", "Tent", "a night in a tent");
        add("onsen", "温泉", "the hot springs", "温泉|おんせん|露天風呂|足湯|湯めぐり",
                "\\bhot springs?\\b|\\bonsens?\\b|\\bspa\\b|\\bhot baths?\\b",
                "温泉に入りたい", "おふろ", "温泉でゆっくり温まる", "splash in the hot springs", "Bath",
                "a long soak in the hot springs");
        add("hiking", "ハイキング", "hiking", "ハイキング|山登り|登山|トレッキング|山歩き|山に登|山を登",
                "\\bhik(?:e|es|ing)\\b|\\btrek(?:king)?\\b|\\bclimb(?:ing)? (?:a |the )?(?:mountain|hill)s?\\b"
                        + "|\\bmountain climbing\\b|\\bwalk in the (?:mountains|woods|forest)\\b",
                "山のてっぺんまで登りたい", "やま", "森の中をのんびり歩く", "climb all the way to the top", "Up, up",
                "a walk through the woods");
        add("fireworks", "花火", "fireworks", "花火|はなび",
                "\\bfireworks?\\b|\\bsparklers?\\b",
                "花火を見たい", "ドーン", "夜空の花火を見上げる", "watch the fireworks", "Boom", "fireworks on a summer night");
        add("zoo", "動物園", "the zoo", "動物園|どうぶつえん|サファリ|パンダ|動物を見|キリン|ライオン|ゾウを見",
                "\\bzoos?\\b|\\bsafari\\b|\\bpandas?\\b|\\bgiraffes?\\b|\\blions?\\b|\\belephants?\\b",
                "ライオンを見たい", "ぞうさん", "動物園でのんびり動物を眺める", "see the lions", "Lion",
                "an afternoon at the zoo");
        add("themepark", "遊園地", "a theme park",
                "遊園地|ゆうえんち|テーマパーク|ジェットコースター|観覧車|メリーゴーランド|コーヒーカップ|アトラクション",
                "\\btheme parks?\\b|\\bamusement parks?\\b|\\broller ?coasters?\\b|\\bferris wheels?\\b|\\bcarousels?\\b"
                        + "|\\brides\\b",
                "ジェットコースターに乗りたい", "くるくる", "観覧車からのんびり景色を眺める", "ride the roller coaster",
                "Wheee", "a day of rides at a theme park");
        add("picnic", "ピクニック", "a picnic", "ピクニック|お弁当|おべんとう",
                "\\bpicnics?\\b|\\bpacked lunch\\b",
                "外でお弁当を食べたい", "おべんとう", "芝生でお弁当を広げる", "eat lunch on a blanket", "Sandwich",
                "a picnic on the grass");
        add("fishing", "釣り", "fishing", "釣り|釣る|釣ろう|釣れ|魚釣|(?<!お)つり(?![革合橋])",
                "\\bfishing\\b|\\bgo fish\\b|\\bcatch (?:some |a )?fish\\b",
                "大きい魚を釣りたい", "おさかな", "のんびり釣り糸を垂らす", "catch a big fish", "Fish",
                "a quiet morning of fishing");
        add("skiing", "スキー", "skiing", "(?<![ァ-ヺー])スキー|スノボ|スノーボード|ゲレンデ",
                "\\bski(?:ing|s)?\\b|\\bsnowboard(?:ing)?\\b|\\bslopes\\b",
                "スキーでびゅーんってすべりたい", "ゆき", "ゲレンデを気持ちよく滑る", "zoom down the slopes", "Snow",
                "a day on the slopes");
        add("snow", "雪遊び", "playing in the snow", "雪遊び|雪だるま|雪合戦|そり遊び|ソリ(?![ァ-ヺー])|かまくら作",
                "\\bsnowm[ae]n\\b|\\bsnowball(?: fight)?s?\\b|\\bsled(?:ding|s)?\\b|\\bplay(?:ing)? in the snow\\b",
                "雪だるまを作りたい", "ゆき", "雪の中で思いきり遊ぶ", "build a snowman", "Snow", "an afternoon in the snow");
        add("shopping", "買い物", "shopping", "買い物|かいもの|ショッピング|お土産|おみやげ|アウトレット",
                "\\bshopping\\b|\\bsouvenirs?\\b|\\boutlets?\\b|\\bthe mall\\b|\\bmarkets?\\b",
                "おみやげを選びたい", "おかいもの", "おみやげをゆっくり選ぶ", "pick out souvenirs", "Shop",
                "a little souvenir shopping");
        add("gourmet", "グルメ", "the local food",
                "グルメ|美味しいもの|おいしいもの|美味しい(?:ご飯|ごはん|料理|お店|店)|おいしい(?:ご飯|ごはん|料理|お店|店)"
                        + "|食べ歩き|名物|海鮮|お寿司|寿司|ラーメン|スイーツ|ソフトクリーム|ご当地",
                "\\blocal food\\b|\\bgood food\\b|\\bdelicious food\\b|\\bstreet food\\b|\\bfood tours?\\b|\\bseafood\\b"
                        + "|\\bsushi\\b|\\bramen\\b|\\bice cream\\b|\\beat(?:ing)? (?:lots|something|well|out)\\b"
                        + "|\\btry the food\\b|\\bfoodie\\b",
                "おいしいものいっぱい食べたい", "もぐもぐ", "その土地のおいしいものを味わう", "eat lots of yummy food", "Yum",
                "a long lunch of the local food");
        add("sightseeing", "観光", "sightseeing", "観光|名所|街歩き|まち歩き|散策|見て回|見てまわ|世界遺産|お城",
                "\\bsightseeing\\b|\\bsights\\b|\\bexplor(?:e|ing) (?:the )?(?:city|town|old town|streets)\\b"
                        + "|\\btour(?:ing)? the (?:city|town)\\b|\\blandmarks?\\b|\\bcastles?\\b",
                "いろんなところを見てまわりたい", "おさんぽ", "知らない町をゆっくり歩く", "explore everywhere", "Look",
                "a slow walk around the town");
        add("shrines", "神社めぐり", "the temples and shrines", "神社|お寺|寺社|お参り|参拝|初詣|鳥居",
                "\\btemples?\\b|\\bshrines?\\b",
                "大きな鳥居を見たい", "とりい", "静かな神社でお参りする", "ring the big bell at the shrine", "Bell",
                "a quiet visit to the shrines");
        add("photos", "写真撮影", "taking photos", "写真|撮影|カメラ",
                "\\bphotos?\\b|\\bpictures\\b|\\bphotographs?\\b|\\bphotography\\b|\\bselfies?\\b|\\bcamera\\b",
                "いっぱい写真を撮りたい", "パシャ", "みんなで写真を撮る", "take lots of pictures", "Cheese",
                "a few family photos");
        add("stargazing", "星空観察", "stargazing", "星空|星を見|天体観測|流れ星|ほしぞら|満天の星",
                "\\bstargaz(?:e|ing)\\b|\\b(?:look at|see|watch) the stars\\b|\\bshooting stars?\\b|\\bnight sky\\b"
                        + "|\\bmilky way\\b",
                "流れ星を見つけたい", "おほしさま", "満天の星を見上げる", "find a shooting star", "Stars",
                "a night under the stars");
        add("cycling", "サイクリング", "cycling", "サイクリング|自転車|レンタサイクル",
                "\\bcycl(?:e|ing)\\b|\\bbike rides?\\b|\\bbiking\\b|\\bbicycles?\\b|\\bbikes\\b",
                "自転車で走りたい", "じてんしゃ", "風を切って自転車で走る", "ride bikes really fast", "Bike",
                "a bike ride along the water");
        add("museum", "博物館", "the museum", "博物館|科学館|恐竜|資料館",
                "\\bmuseums?\\b|\\bscience (?:center|centre|museum)\\b|\\bdinosaurs?\\b",
                "恐竜の骨を見たい", "きょうりゅう", "博物館でじっくり展示を見る", "see the dinosaur bones", "Dino",
                "a quiet hour at the museum");
        add("art", "美術館", "the art museum", "美術館|(?<![ァ-ヺー])アート(?![ァ-ヺー])|絵を見",
                "\\bart (?:museums?|galler(?:y|ies))\\b|\\bgalleries\\b|\\bgallery\\b",
                "きれいな絵を見たい", "え", "美術館でゆっくり絵を眺める", "see the big paintings", "Pretty",
                "an afternoon at the art museum");
        add("farm", "牧場", "the farm", "牧場|乳しぼり|乗馬|ポニー|ふれあい|ヤギ|ひつじ|羊",
                "\\bfarms?\\b|\\branch\\b|\\bhorse ?riding\\b|\\bpon(?:y|ies)\\b|\\bpetting zoo\\b|\\bgoats?\\b|\\bsheep\\b",
                "子ヤギにさわりたい", "めえめえ", "牧場でのんびり動物とふれあう", "feed the baby goats", "Baa",
                "a morning at the farm");
        add("fruitpicking", "果物狩り", "fruit picking",
                "(?:いちご|イチゴ|苺|ぶどう|ブドウ|葡萄|みかん|ミカン|りんご|リンゴ|林檎|さくらんぼ|サクランボ|桃|もも"
                        + "|ブルーベリー|果物|フルーツ|梨|なし)狩り",
                "\\b(?:strawberry|fruit|apple|cherry|grape|blueberry|orange|peach) picking\\b"
                        + "|\\bpick(?:ing)? (?:strawberries|apples|fruit|cherries|grapes|blueberries|peaches)\\b",
                "いちごをいっぱい摘みたい", "いちご", "甘い果物を摘む", "pick the biggest strawberry", "Berry",
                "a morning of fruit picking");
        add("clams", "潮干狩り", "clam digging", "潮干狩り|しおひがり|貝掘り",
                "\\bclam(?:ming| digging)\\b|\\bdig(?:ging)? for clams\\b",
                "貝をいっぱい掘りたい", "かい", "のんびり貝を探す", "dig up lots of clams", "Clam",
                "an afternoon of clam digging");
        add("river", "川遊び", "playing in the river", "川遊び|川で遊|沢遊び|川に入",
                "\\bplay(?:ing)? in the (?:river|creek|stream)\\b|\\bpaddl(?:e|ing) in the (?:river|creek|stream)\\b",
                "川でじゃぶじゃぶしたい", "じゃぶじゃぶ", "冷たい川で涼む", "splash in the river", "Splash",
                "an afternoon by the river");
        add("waterplay", "水遊び", "playing in the water", "水遊び|みずあそび",
                "\\bplay(?:ing)? in the water\\b|\\bwater play\\b|\\bsplash(?:ing)? around\\b",
                "水でばしゃばしゃ遊びたい", "ばしゃばしゃ", "水辺でのんびり遊ぶ", "splash around in the water", "Splash",
                "some splashing about in the water");
        add("sand", "砂遊び", "building sandcastles", "砂遊び|砂浜で遊|砂のお城|砂山|貝殻|貝がら|かいがら",
                "\\bsand ?castles?\\b|\\bplay(?:ing)? in the sand\\b|\\bseashells?\\b",
                "大きな砂のお城を作りたい", "おすな", "砂浜で貝がらを探す", "build a giant sandcastle", "Sand",
                "a sandcastle on the beach");
        add("snorkel", "シュノーケリング", "snorkeling", "シュノーケ(?:リング|ル)|ダイビング|スキューバ|潜りたい|もぐりたい",
                "\\bsnorkel(?:l?ing)?\\b|\\bdiving\\b|\\bscuba\\b",
                "海の中をのぞいてみたい", "おさかな", "透きとおった海をのぞく", "see the fish under the water", "Fishies",
                "an hour of snorkeling");
        add("canoe", "カヌー", "canoeing", "カヌー|カヤック|ラフティング|パドルボード",
                "\\bcano(?:e|eing|es)\\b|\\bkayak(?:ing)?\\b|\\brafting\\b|\\bpaddle ?board(?:ing)?\\b",
                "カヌーをこいでみたい", "ぎっこん", "静かな水面をカヌーで進む", "paddle a canoe", "Row, row",
                "a slow paddle across the water");
        add("boat", "遊覧船", "a boat ride", "遊覧船|クルーズ|船に乗|(?<![ァ-ヺー])ボート(?![ァ-ヺー])|フェリー|観光船",
                "\\bboat(?: rides?| trips?)?\\b|\\bboats\\b|\\bcruises?\\b|\\bferr(?:y|ies)\\b",
                "船に乗ってみたい", "おふね", "遊覧船で風に吹かれる", "ride on a big boat", "Boat", "a boat ride on the water");
        add("autumn", "紅葉狩り", "the autumn leaves", "紅葉|もみじ狩り|もみじがり",
                "\\bautumn leaves\\b|\\bfall (?:foliage|colou?rs|leaves)\\b|\\bfoliage\\b",
                "きれいな葉っぱを拾いたい", "はっぱ", "色づいた山を眺める", "collect the reddest leaves", "Leaf",
                "a walk under the autumn leaves");
        add("hanami", "お花見", "cherry blossom viewing", "お花見|花見|夜桜|(?<![桜])桜(?![島木])",
                "\\bcherry blossoms?\\b|\\bhanami\\b",
                "桜の花びらをつかまえたい", "はなびら", "桜の下でのんびりする", "catch a falling petal", "Petal",
                "an afternoon under the cherry blossoms");
        add("flowers", "お花畑", "the flower fields",
                "お花畑|花畑|ひまわり|ヒマワリ|ラベンダー|チューリップ|ネモフィラ|コスモス|フラワーパーク",
                "\\bflower (?:fields?|gardens?)\\b|\\blavender\\b|\\bsunflowers?\\b|\\btulips?\\b",
                "お花畑を走りたい", "おはな", "一面の花畑を眺める", "run through the flowers", "Flower",
                "a stroll through the flower fields");
        add("nightview", "夜景", "the night view", "夜景|やけい|イルミネーション",
                "\\bnight views?\\b|\\bcity lights\\b|\\billuminations?\\b|\\bview at night\\b",
                "キラキラの夜景を見たい", "キラキラ", "高いところから夜景を眺める", "see the twinkly lights", "Sparkly",
                "the city lights at night");
        add("walk", "散歩", "a walk", "散歩|さんぽ|ぶらぶら",
                "\\bstroll\\b|\\bgo for a walk\\b|\\bwalk along\\b|\\ba walk\\b|\\bwalks\\b",
                "いっしょにお散歩したい", "おさんぽ", "のんびり散歩する", "go on a long walk", "Walk", "a slow walk together");
        add("train", "電車の旅", "a train ride",
                "電車|新幹線|列車|汽車|(?<![a-z])sl(?![a-z])|ロープウェイ|ケーブルカー",
                "\\btrain rides?\\b|\\bbullet train\\b|\\bsteam train\\b|\\bshinkansen\\b|\\bcable car\\b|\\bgondola\\b"
                        + "|\\bride the train\\b",
                "新幹線に乗りたい", "でんしゃ", "車窓の景色をのんびり眺める", "ride the bullet train", "Choo choo",
                "a long train ride");
        add("drive", "ドライブ", "a scenic drive", "ドライブ",
                "\\broad trip\\b|\\bscenic drive\\b|\\bgo for a drive\\b|\\bdrive along\\b",
                "車で遠くまで行きたい", "ブーブー", "景色のいい道をドライブする", "sing songs in the car", "Vroom",
                "a long scenic drive");
        add("crafts", "ものづくり体験", "a craft workshop",
                "陶芸|そば打ち|ものづくり|工作|手作り体験|体験教室|ガラス細工|とんぼ玉|ジャム作り|アクセサリー作り",
                "\\bpottery\\b|\\bcrafts?\\b|\\bworkshops?\\b|\\bglass ?blowing\\b",
                "自分だけのお皿を作りたい", "つくる", "自分たちの手で何かを作る", "make my own cup", "Make",
                "a hands-on craft workshop");
        add("festival", "お祭り", "the festival", "お祭り|祭り|まつり|縁日|盆踊り|夜店|屋台",
                "\\bfestivals?\\b|\\bparades?\\b|\\bstreet fair\\b|\\bfood stalls\\b",
                "屋台でわたあめを食べたい", "わたあめ", "お祭りの屋台をのんびり回る", "eat cotton candy at the festival",
                "Candy", "an evening at the summer festival");
        add("caves", "洞窟探検", "exploring caves", "鍾乳洞|洞窟|どうくつ",
                "\\bcaves?\\b|\\bcaving\\b",
                "洞窟を探検したい", "まっくら", "ひんやりした鍾乳洞を歩く", "explore a real cave", "Dark",
                "a walk through the caves");
        add("whales", "ホエールウォッチング", "whale watching",
                "ホエールウォッチング|イルカウォッチング|クジラ|くじら|イルカと泳|イルカに会",
                "\\bwhale ?watching\\b|\\bdolphin watching\\b|\\bwhales?\\b|\\bswim(?:ming)? with dolphins\\b",
                "クジラを見てみたい", "くじら", "船の上から海を眺める", "see a real whale", "Whale",
                "an hour watching for whales");
        add("movie", "映画", "a movie", "映画|えいが",
                "\\bmovies?\\b|\\bcinema\\b|\\bfilms?\\b",
                "映画を見たい", "えいが", "映画館でゆっくり映画を観る", "watch a movie with popcorn", "Movie",
                "a movie with a big bucket of popcorn");
    }

    private ActivityLexicon() {
    }

    private static void add(String id, String ja, String en, String jaPattern, String enPattern, String jaKid,
            String jaBaby, String jaAdult, String enKid, String enBaby, String enAdult) {
        Pattern pattern = Pattern.compile(Normalization.foldLower(jaPattern) + "|" + enPattern);
        ACTIVITIES.add(new Activity(id, ja, en, pattern, jaKid, jaBaby, jaAdult, enKid, enBaby, enAdult));
    }

    /** Every activity mentioned in a normalised text, left to right, without overlaps. */
    static List<Hit> scan(String normalized) {
        List<Hit> all = new ArrayList<>();
        for (Activity activity : ACTIVITIES) {
            Matcher matcher = activity.pattern().matcher(normalized);
            while (matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    all.add(new Hit(activity, matcher.start(), matcher.end()));
                }
            }
        }
        all.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
        List<Hit> kept = new ArrayList<>();
        int covered = 0;
        for (Hit hit : all) {
            if (hit.start() >= covered) {
                kept.add(hit);
                covered = hit.end();
            }
        }
        return kept;
    }

    /** The activity a stored label stands for, in either language. */
    static Optional<Activity> byLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String key = Normalization.foldLower(label).strip();
        for (Activity activity : ACTIVITIES) {
            if (Normalization.foldLower(activity.ja()).equals(key) || Normalization.foldLower(activity.en()).equals(key)) {
                return Optional.of(activity);
            }
        }
        return Optional.empty();
    }

    /** True when a normalised text mentions one of the lexicon's activities. */
    static boolean mentionsActivity(String normalized) {
        return !scan(normalized).isEmpty();
    }

    static int size() {
        return ACTIVITIES.size();
    }
}
