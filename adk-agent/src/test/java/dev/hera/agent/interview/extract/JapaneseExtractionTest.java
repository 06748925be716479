package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;
import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;

import java.util.stream.Stream;


import dev.hera.model.RelationshipStatus;

/** Japanese messages, polite, casual and Kansai, each with the fields its fragment must (not) have. */
class JapaneseExtractionTest extends ExtractionTables {

    static Stream<ExtractionCase> ages() {
        return Stream.of(
                ja("32歳です", "age=32"),
                ja("３２才です。", "age=32"),
                ja("三十五歳の会社員です", "age=35", "name=-"),
                ja("私は四十二歳です", "age=42", "name=-"),
                ja("二十九", "age=29").asked("おいくつですか？"),
                ja("41歳になりました", "age=41"),
                ja("年齢は２８です", "age=28"),
                ja("アラサーです", "age=-"),
                ja("30代前半です", "age=-"),
                ja("母は60歳です", "age=-"),
                ja("5歳の娘がいます", "age=-"),
                ja("3歳年上の人がいい", "age=-"),
                ja("いや、35です", "age=35", "corrected=AGE").asked("年齢を教えてください").given(profile().age(33).build()),
                ja("33じゃなくて34歳です", "age=34", "corrected=AGE"),
                ja("来年30歳になります。今は29歳です", "age=29"),
                ja("妻は30歳で、私は32歳です", "age=32", "p.age=30", "partner=current"),
                ja("32やで", "age=32").asked("何歳ですか？"));
    }

    static Stream<ExtractionCase> genders() {
        return Stream.of(
                ja("32歳の女性です", "gender=女性", "age=32"),
                ja("男です", "gender=男性"),
                ja("理想は優しい男性です", "gender=-", "partner=ideal", "p.temperament=優しい", "traits=-"),
                ja("私は明るい女性です", "gender=女性", "E=0.75"),
                ja("独身男性です", "gender=男性", "status=single"),
                ja("専業主婦です", "gender=女性"),
                ja("男性が好きです", "gender=-"),
                ja("優しい女性と結婚したい", "gender=-", "status=-"),
                ja("うちは27歳の女やで", "gender=女性", "age=27"),
                ja("性別は男です", "gender=男性"),
                ja("女の子が欲しいです", "gender=-", "kids=女:?"));
    }

    static Stream<ExtractionCase> statuses() {
        return Stream.of(
                ja("独身です", "status=single"),
                ja("未婚です", "status=single"),
                ja("彼氏いないです", "status=single"),
                ja("今はシングルです", "status=single"),
                ja("既婚です", "status=married"),
                ja("結婚しています", "status=married"),
                ja("妻がいます", "status=married"),
                ja("夫がいます", "status=married"),
                ja("うちの嫁はほんまに優しいねん", "status=married", "partner=current", "pA=0.85", "traits=-", "p.name=-"),
                ja("旦那と二人暮らしです", "status=married"),
                ja("付き合っている人がいます", "status=partnered"),
                ja("彼女がいます", "status=partnered"),
                ja("彼氏がいます", "status=partnered"),
                ja("パートナーがいます", "status=partnered"),
                ja("彼氏と同棲しています", "status=partnered"),
                ja("婚約中です", "status=partnered"),
                ja("バツイチです", "status=single"),
                ja("離婚して今は一人です", "status=single"),
                ja("結婚はしていません", "status=single"),
                ja("結婚したいです", "status=-"),
                ja("姉は独身です", "status=-"),
                ja("複雑な関係です", "status=other"),
                ja("独身やで", "status=single"),
                ja("彼氏おらへん", "status=single"));
    }

