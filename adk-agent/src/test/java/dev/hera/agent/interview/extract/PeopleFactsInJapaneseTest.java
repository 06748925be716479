package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;

/**
 * People in Japanese answers (round 6): the given name said after a surname, greetings of the
 * regions that are no names, answers about having someone in dialect or drawn out, children
 * described in kana, by a list of genders, by a count before their gender, the partner's name in
 * passing or in dialect, the gender after an age in kana or with a dialect copula, the age in kanji
 * or not reached yet, written for this purpose.
 */
class PeopleFactsInJapaneseTest {

    private static final String NAME = "はじめまして、ヘラです。お名前を教えてください。";
    private static final String SOMEONE = "今、お付き合いしている人は？";
    private static final String KIDS = "お子さんの希望は？";
    private static final String IDEAL = "理想の人は？名前もつけてみて。";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                // the surname first, then the given name: the given name is what the person is called
                ja("はじめまして、高橋と申します。名前は大輔です。", "name=大輔").asked(NAME),
                ja("森です。下の名前は美咲です。30歳です", "name=美咲", "age=30").asked(NAME),
                ja("小林と申します。名は光太郎と申します。", "name=光太郎").asked(NAME),
                ja("名前は健太です。田中さんの紹介で来ました", "name=健太").asked(NAME),
                ja("石田です。よろしくお願いします", "name=石田").asked(NAME),
                // a greeting of the region is no name; 之介 in kana is
                ja("おばんです。ゆうのすけです。", "name=ゆうのすけ").asked(NAME),
                ja("まいど。", "name=-").asked(NAME),
                ja("お疲れさまです。", "name=-").asked(NAME),
                // 「お付き合いしている人は？」 is a yes/no question; a no in dialect, drawn out or with an emoji is single
                ja("おらへんよ。ずっと仕事ばっかりや", "status=single").asked(SOMEONE),
                ja("おらんっちゃ。はよ見つけたか", "status=single").asked(SOMEONE),
                ja("いねえ。さみしいべ", "status=single").asked(SOMEONE),
                ja("いないよ〜😢 出会いがほしい", "status=single").asked("彼女いる？"),
                ja("いますよー。同じ職場の人です", "status=partnered").asked(SOMEONE),
                ja("かれしいます　つきあって半年", "status=partnered").asked(SOMEONE),
                ja("彼女なんていねえよ", "status=single"),
                ja("夫には三年前に先立たれました", "status=single"),
                // 「その他」 chosen first stays other, whatever the answer goes on to say
                ja("その他かな。付き合ってるような、そうでもないような人がいる", "status=other").asked("恋愛の状況を教えてください"),
                ja("その他の人とは付き合ってない", "status=single"),
                // なまえ and おんなのこ in kana are 名前 and 女の子; words around the names are not names
                ja("こどもはふたり　どっちもおんなのこ　なまえはももとあい", "kids=女:もも,女:あい").asked(KIDS),
                ja("子供は二人、なまえは　れん　と　ひな", "kids=?:れん,?:ひな").asked(KIDS),
                // a gender that would do (でもいい) is no wish; 「下二人が男の子」 is two boys
                ja("三人。全員男の子でもいいけど、上が女の子で下二人が男の子かな", "kids=女:?,男:?,男:?").asked(KIDS),
                ja("男の子でもいいし女の子でもいい", "kids=-").asked(KIDS),
                ja("男の子でも女の子でも、元気なら", "kids=-").asked(KIDS),
                ja("三人とも男の子がいい", "kids=男:?,男:?,男:?").asked(KIDS),
                // names after 「女の子と男の子で」 go to the children in turn; 女の子は + two names are both girls
                ja("二人。女の子と男の子で、名前は紬と湊", "kids=女:紬,男:湊").asked(KIDS),
                ja("女の子はゆなとひまり", "kids=女:ゆな,女:ひまり").asked(KIDS),
                // the partner may choose the child's name
                ja("一人。女の子。名前は…みさきが「凛」がいいって言うから、それで", "kids=女:凛").asked(KIDS)
                        .given(ExtractionCase.Given.profile().name("けんじ").currentPartner("みさき").build()),
                // 奏太 is read 奏 + 太(い), yet a lone kanji without its kana ending is no adjective
                ja("一人で、男の子。名前は奏太", "kids=男:奏太").asked(KIDS),
                ja("名前は若めがいいな", "p.name=-", "name=-", "kids=-").asked(IDEAL),
                ja("理想はお兄ちゃん。頼れる感じ", "p.name=-").asked(IDEAL),
                // a negated verb or a formal noun after の is no partner's name
                ja("彼女はおらん。仕事ばっかりや", "p.name=-", "status=single"),
                ja("毎日楽しいのは夫のおかげです。", "p.name=-"),
                // someone pointed at (あの人, あいつ) or an ex (元カレ) is no partner's name
                ja("元カレと付き合ってた頃は大変だった", "p.name=-"),
                ja("あの人と結婚したいな", "p.name=-"),
                ja("あいつと付き合って三年になる", "p.name=-"),
                // the partner named in passing: a given name the dictionary knows after 夫の, one the user goes out with
                ja("夫の直人に誘われて始めました", "p.name=直人"),
                ja("夫の健太は2つ年上で、背が高くて眼鏡をかけてます。", "p.name=健太"),
                ja("彼氏の翔太って、すごく優しいの", "p.name=翔太"),
                ja("彼女の優子は看護師", "p.name=優子"),
                ja("夫の実家は福岡です", "p.name=-"),
                // 「妻はめぐみ、…」: a name before a comma; a word before one is none (nor a nationality)
                ja("妻はめぐみ、同い年です。明るくてよく笑う人。", "p.name=めぐみ"),
                ja("夫は拓海、三つ上です", "p.name=拓海"),
                ja("妻は優しくて、料理上手です", "p.name=-"),
                ja("彼氏は看護師、私より二つ下", "p.name=-"),
                ja("夫はマイペース、のんびり屋", "p.name=-"),
                ja("彼は真面目、几帳面", "p.name=-"),
                ja("妻はアメリカ人、英語の先生", "p.name=-"),
                // a hedge before a name is no part of it, nor a second name
                ja("理想の人？背が高くて、優しくて、料理ができる人。名前は…なんとなく「はると」って感じ", "p.name=はると", "kids=-").asked(IDEAL),
                ja("名前は…とりあえず「ゆい」かな", "p.name=ゆい").asked("理想のパートナーの名前は？"),
                ja("名前は、一応さくらとひなたで考えてる", "kids=?:さくら,?:ひなた").asked(KIDS),
                ja("旦那の両親は近くに住んでる", "p.name=-"),
                ja("いるよ。サークルで知り合った、大翔って人と付き合ってる", "p.name=大翔").asked(SOMEONE),
                ja("いるよ、彼は蓮。ちなみに元カノはさやかっていうんだけど関係ない", "p.name=蓮").asked(SOMEONE),
                // an ideal partner's name in brackets, with an honorific, after a hesitation, or in kana after なまえ
                ja("理想は…「ゆうと」くん。優しい人", "p.name=ゆうと").asked(IDEAL),
                ja("理想は、「あおい」って名前の人。穏やかな人", "p.name=あおい").asked(IDEAL),
                ja("名前は…えーと、はるき！ 頼れる人", "p.name=はるき").asked(IDEAL),
                ja("かれしいます　なまえは　そうた　つきあって１年", "p.name=そうた").asked(SOMEONE)
                        .given(ExtractionCase.Given.profile().name("ゆか").build()),
                // the user's name in a clause of its own, or with a dialect copula, answering 「名前と年齢を教えて」
                ja("おっす。ゆうまじゃ。２８の男", "name=ゆうま").asked("名前と年齢を教えてください。"),
                ja("どうも、神戸から来ました、翔です。", "name=翔").asked(NAME),
                ja("あやかでしゅ　２４さいです", "name=あやか").asked(NAME),
                ja("Hello! Mika desu. 28歳です", "name=Mika").asked(NAME),
                // where one is from, or an age by decade, is no name
                ja("北海道出身です、ゆうきです", "name=ゆうき").asked(NAME),
                ja("大阪生まれです、28です", "name=-").asked(NAME),
                ja("アラサーです", "name=-").asked(NAME),
                ja("Genki desu!", "name=-"),
                // the gender after an age written in kana, or with Tohoku's だす
                ja("やほー　まいです２２さい女子　大阪すみ", "gender=女性"),
                ja("20さい女子大生です！", "gender=女性"),
                ja("年は３０、男だす", "gender=男性"),
                // 「男２人女１人」: a count right after another; 「長女に「華」」 names the eldest daughter
                ja("子どもは３人。男２人女１人かな", "kids=男:?,男:?,女:?").asked(KIDS),
                ja("二人。長男に「蒼」、長女に「凛」と名付けたい", "kids=男:蒼,女:凛").asked(KIDS),
                // what one may be called (「でいいです」, 「、で」), a name taken back at once
                ja("ﾘｮｳでいいです 29 男", "name=リョウ").asked(NAME),
                ja("まさと、で", "name=まさと").asked("お名前も教えてもらえますか？"),
                ja("太郎…じゃなくて、山田浩二。41の男です", "name=山田浩二").asked(NAME),
                ja("名前は…そうね、「誠一」でいいわ。", "p.name=誠一").asked(IDEAL),
                // names said apart by a comma in a sentence of their own; a count and a bare gender side by side
                ja("女の子ふたり。美桜と、結衣", "kids=女:美桜,女:結衣").asked(KIDS),
                ja("2人 女", "kids=女:?,女:?", "gender=-").asked(KIDS),
                // the age: one not reached yet with 来月で, one in kanji opening a quick introduction
                ja("２７です。来月で２８になります。", "age=27").asked(NAME),
                ja("四十一で、大阪住みです。", "age=41").asked(NAME),
                ja("十年前に離婚して、今は独身です。", "age=-"),
                // the name told after all, once kept back
                ja("ごめんごめん。名前やっぱ言うね、さき。", "name=さき").asked("呼び方に困っちゃうな。"),
                ja("名前教えるわ、ゆうた", "name=ゆうた"),
                // 「女の子がA、B、男の子がC」: two names of one gender; a hesitation before the name
                ja("三人欲しい。女の子がさくら、もも、男の子がはやと", "kids=女:さくら,女:もも,男:はやと").asked(KIDS),
                ja("名前は、男の子が蓮、女の子が…紬（つむぎ）かな", "kids=男:蓮,女:紬").asked(KIDS),
                // children counted off one by one: 「ひとりは…、もうひとりは…」, 「一人目は…」
                ja("二人ほしい。名前は、ひとりは美咲、もうひとりは… 陽菜", "kids=?:美咲,?:陽菜").asked(KIDS),
                ja("一人目は男の子、二人目は女の子がいいな", "kids=男:?,女:?").asked(KIDS),
                // 「一人は…」 about having only one names no child; an adjectival kanji (嫌, 楽) is no name
                ja("一人は嫌だ。二人欲しい", "kids=?:?,?:?").asked(KIDS),
                ja("一人は暇だ。二人欲しい", "kids=?:?,?:?").asked(KIDS),
                ja("上は楽だ。", "kids=-").asked(KIDS),
                // 「男の子の双子」 are two boys; 「末っ子の男の子」 is one more child, a boy
                ja("女の子の双子がほしい", "kids=女:?,女:?").asked(KIDS),
                ja("はるな（女の子）と、そうた（男の子）、あと名前はまだの末っ子の男の子。三人", "kids=女:はるな,男:そうた,男:?").asked(KIDS),
                // 「その他」 chosen in a later sentence of the answer
                ja("うーん、独身でもないし、付き合ってるとも違うし。その他で🙏", "status=other").asked("恋愛の状況は？"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void peopleFacts(ExtractionCase c) {
        c.check();
    }

    private static final String INTRO = "はじめまして。お名前と年齢を教えてください。";

    /**
     * Issue 19, round 7: facts said the ways a fourth writer's people said them — an age before what
     * people call themselves (おっさん, おばあちゃん), a surname then the full name, children named by
     * their place among siblings or in a trailing list, a list that goes on into the wish, places the
     * dictionary knows, dialect no's.
     */
    static Stream<ExtractionCase> round7() {
        return Stream.of(
                // an age, then what the person calls themselves
                ja("のぶおです。48のおっさんですわ", "age=48", "gender=男性", "name=のぶお").asked(INTRO),
                ja("七十二のおじいちゃんです", "age=72", "gender=男性"),
                ja("今年で五十九のおばちゃんやで", "age=59", "gender=女性"),
                ja("近所のおばあちゃんが八十八で元気なんよ", "age=-", "gender=-"),
                ja("しんや、31っす", "name=しんや", "age=31").asked(INTRO),
                ja("まなみ 22さい", "name=まなみ", "age=22").asked(INTRO),
                // a surname, then the full name; a particle after the surname is no given name
                ja("山口です。山口ひろみ、36歳です。", "name=山口ひろみ", "age=36").asked(INTRO),
                ja("松本と申します。松本健二、六十一です。", "name=松本健二").asked(INTRO),
                ja("中村です。中村は京都に住んでます", "name=中村").asked(INTRO),
                ja("はじめまして。玲奈（れいな）と申します。", "name=玲奈").asked(INTRO),
                // 男女 is both; the quoted word is the answer
                ja("性別は男女どっちとも言いたくないんで、「その他」でお願いします", "gender=その他"),
                ja("おとこ いまはバイトしてる", "gender=男性").asked("性別を教えてください。"),
                // children: a list going on into the wish, a と before the comma, places among siblings
                ja("名前は蒼と芽衣がいいねって夫と言ってます", "kids=?:蒼,?:芽衣").asked("お子さんは？"),
                ja("名前はさくとかええな", "kids=?:さく").asked("お子さんの名前は？"),
                ja("男の子のりょうまと、女の子の凛", "kids=男:りょうま,女:凛").asked("お子さんは？"),
                ja("女の子のルナと、男の子のカイ", "kids=女:ルナ,男:カイ").asked("お子さんは？"),
                ja("二人。次男に湊、長女に紬って名付けたい", "kids=男:湊,女:紬").asked("お子さんは？"),
                ja("姉がみく、妹がのあ。", "kids=女:みく,女:のあ").asked("お子さんは？"),
                ja("弟が大阪、兄が東京に住んでます", "kids=-").asked("お住まいは？"),
                ja("女の子ふたりと男の子ひとりで、エマ、ユナ、リク", "kids=女:エマ,女:ユナ,男:リク").asked("お子さんは？"),
                ja("女ばっかり二人。名前は、ゆずは、ことね", "kids=女:ゆずは,女:ことね").asked("お子さんは？"),
                ja("男の子が陽翔、女の子は美桜かな", "kids=男:陽翔,女:美桜").asked("お子さんは？"),
                ja("名前は小春がいい", "kids=?:小春").asked("お子さんは？"),
                ja("名前は陽（ひなた）と付けたい", "kids=?:陽").asked("お子さんは？"),
                // partners: a real name after a nickname, a hedge, a question back, a calling verb, the dating noun
                ja("夫はけんちゃん、本名は健太郎やで", "p.name=健太郎").given(profile().status(RelationshipStatus.MARRIED).build()),
                ja("名前はじゃあ、ひなこで。", "p.name=ひなこ", "name=-").asked("理想のお相手のお名前は？"),
                ja("名前も私が決めるんですか？じゃあユウ。優しい人。", "p.name=ユウ", "name=-").asked("理想のお相手の名前と性格を教えてください。"),
                ja("大翔という彼と付き合ってます", "p.name=大翔", "status=partnered", "name=-"),
                ja("なまえはリコ✨ かわいい系", "p.name=リコ").asked("理想の彼女は？名前もつけてください"),
                // dialect no's and 「お付き合いしている」
                ja("おらんおらん笑", "status=single").asked("彼女はいますか？"),
                ja("いいひんよ", "status=single").asked("今パートナーはいますか？"),
                ja("今はいません。", "status=single").asked("パートナーはいらっしゃいますか。"),
                ja("一度離婚して、今はお付き合いしている人がいます", "status=partnered"),
                ja("お付き合いしている人もいません", "status=single"),
                // places the dictionary knows, before living there
                ja("堺に一人で住んでます", "location=堺"),
                ja("大阪の堺で一人暮らし", "location=大阪の堺"),
                ja("浦添に住んでます", "location=浦添"),
                ja("会社の近くに一人で住んでます", "location=-"),
                // the partner named in passing, and ages said against the user's
                ja("今は彼女の千尋と、猫と一緒に暮らしてます", "p.name=千尋", "status=partnered", "name=-"),
                ja("はい、付き合って三年の彼がいます。拓海といいます。年は二つ下です。", "p.age=32", "p.name=拓海", "name=-").given(profile().name("あかり").age(34).build())
                        .asked("今お付き合いしている方はいますか？"),
                ja("はい、悠真という彼と付き合っています。同い年です。", "p.age=27", "p.name=悠真").given(profile().age(27).build())
                        .asked("お付き合いしている方はいますか。"),
                ja("ノアといって、イギリス出身です。年は三つ下の三十五。", "p.age=35", "p.name=ノア").given(profile().name("吉田").age(38).status(RelationshipStatus.PARTNERED).build())
                        .asked("その方について聞かせてください。"),
                ja("はい、付き合って一年の彼がいます。颯太といいます。", "name=-", "p.name=颯太").asked("恋人はいますか？"),
                ja("伊藤ともこです。", "name=伊藤ともこ").asked(INTRO),
                // an age remembered after a pause; a late wife in dialect; a name after how long they have been together
                ja("あやです！31…あ、こないだ誕生日やったから32や", "age=32").asked(INTRO),
                ja("女房の和子は去年亡ぐなってな", "status=single"),
                ja("うん、付き合って3年の翔。", "p.name=翔", "status=partnered").asked("今お付き合いしている人は？"),
                ja("夫はブラジル出身のルーカスと申します。", "p.name=ルーカス", "status=married"),
                // granted, then the wish; someone else's household; the dog's siblings
                ja("男の子もいいけど…やっぱ女の子がええな。名前は結月", "kids=女:結月").asked("お子さんは？"),
                ja("友達のゆかのとこは女の子が三人やけど、うちは男の子ひとりでええ", "kids=男:?").asked("お子さんは？"),
                ja("猫のみるくの弟ってことで、男の子。名前はそうた", "kids=男:そうた").asked("お子さんは？"),
                // an income taken back after a pause, and the yearly figure with the bonus
                ja("年収は500万…いや、今年上がったから530万やった", "income=530万円").asked("収入はどれくらい？"),
                ja("年収３２０万かな、あ、ボーナス入れたら３６０万", "income=360万円").asked("収入はどれくらい？"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("round7")
    void roundSeven(ExtractionCase c) {
        c.check();
    }

    private static final String INCOME = "お仕事の収入はどれくらいですか？";

    /**
     * Issue 19, round 8: the partner named with a calling verb that drops its と (正一いうて) or before
     * the partner noun (あおいって彼女), kin words that are no names, having nobody for years, a divorce
     * only talked of, and the user's own income beside a friend's, the household's or the take-home one.
     */
    static Stream<ExtractionCase> round8() {
        return Stream.of(
                // a calling verb without と, in Kansai and Hiroshima; 嫁はん and 女房 are spouses too
                ja("うん。旦那は健二いうて、三つ上やねん", "p.name=健二", "name=-").asked("ご結婚は？"),
                ja("しとるよ。嫁は美香言うて、よう喋る女じゃ", "p.name=美香", "name=-").asked("ご結婚は？"),
                ja("嫁はんは和美、二つ下や", "p.name=和美", "name=-"),
                ja("女房は幸子いいます。働き者でね", "p.name=幸子", "name=-"),
                // the name before the partner noun; not a friend of hers, nor an ex
                ja("おるよ。ゆかって彼女、同い年", "p.name=ゆか", "status=partnered", "name=-").asked("恋人はいる？"),
                ja("みきって彼女の友達がおってな", "p.name=-"),
                ja("けいこって元カノがおった", "p.name=-"),
                // kin are no names, nor is having nobody
                ja("旦那の兄ちゃんとこに子どもが二人おるねん", "p.name=-").given(profile().status(RelationshipStatus.MARRIED).build()),
                ja("夫の母と同居してます", "p.name=-"),
                ja("彼氏はもうおらんよ", "p.name=-", "status=single"),
                ja("彼女はもう二年おらへんけど、理想は優しい人", "status=single").asked("理想の相手は？"),
                ja("彼氏は半年くらいいません", "status=single"),
                // separated, with a divorce only talked of, is not divorced yet
                ja("夫とは別居中で、離婚の協議をしています", "status=other"),
                ja("妻とは別居して一年、そのうち離婚するかもしれん", "status=other"),
                ja("五年前に離婚して、今は一人です", "status=single"),
                // the user's own income, beside a friend's, the household's, or the take-home pay
                ja("年収は三百万くらい。ツレは四百万もろてるらしいわ", "income=300万円").asked(INCOME),
                ja("年収は520万。同期の田中は700万やって", "income=520万円").asked(INCOME),
                ja("世帯年収は1200万やけど、私自身は480万です", "income=480万円").asked(INCOME),
                ja("夫婦で合わせて900万、私は400万くらい", "income=400万円").asked(INCOME),
                ja("額面で六百万、手取りやと四百五十万くらい", "income=600万円").asked(INCOME),
                ja("手取りで三百万くらいです", "income=300万円").asked(INCOME),
                ja("年収は四百万。兄ちゃんは大阪で九百万稼いどる", "income=400万円").asked(INCOME),
                // the user's own name, age and gender in the ways people type them
                ja("おれ、健太だがね。三十の男だわ", "name=健太", "age=30", "gender=男性").asked(INTRO),
                ja("わだしは良子です", "name=良子").asked(INTRO),
                ja("さとしだよー よろしく", "name=さとし").asked(INTRO),
                ja("ゆずです(*^^*) 19歳です", "name=ゆず", "age=19").asked(INTRO),
                ja("颯、28の男です", "name=颯", "age=28", "gender=男性").asked(INTRO),
                ja("佐藤と申します。佐藤由香です。", "name=佐藤由香").asked(INTRO),
                ja("四十二じゃけえ、もうおばちゃんよ", "age=42", "gender=女性").asked("お年は？"),
                ja("はたち！", "age=20").asked("年齢は？"),
                ja("はたちの時に上京しました", "age=-"),
                ja("三十五やけど気持ちは若いで", "age=35").asked("年齢は？"),
                ja("横浜で働いている男です", "gender=男性"),
                ja("独り身の男やってます", "gender=男性"),
                ja("私はしがないおじさんですけど", "gender=男性"),
                ja("母はもうおばあちゃんよ", "gender=-"),
                ja("料理ができる女性です", "gender=-").asked("理想の相手は？"),
                // a child's name in kanji before 「と考えて」, and one kanji before 「という名前」
                ja("女の子なら結衣、男の子なら大翔と考えてます", "kids=女:結衣,男:大翔").asked(KIDS),
                ja("男の子がひとり。蓮という名前にしたい", "kids=男:蓮").asked(KIDS),
                // the local place after its ward, said with whom one lives or as the whole answer
                ja("世田谷区の三軒茶屋に彼女と住んでます", "location=世田谷区の三軒茶屋"),
                ja("大阪の実家です", "location=大阪").asked("お住まいは？"),
                ja("神戸市で花屋をやってます", "location=神戸市").asked("お仕事は？"),
                // a place the dictionary knows, said alone as the answer, before the region it is in
                ja("中野。東京のね。古いアパート", "location=中野").asked("どこに住んでるの？"),
                ja("中野です", "location=中野").asked("お住まいは？"),
                ja("実家です", "location=-").asked("お住まいは？"),
                // the partner named by whom one lives with, by a crush, after a hedge drawn out, or taken back
                ja("同棲中で、彼氏の翼と二人で暮らしてます", "p.name=翼", "status=partnered", "name=-"),
                ja("妻の実家と同居しています", "p.name=-"),
                ja("実はバイト先の美咲さんに片思い中で", "p.name=美咲", "name=-").asked("理想の人は？"),
                ja("名前はそうやなあ、みさき", "p.name=みさき", "kids=-", "name=-").asked(IDEAL),
                ja("名前はそうだなあ…ゆり、いや、かなにしとこ", "p.name=かな", "name=-").asked(IDEAL),
                // an age said right after the partner is called by name is the partner's
                ja("はい、彼氏がいます。拓真といって、29歳です。", "p.name=拓真", "p.age=29", "age=-").asked("恋人はいますか？"),
                ja("健一といいます、41歳です", "name=健一", "age=41").asked(INTRO),
                // children: the saying for a girl then a boy, a third of the same gender, counted off by name
                ja("うちは一姫二太郎が理想やねん", "kids=女:?,男:?").asked(KIDS),
                ja("一姫二太郎って言うし、上が女の子、下が男の子かな", "kids=女:?,男:?").asked(KIDS),
                // names before 「って名前」 after words in front of the list
                ja("二人。どっちが来てもええように渚と湊って名前にしたい", "kids=?:渚,?:湊").asked(KIDS),
                ja("二人とも女の子で、三人目も女の子がいいな", "kids=女:?,女:?,女:?").asked(KIDS),
                ja("女の子二人。一人は紗季、もう一人はまだ考え中", "kids=女:紗季,女:?").asked(KIDS),
                ja("一人は嫌やな、寂しいし", "kids=-").asked(KIDS),
                // an ideal partner's age against the user's, said with くらい
                ja("年上がいい。三つくらい上かな", "p.age=33").given(profile().age(30).build()).asked(IDEAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("round8")
    void roundEight(ExtractionCase c) {
        c.check();
    }
}