    static Stream<ExtractionCase> locations() {
        return Stream.of(
                ja("大阪に住んでいます", "location=大阪"),
                ja("大阪市在住です", "location=大阪市"),
                ja("東京都港区に住んでいます", "location=東京都港区"),
                ja("港区住みです", "location=東京都港区"),
                // how near the place is stays with it
                ja("梅田のあたりに住んでんねん", "location=大阪府大阪市北区梅田のあたり"),
                ja("世田谷区の下北沢寄りに住んでる", "location=東京都世田谷区下北沢寄り").asked("どこに住んでる？"),
                ja("仙台の郊外に家族で住んでいます", "location=仙台の郊外"),
                ja("京都駅の近くで一人暮らしです", "location=京都駅の近く"),
                ja("札幌在住の30歳です", "location=札幌", "age=30"),
                ja("福岡に住んでます", "location=福岡"),
                ja("静岡県磐田市に住んでいます", "location=静岡県磐田市"),
                ja("神奈川県横浜市に住んでいます", "location=神奈川県横浜市"),
                ja("渋谷区に住んでます", "location=東京都渋谷区"),
                ja("シアトルに住んでいます", "location=シアトル"),
                ja("大阪です", "location=大阪").asked("どちらにお住まいですか？"),
                ja("沖縄に旅行に行きたいです", "location=-"),
                ja("出身は広島で、今は東京に住んでいます", "location=東京"),
                ja("大阪じゃなくて京都に住んでいます", "location=京都"),
                ja("会社の近くに住んでいます", "location=-"),
                ja("千葉さんという友達がいます", "location=-"),
                ja("ロンドンで働いています", "location=ロンドン"),
                ja("いや、今は名古屋に住んでいます", "location=名古屋", "corrected=LOCATION").given(profile().location("大阪").build()),
                ja("京都に住んでんねん", "location=京都"),
                ja("大阪におるで", "location=大阪"),
                ja("インドア派です", "location=-", "E=0.25"));
    }

    static Stream<ExtractionCase> incomes() {
        return Stream.of(
                ja("年収450万です", "income=450万円"),
                ja("600万円くらいです", "income=600万円"),
                ja("年収1億", "income=1億円"),
                ja("年収5,000,000円です", "income=500万円"),
                ja("年収は500〜600万円です", "income=500〜600万円"),
                ja("年収は500万から600万くらい", "income=500〜600万円"),
                ja("年収四百五十万円です", "income=450万円"),
                ja("年収は一千万くらい", "income=1000万円"),
                ja("年収は４５０万です", "income=450万円"),
                ja("年収は1億2000万円", "income=1億2000万円"),
                ja("年収は1000万以上です", "income=1000万円以上"),
                ja("いや、正確には430万です", "income=430万円", "corrected=INCOME_RANGE").given(profile().income("400万円").build()),
                ja("年収は400万じゃなくて450万です", "income=450万円"),
                ja("月収30万です", "income=月30万円"),
                ja("夫の年収は800万です", "income=-"),
                ja("年収600万以上の人がいい", "income=-"),
                ja("貯金は300万円あります", "income=-"),
                ja("32歳で、年収は400万くらいです", "age=32", "income=400万円"),
                ja("稼ぎは年収350万くらいやな", "income=350万円"),
                ja("450", "income=450万円").asked("年収はどれくらいですか？"),
                ja("子供は2人欲しいです", "income=-", "kids#=2"));
    }

    static Stream<ExtractionCase> personalities() {
        return Stream.of(
                ja("私は明るい性格です", "E=0.75"),
                ja("社交的で活発です", "E=0.75"),
                ja("几帳面で計画的です", "C=0.75"),
                ja("優しいと言われます", "A=0.75"),
                ja("好奇心旺盛で新しいこと好きです", "O=0.75"),
                ja("落ち着いていて楽観的です", "N=0.25"),
                ja("心配性で慎重です", "N=0.75"),
                ja("内向的で静かなタイプです", "E=0.25"),
                ja("人見知りです", "E=0.25"),
                ja("明るくないです", "E=0.3"),
                ja("社交的ではないです", "E=0.3"),
                ja("あまり社交的じゃない", "E=0.3"),
                ja("全然明るくない", "E=0.2"),
                ja("人見知りはしないです", "E=0.7"),
                ja("心配性じゃないです", "N=0.3"),
                ja("思いやりがない", "A=0.3"),
                ja("とても優しいです", "A=0.85"),
                ja("すごく几帳面", "C=0.85"),
                ja("ちょっと人見知り", "E=0.35"),
                ja("めっちゃ明るいで", "E=0.85"),
                ja("おっとりしてるねん", "A=0.75", "N=0.25"),
                ja("せっかちやねん", "N=0.75"),
                ja("几帳面ちゃうねん", "C=0.3"),
                ja("明るないねん", "E=0.3"),
                ja("ネガティブだが頑張り屋", "N>0.7", "E<0.3", "C>0.7"),
                ja("明るいけど人見知り", "E=0.5"),
                ja("ずぼらで面倒くさがりです", "C=0.25"),
                ja("寛容で思いやりがある", "A=0.75"),
                ja("冷静で動じない", "N=0.25"),
                ja("真面目で責任感が強いです", "C=0.75", "face=-"),
                ja("人懐っこくて、おもろいってよく言われます", "E=0.75"),
                ja("私は好奇心旺盛で、友達と出かけるのが好きな社交的なタイプです。", "O=0.75", "E=0.75", "partner=-"));
    }

    static Stream<ExtractionCase> partners() {
        return Stream.of(
                ja("理想の相手は穏やかで誠実な人", "partner=ideal", "p.temperament=穏やかで誠実", "traits=-", "pA>0.7", "pN<0.3"),
                ja("名前はけんたさんがいいな", "p.name=けんた", "name=-", "partner=ideal")
                        .given(profile().status(RelationshipStatus.SINGLE).build()),
                ja("けんたという名前の人がいい", "p.name=けんた", "partner=ideal"),
                ja("妻の名前は美咲です", "p.name=美咲", "partner=current", "status=married", "name=-"),
                ja("妻は美咲です", "p.name=美咲", "partner=current"),
                ja("彼の名前は翔太くんです", "p.name=翔太").given(profile().status(RelationshipStatus.PARTNERED).build()),
                ja("けんたです", "p.name=けんた", "name=-", "partner=ideal").asked("理想のお相手のお名前は何がいいですか？"),
                ja("背が高くて短い黒髪、眼鏡が似合う優しい目の人です", "face=背が高くて短い黒髪、眼鏡が似合う優しい目", "traits=-")
                        .asked("理想のお相手の見た目を教えてください"),
                ja("夫は優しくて、背が高いです", "partner=current", "p.temperament~優し", "p.appearance~背が高", "traits=-"),
                ja("理想は茶髪でロングの人", "partner=ideal", "p.appearance=茶髪でロング"),
                ja("見た目は笑顔が素敵な人がいい", "p.appearance~笑顔", "gender=-"),
                ja("けんたくんは優しくて面白い人です", "p.temperament=優しくて面白い", "traits=-")
                        .given(profile().status(RelationshipStatus.SINGLE).idealPartner("けんた").build()),
                ja("妻は明るくて、私は内向的です", "E=0.25", "pE=0.75", "partner=current"),
                ja("私は几帳面で、夫はおおらかです", "C=0.75", "pN=0.25", "N=-", "A=-"),
                ja("理想の人は優しい人で、私は明るいです", "E=0.75", "A=-", "pA=0.75"),
                ja("優しくて面白い人がいいな", "partner=ideal", "traits=-", "p.temperament=優しくて面白い")
                        .given(profile().status(RelationshipStatus.SINGLE).build()),
                ja("性格は穏やかで、見た目は眼鏡をかけている人がいい", "p.temperament~穏やか", "p.appearance~眼鏡", "traits=-"),
                ja("優しい目の人がいい", "traits=-", "face=優しい目"),
                ja("理想はおもろくて優しい人やな。名前はしょうたくんがええわ。", "p.name=しょうた", "p.temperament=おもろくて優しい",
                        "traits=-"),
                ja("旦那は真面目やけど、ちょっと頑固やねん", "partner=current", "pC=0.75", "pA=0.35", "traits=-"),
                ja("名前は田中です", "name=田中", "partner=-"));
    }

    static Stream<ExtractionCase> children() {
        return Stream.of(
                ja("子供は二人欲しいです", "kids=?:?,?:?", "orders=1,2"),
                ja("女の子のみおと男の子のそうま", "kids=女:みお,男:そうま", "orders=1,2"),
                ja("一人っ子がいい", "kids=?:?"),
                ja("長女はさくら、長男はゆうと", "kids=女:さくら,男:ゆうと"),
                ja("さくらという女の子が欲しい", "kids=女:さくら", "name=-", "partner=-"),
                ja("女の子が欲しいです", "kids=女:?"),
                ja("男の子と女の子が一人ずつ欲しい", "kids=男:?,女:?"),
                ja("女の子が二人欲しい", "kids=女:?,女:?"),
                ja("三人の子供が欲しい", "kids#=3"),
                ja("双子の女の子がいいな", "kids=女:?,女:?"),
                ja("子供はいらないです", "kids=-"),
                ja("姉は女の子が二人います", "kids=-"),
                ja("子供は3人ほしいわ。長男ははると、次女はゆい、三男はそうた！", "kids=男:はると,女:ゆい,男:そうた", "orders=1,2,3"),
                ja("女の子ならさくら、男の子ならはると", "kids=女:さくら,男:はると"),
                ja("子供は二人欲しいです。女の子のみおと男の子のそうま。", "kids=女:みお,男:そうま", "p.name=-", "name=-"));
    }

    static Stream<ExtractionCase> userNames() {
        return Stream.of(
                ja("私はさくらです", "name=さくら"),
                ja("さくらと申します。よろしくお願いします", "name=さくら"),
                ja("はじめまして、ゆうきです。よろしくお願いします！", "name=ゆうき"),
                ja("私は会社員です", "name=-"),
                ja("私は32歳です", "name=-", "age=32"),
                ja("私は独身です", "name=-", "status=single"),
                ja("私は大阪です", "name=-", "location=大阪"),
                ja("名前は未定です", "name=-"),
                ja("私は優しいです", "name=-", "A=0.75"));
    }

    /** Everyday phrasing nobody wrote the rules for: keigo, casual, Kansai, several facts at once. */
    static Stream<ExtractionCase> conversational() {
        return Stream.of(
                ja("はじめまして。東京の会社で働いている28歳の男です。よろしくお願いします。", "age=28", "gender=男性", "name=-"),
                ja("横浜生まれ横浜育ちで、今も横浜に住んでます。", "location=横浜"),
                ja("仕事はエンジニアで、年収は大体700万くらいかな。", "income=700万円", "name=-"),
                ja("恋人はいません。もうずっとフリーです。", "status=single"),
                ja("性格は、まあ真面目って言われることが多いです。あと結構マイペース。", "C=0.75", "N=0.25"),
                ja("理想の女性は、笑顔が素敵で、料理が上手で、一緒にいて落ち着ける人です。", "partner=ideal", "face=笑顔が素敵",
                        "p.temperament~落ち着ける", "traits=-", "gender=-"),
                ja("名前は…ゆいちゃんとかいいですね。", "p.name=ゆい", "name=-").given(profile().status(RelationshipStatus.SINGLE).build()),
                ja("髪は肩くらいの長さで、目が大きい感じ。", "face=髪は肩くらいの長さで、目が大きい")
                        .given(profile().status(RelationshipStatus.SINGLE).idealPartner("ゆい").build()),
                ja("子どもは男の子と女の子、一人ずつがいいです。名前は、男の子がはると、女の子がひなた。", "kids=男:はると,女:ひなた"),
                ja("私は40歳で、夫と娘が一人います。娘は12歳です。", "age=40", "status=married", "kids=女:?"),
                ja("夫は優しくて頼りになる人です。背は170cmくらいで、メガネをかけています。", "p.temperament=優しくて頼りになる",
                        "face=背は170cmくらいで、メガネをかけています", "traits=-"),
                ja("世帯年収は900万円ほどです。", "income=900万円"),
                ja("私の性格は、心配性で、ちょっと神経質かもしれません。", "N=0.7"),
                ja("名古屋市の中区に住んでいます", "location=名古屋市中区"),
                ja("仙台出身、今は埼玉県さいたま市に住んでる", "location=埼玉県さいたま市"),
                ja("年収？言いたくないです", "income=-"),
                ja("今日は天気がいいですね", "traits=-", "location=-", "age=-", "name=-"),
                ja("2024年に結婚しました", "status=married", "age=-", "income=-"),
                ja("車は300万円でした", "income=-"),
                ja("毎日1万歩歩いています", "income=-"),
                ja("結婚してて、嫁さんの名前はまいです。", "status=married", "p.name=まい", "name=-"),
                ja("嫁はほんまに明るくてよう笑う人やねん。僕はどっちかというと大人しいほうかな。", "p.temperament=ほんまに明るくてよう笑う",
                        "pE=0.8", "E=0.35"), // 明るく 0.85 and, since round 11, laughing a lot (よう笑う) 0.75
                ja("まいは小柄で、ショートカットがよう似合ってる。", "face=小柄で、ショートカットがよう似合ってる", "partner=current")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("まい").build()),
                ja("年収は500万ちょいですわ。", "income=500万円"),
                ja("子供はまだおらんけど、女の子やったらさくら、男の子やったらそうたにしたいな。", "kids=女:さくら,男:そうた"),
                ja("主人は寡黙ですが、誠実な人です。", "p.name=-", "pE=0.25", "pC=0.75", "traits=-"),
                ja("私自身はおしゃべりで世話好きな性格です。", "E=0.75", "A=0.75"),
                ja("住まいは兵庫県西宮市です。", "location=兵庫県西宮市"),
                ja("世帯年収はだいたい八百万円くらいでしょうか。", "income=800万円"),
                ja("子どもは娘が二人おります。長女がさくら、次女がももです。", "kids=女:さくら,女:もも"),
                ja("はるとと、ゆいです", "kids=?:はると,?:ゆい").asked("お子さんのお名前は何にしたいですか？"),
                ja("私25歳、女、東京住み。彼氏なし。", "age=25", "gender=女性", "location=東京", "status=single"),
                ja("年収300万ぐらい。性格はネガティブで人見知り笑", "income=300万円", "E=0.25", "N=0.75"),
                ja("理想の人は頭がよくて背が高い人！名前はりょうくんがいい", "p.name=りょう", "face=背が高い", "pO=0.75", "traits=-"),
                ja("子供は女の子ひとりでいいかな。名前はあおい", "kids=女:あおい", "name=-", "p.name=-"),
                ja("スーツが似合う爽やかな感じの人", "face=スーツが似合う爽やか").asked("見た目はどんな感じがいいですか？"),
                ja("32歳、大阪在住、男です", "age=32", "location=大阪", "gender=男性"),
                ja("うちの旦那、めっちゃおもろいねん", "status=married", "partner=current", "pE=0.85", "traits=-"),
                ja("旦那はいつも優しくしてはるわ", "partner=current", "pA=0.75", "traits=-"),
                ja("あたしは28やけど、まだ独身やねん", "age=28", "status=single"),
                ja("だいたい400くらいかな", "income=400万円").asked("年収はどのくらいですか？"),
                ja("わい、35歳の男や", "age=35", "gender=男性"),
                ja("大阪住みの30歳、独身男です", "age=30", "gender=男性", "status=single", "location=大阪"),
                ja("千葉県船橋市在住です", "location=千葉県船橋市"),
                ja("私はとても社交的で、どちらかというと楽観的です", "E=0.85", "N=0.35"),
                ja("あんまり几帳面じゃないです", "C=0.3"),
                ja("理想のパートナーは、頼りがいがあって包容力のある人です", "partner=ideal", "p.temperament=頼りがいがあって包容力のある",
                        "traits=-"),
                ja("彼は175センチくらいで、細身です", "face=175センチくらいで、細身", "traits=-"),
                ja("子供は3人くらい欲しいな", "kids#=3", "income=-"),
                ja("子どもは男の子が欲しいです。名前はゆうと。", "kids=男:ゆうと", "name=-", "p.name=-"),
                ja("ひろしくんです", "p.name=ひろし", "name=-").asked("お相手の名前を教えてください"),
                ja("ども、ゆうすけっす。29で、名古屋住み。独身で彼女募集中っす！", "name=ゆうすけ", "age=29", "location=名古屋",
                        "status=single", "partner=-"),
                ja("年収は…ぶっちゃけ420万くらいっすね", "income=420万円"),
                ja("性格？うーん、いい加減なとこあるけど、人懐っこいってよく言われる", "C=0.25", "E=0.75"),
                ja("理想はしっかりしてて料理上手な子。名前は、さくらちゃんとかいいな〜", "p.name=さくら",
                        "p.temperament=しっかりしてて料理上手", "traits=-", "name=-"),
                ja("見た目は小柄で、ボブが似合う感じ！", "face=小柄で、ボブが似合う").given(profile().status(RelationshipStatus.SINGLE).build()),
                ja("子供はサッカーやらせたいから男の子！名前はかいと", "kids=男:かいと", "name=-"),
                ja("妻はあかりといいます。しっかり者で、気配りができる人です。", "p.name=あかり", "name=-", "traits=-",
                        "p.temperament=しっかり者で、気配りができる"),
                ja("二人ほしいです。上が女の子でひまり、下が男の子でれん。", "kids=女:ひまり,男:れん")
                        .asked("お子さんは何人、どんなお名前がいいですか？"));
    }
}
