package dev.hera.agent.family.offline;

import java.util.List;
import java.util.Map;

import dev.hera.agent.family.offline.Place.Kind;
import dev.hera.agent.family.offline.VoiceLines.Lines;

/**
 * The sentences the story is made of. A scene is a pair: the sentence that must stay (it names
 * the activity) and one that may go when the story runs long. Slots: {u}/{U} the person,
 * {p} the partner, {a}/{A} and {b}/{B} two family members in a scene, {c} a child, {dest},
 * {act}/{Act}, {acts}, {kid}, {baby}, {quote}, {looks}, {temper}, {kids}, {family}/{Family}.
 */
final class StoryLines {

    /** A scene: a sentence that stays and one that may be dropped. */
    record Scene(String main, String more) {
    }

    /** Scenes in both languages. */
    record Scenes(List<Scene> ja, List<Scene> en) {
        List<Scene> get(boolean english) {
            return english ? en : ja;
        }
    }

    private StoryLines() {
    }

    private static Scene s(String main, String more) {
        return new Scene(main, more);
    }

    private static Lines l(List<String> ja, List<String> en) {
        return new Lines(ja, en);
    }

    // ---------------------------------------------------------------- intro, first paragraph

    static final Lines OPENING = l(List.of(
            "ある晩、夕ごはんの片づけが終わったころ、{u}は「{quote}」と切り出した。",
            "週末の予定を決めるのは、この家族のいちばん楽しい時間だ。リビングに集まったみんなの前で{u}が「{quote}」と言うと、部屋の空気がぱっと明るくなった。",
            "窓の外で虫の声がする、静かな夜だった。ソファに並んで座った{u}が「{quote}」とつぶやくと、家族の顔がいっせいにこちらを向いた。",
            "カレンダーの週末の欄は、まだ真っ白だった。それに気づいた{u}が「{quote}」と言ったのが、すべての始まりだった。"),
            List.of("One evening, after the dinner dishes were done, {u} leaned back and said, “{quote}”",
                    "Planning the weekend is this family's favourite part of the week. When {u} said, “{quote}”, the whole living room seemed to light up.",
                    "It was a quiet night, with crickets singing outside the window. Sitting on the sofa, {u} said softly, “{quote}” — and every face in the room turned.",
                    "The weekend on the calendar was still completely blank. Noticing it, {u} said, “{quote}” — and that was how it all began."));

    static final Lines PARTNER_BRIGHT = l(List.of(
            "「いいね、{dest}！絶対楽しいよ！」と、{p}が目を輝かせて身を乗り出す。",
            "{p}は「それ最高！」と手をたたいて、さっそく{dest}の天気を調べ始めた。"),
            List.of("“{Dest}? Oh, that's going to be so much fun!” {p} said, eyes shining, leaning right in.",
                    "{p} clapped both hands together — “That's perfect!” — and was already checking the weather for {dest}."));
    static final Lines PARTNER_CALM = l(List.of(
            "{p}は少し考えてから、「{dest}なら、みんなでゆっくり過ごせそうだね」と穏やかに笑った。",
            "「いいと思う。{dest}、一度行ってみたかったんだ」と、{p}が静かにうなずく。"),
            List.of("{p} thought for a moment, then smiled calmly. “{Dest} sounds like a place where we could all really relax.”",
                    "“I like it. I've always wanted to see {dest},” {p} said, nodding quietly."));
    static final Lines PARTNER_GENTLE = l(List.of(
            "「{dest}かあ。いい思い出になりそうだね」と、{p}がやわらかく微笑んだ。",
            "{p}は「みんなで{dest}に行けたら、きっとすてきだね」と、うれしそうに目を細めた。"),
            List.of("“{Dest}… that sounds like it could become a lovely memory,” {p} said with a soft smile.",
                    "{p}'s eyes crinkled happily. “Going to {dest} all together would be wonderful.”"));

    static final Lines LOOKS_AND_TEMPER = l(List.of(
            "{looks}——いつか{u}が「{temper}」と話していたとおりの{p}の横顔に、胸がじんわりとあたたかくなる。"),
            List.of("{Looks} — {p} was every bit the “{temper}” person {u} had once described, and just watching that face made the room feel warmer."));
    static final Lines LOOKS_ONLY = l(List.of(
            "{looks}——そんな{p}の横顔を見ていると、胸がじんわりとあたたかくなる。"),
            List.of("{Looks} — just watching {p}'s face made the room feel warmer."));
    static final Lines TEMPER_ONLY = l(List.of(
            "いつか{u}が「{temper}」と話していたとおりの{p}の笑顔に、胸がじんわりとあたたかくなる。"),
            List.of("{p} was every bit the “{temper}” person {u} had once described, and that smile made the room feel warmer."));
    static final Lines NO_DETAILS = l(List.of("その笑顔を見ているだけで、胸がじんわりとあたたかくなる。"),
            List.of("Just seeing that smile made the whole room feel warmer."));

    static final Lines INTRO_EXTRAS = l(List.of(
            "テーブルの上には、いつの間にか旅行のパンフレットが広げられていた。",
            "時計の針の音さえ、なんだか楽しそうに聞こえる夜だった。",
            "どこに行くか、何をするか。話しているだけで、もう旅が始まっているような気がした。"),
            List.of("Somehow, a pile of travel brochures had already appeared on the table.",
                    "Even the ticking of the clock seemed to sound cheerful that night.",
                    "Where to go, what to do — just talking about it felt like the trip had already begun."));

    // ---------------------------------------------------------------- intro, the children

    static final Lines CHILDREN_OPENER = l(List.of("その声を聞きつけて、{kids}も駆け寄ってくる。", "話を聞いていた{kids}も、じっとしていられない。"),
            List.of("Hearing the word “trip”, {kids} came running.", "{Kids}, who had been listening, couldn't sit still either."));

    static final Lines CHILD_TODDLER = l(List.of(
            "いちばん小さな{c}は、意味がわかっているのかいないのか、「{baby}！{baby}！」とはしゃいで、みんなを笑わせた。",
            "{c}は{p}のひざによじのぼって、「{c}もいくー！」と小さな手をいっぱいに上げた。"),
            List.of("Little {c}, who might or might not have understood, shouted “{Baby}! {Baby}!” and made everyone laugh.",
                    "{c} clambered onto {p}'s lap and threw both tiny hands in the air: “{c} go too!”"));
    static final Lines CHILD_SMALL_BRIGHT = l(List.of(
            "{c}は「やったー！{kid}！」と、ソファの上でぴょんぴょん跳ねている。",
            "{c}は「{dest}って、どこ？はやくいきたい！」と、{p}の腕をぶんぶん揺らした。"),
            List.of("{c} bounced up and down on the sofa. “Yay! I want to {kid}!”",
                    "“Where's {dest}? I wanna go now!” {c} cried, swinging {p}'s arm back and forth."));
    static final Lines CHILD_SMALL_CALM = l(List.of(
            "{c}は「{kid}な」と言いながら、もう持っていくおもちゃを選び始めている。",
            "{c}はこくりとうなずいて、「{act}、たのしみ」と小さく笑った。"),
            List.of("“I want to {kid},” {c} said, already picking out which toys to pack.",
                    "{c} gave a small nod and smiled. “I'm excited about {act}.”"));
    static final Lines CHILD_SMALL_GENTLE = l(List.of(
            "{c}は{p}の袖をそっとひっぱって、「ねえ、{kid}なあ」と小さな声でお願いした。",
            "{c}は「みんなでいくの？」と確かめてから、うれしそうにほっぺたを赤くした。"),
            List.of("{c} tugged gently at {p}'s sleeve and asked in a small voice, “Can we {kid}?”",
                    "“Are we all going?” {c} asked, and when the answer was yes, both cheeks turned pink with happiness."));
    static final Lines CHILD_SCHOOL_BRIGHT = l(List.of(
            "{c}は「{dest}って、どんなところ？{kid}！」と、もう質問攻めだ。",
            "「やったー！」といちばんに声を上げたのは{c}だった。「{kid}！ぜったい！」"),
            List.of("{c} was already firing off questions. “What's {dest} like? I want to {kid}!”",
                    "The first to shout “Yes!” was {c}. “I want to {kid}! Definitely!”"));
    static final Lines CHILD_SCHOOL_CALM = l(List.of(
            "しっかり者の{c}は、さっそくノートに「もちもの」と書いて、{act}に必要なものを考え始めた。",
            "{c}は図鑑を持ってきて、「{dest}のこと、調べておくね」と胸を張った。"),
            List.of("Sensible {c} opened a notebook, wrote “Things to bring” at the top, and started planning for {act}.",
                    "{c} fetched a big picture book and announced proudly, “I'll find out all about {dest}.”"));
    static final Lines CHILD_SCHOOL_GENTLE = l(List.of(
            "{c}は「みんなで行けるの、うれしいな」と、照れくさそうに笑った。",
            "{c}は「{kid}な」とつぶやいて、{p}の肩にそっと頭をあずけた。"),
            List.of("“I'm really happy we can all go,” {c} said with a shy smile.",
                    "“I'd love to {kid},” {c} murmured, resting a head gently on {p}'s shoulder."));
    static final Lines CHILD_SHORT = l(List.of("{c}も「{act}！」と大喜びだ。"), List.of("{c} cheered too: “{Act}!”"));

    static final Lines NO_CHILDREN = l(List.of(
            "ふたりで顔を寄せ合って、地図を広げる。「ここも寄ってみたいね」「それなら朝は早めに出よう」——話は尽きない。",
            "ふたりきりの旅の相談は、なんだか少しくすぐったい。{p}がメモ帳に「{dest}」と大きく書いて、照れたように笑った。"),
            List.of("The two of them bent over a map together. “Let's stop here too.” “Then we'd better leave early.” The ideas kept coming.",
                    "Planning a trip for just the two of them felt a little like a first date. {p} wrote “{Dest}” in big letters on a notepad and laughed, a little embarrassed."));
    static final Lines CHILDREN_EXTRAS = l(List.of("家じゅうが、小さなお祭りみたいににぎやかになった。", "その夜はなかなか、誰も眠くならなかった。"),
            List.of("The whole house became as lively as a little festival.", "That night, nobody seemed to feel sleepy at all."));

    // ---------------------------------------------------------------- intro, the night before (optional)

    static final Lines NIGHT_BEFORE_KIDS = l(List.of(
            "出発の前の晩、{kids}はなかなか眠れなかった。{p}はリュックにタオルや帽子を詰めながら、「明日は早いよ」と笑っている。",
            "当日の朝は、目覚まし時計よりも先に{kids}の声で目が覚めた。「はやく、はやく！」とせかされて、{u}と{p}は顔を見合わせて笑った。"),
            List.of("The night before they left, {kids} could hardly sleep. {p} packed towels and sun hats into the bags, laughing, “We have an early start tomorrow!”",
                    "On the morning of the trip, {kids} woke everyone before the alarm clock did. “Hurry, hurry!” — {u} and {p} looked at each other and laughed."));
    static final Lines NIGHT_BEFORE_TWO = l(List.of(
            "出発の朝、{p}はいつもより少し早く起きて、ふたり分の水筒にあたたかいお茶を入れていた。"),
            List.of("On the morning they left, {p} got up a little earlier than usual and filled two flasks with hot tea."));

    // ---------------------------------------------------------------- main: arriving

    static final Map<Kind, Scenes> ARRIVAL = Map.of(
            Kind.SEASIDE, new Scenes(List.of(
                    s("{dest}に着くと、まぶしい日差しと潮の香りが一家を出迎えた。", "どこまでも続く青い海に、{a}が「わあ……！」と声をもらす。"),
                    s("車の窓を開けると、{dest}の風はほんのりしょっぱくて、あたたかかった。", "遠くから波の音が聞こえて、みんなの顔が自然とほころぶ。")),
                    List.of(s("When they reached {dest}, dazzling sunshine and the smell of the sea were waiting for them.",
                            "Looking out at the endless blue water, {a} could only breathe, “Wow…”"),
                            s("With the car windows rolled down, the air of {dest} tasted faintly of salt and felt warm on their skin.",
                                    "The sound of waves drifted in from somewhere, and everyone's faces broke into smiles."))),
            Kind.HIGHLAND, new Scenes(List.of(
                    s("{dest}の空気は、ひんやりと澄んでいた。", "深呼吸をすると、緑と土のにおいが胸いっぱいに広がる。{a}が「おいしい空気！」と両手を広げた。"),
                    s("{dest}に着くと、高い空と、どこまでも続く緑が一家を迎えてくれた。", "鳥の声があちこちから聞こえて、時間がゆっくり流れているみたいだ。")),
                    List.of(s("The air of {dest} was cool and clear.",
                            "Taking a deep breath filled their lungs with the smell of green leaves and earth, and {a} flung both arms wide: “The air tastes good!”"),
                            s("When they reached {dest}, a high sky and green hills that went on forever were there to greet them.",
                                    "Birds were calling from every direction, and time itself seemed to slow down."))),
            Kind.CITY, new Scenes(List.of(
                    s("{dest}の街は、にぎやかな音と色であふれていた。", "{a}は{b}の手をぎゅっと握って、きょろきょろとあたりを見回している。"),
                    s("{dest}に着くと、見上げるほどの建物と、行き交う人たちの笑い声が一家を包んだ。", "「迷子にならないようにね」と{b}が言うと、{a}は「はーい！」と元気に返事をした。")),
                    List.of(s("{Dest} was overflowing with busy sounds and bright colours.",
                            "{A} held {b}'s hand tightly, looking around at everything with wide eyes."),
                            s("When they reached {dest}, tall buildings and the laughter of passers-by surrounded them.",
                                    "“Stay close, okay?” said {b}, and {a} answered with a cheerful “Okay!”"))),
            Kind.HERITAGE, new Scenes(List.of(
                    s("{dest}に着くと、古い町並みに、木と瓦のあたたかな色が並んでいた。", "石畳を歩く足音まで、どこかやさしく聞こえる。"),
                    s("{dest}には、長い時間をかけて積み重ねられた、静かな美しさがあった。", "{a}は「昔の人も、ここを歩いたのかな」と、不思議そうに空を見上げた。")),
                    List.of(s("In {dest}, old streets lined with warm wood and tiled roofs were waiting for them.",
                            "Even their footsteps on the stone paths seemed to sound gentle."),
                            s("{Dest} had a quiet beauty, built up slowly over hundreds of years.",
                                    "“Did people walk here a long, long time ago too?” {a} wondered, looking up at the sky."))),
            Kind.SPA, new Scenes(List.of(
                    s("{dest}の駅を降りると、ふわりと湯けむりが上がり、かすかに温泉のにおいがした。", "{a}が「なんだか、いいにおい」と鼻をくんくんさせる。"),
                    s("{dest}の町には、あちこちから白い湯けむりが立ちのぼっていた。", "浴衣姿の人たちがのんびりと歩いていて、一家の足取りも自然とゆっくりになる。")),
                    List.of(s("Stepping off the train in {dest}, they saw soft clouds of steam rising into the air.",
                            "{A} sniffed happily. “It smells nice here.”"),
                            s("All over {dest}, white plumes of steam were rising from the hot springs.",
                                    "People in light cotton robes strolled along slowly, and soon the family was strolling slowly too."))),
            Kind.THEME_PARK, new Scenes(List.of(
                    s("{dest}のゲートをくぐった瞬間、楽しげな音楽が一家を包みこんだ。", "{a}は「すごい、すごい！」と、その場でぴょんぴょん跳びはねた。"),
                    s("{dest}に着くと、色とりどりの旗と、甘いポップコーンのにおいが出迎えてくれた。", "{b}が地図を広げると、{a}が「まずはあっち！」と指をさす。")),
                    List.of(s("The moment they walked through the gates of {dest}, cheerful music swept them up.",
                            "{A} jumped up and down on the spot. “Wow, wow, wow!”"),
                            s("At {dest}, colourful flags and the sweet smell of popcorn welcomed them.",
                                    "As soon as {b} unfolded the map, {a} pointed: “That way first!”"))),
            Kind.SNOW, new Scenes(List.of(
                    s("{dest}は、一面の銀世界だった。", "吐く息が白くて、{a}は「見て、けむりみたい！」と何度もはーっと息を吐いた。"),
                    s("{dest}に着くと、さらさらの雪が、陽の光にきらきらと輝いていた。", "ほっぺたを赤くした{a}が、さっそく雪をすくって空に放り投げた。")),
                    List.of(s("{Dest} was a world of white.",
                            "Their breath puffed out in clouds, and {a} kept huffing: “Look, I'm a dragon!”"),
                            s("At {dest}, powdery snow sparkled in the sunlight.",
                                    "Cheeks already pink, {a} scooped up a handful and tossed it into the sky."))),
            Kind.NATURE, new Scenes(List.of(
                    s("{dest}に着くと、やわらかな風が頬をなでた。", "見上げた空は高く、どこからか鳥の声が聞こえてくる。"),
                    s("{dest}の景色は、写真で見るよりずっと大きくて、やさしかった。", "{a}は{b}の手を引いて、「はやく、はやく！」と駆け出した。")),
                    List.of(s("When they reached {dest}, a soft breeze brushed their cheeks.",
                            "The sky was high and wide, and birds were singing somewhere nearby."),
                            s("The view at {dest} was so much bigger and kinder than any photo.",
                                    "{A} grabbed {b}'s hand and ran ahead. “Come on, come on!”"))),
            Kind.HOME, new Scenes(List.of(
                    s("{dest}に着くと、玄関の前で、懐かしいにおいが一家を出迎えた。", "「よく来たねえ」という声に、{a}がいちばんに駆け寄っていく。"),
                    s("{dest}の縁側には、やわらかな午後の光が差しこんでいた。", "冷えた麦茶とスイカが並んで、{a}が「いただきます！」と手を合わせた。")),
                    List.of(s("At {dest}, a familiar, comforting smell greeted them at the door.",
                            "“You made it!” came a voice from inside, and {a} was the first to run in."),
                            s("At {dest}, soft afternoon light was pouring across the porch.",
                                    "There was cold barley tea and watermelon waiting, and {a} clapped both hands: “Thank you for the food!”"))));

    // ---------------------------------------------------------------- main: activities

    static final Map<String, Scenes> SCENES = Map.ofEntries(
            Map.entry("swim", new Scenes(List.of(
                    s("待ちに待った{act}。透きとおった水に足をひたすと、ひんやりとした感触に{a}が「つめたーい！」と笑い声をあげた。",
                            "{b}と手をつないで波打ちぎわを歩くと、足もとで小さな魚がきらりと光った。"),
                    s("{act}では、{a}が浮き輪につかまって、寄せては返す波にぷかぷかと揺られていた。",
                            "「見て、ぜんぜん怖くないよ！」という得意げな声に、{b}は目を細めた。")),
                    List.of(s("Then came {act}, the moment everyone had waited for. The water was cool and clear, and {a} squealed, “It's cold!” before splashing straight into the waves.",
                            "Hand in hand with {b} at the water's edge, {a} watched tiny silver fish flicker around their toes."),
                            s("{Act} turned out to be {a}'s favourite part: bobbing up and down on a float as the waves rolled in and out.",
                                    "“Look, I'm not scared at all!” {a} called proudly, and {b} smiled with narrowed eyes.")))),
            Map.entry("aquarium", new Scenes(List.of(
                    s("{act}の大きな水槽の前では、青い光がみんなの顔をゆらゆらと照らしていた。",
                            "頭の上を泳いでいく大きなエイに、{a}は「おっきい……」と口をぽかんと開けたまま動けない。"),
                    s("{act}に入ると、ひんやりとした静けさの中で、クラゲがふわふわと光っていた。",
                            "「なんだか夢の中みたいだね」と{b}がささやくと、{a}も小さくうなずいた。")),
                    List.of(s("At {act}, blue light from the giant tank rippled across everyone's faces.",
                            "A huge ray glided overhead, and {a} stood frozen, mouth open: “It's so big…”"),
                            s("Inside {act} it was cool and hushed, and jellyfish drifted like little glowing lanterns.",
                                    "“It's like being inside a dream,” {b} whispered, and {a} nodded without looking away.")))),
            Map.entry("bbq", new Scenes(List.of(
                    s("お昼はみんなで{act}。じゅうじゅうと焼ける音と香ばしいにおいに、{a}のおなかが「ぐう」と鳴った。",
                            "「はい、いちばんおいしいところ」と{b}がお皿に取り分けると、みんなの笑い声が広がった。")),
                    List.of(s("Lunch was {act}: sausages sizzling on the grill and the smell of smoke and sweet sauce drifting over everyone. {A}'s tummy gave a loud rumble.",
                            "“Here — the best piece is for you,” said {b}, sliding it onto {a}'s plate, and the whole table burst out laughing.")))),
            Map.entry("camping", new Scenes(List.of(
                    s("いよいよ{act}。みんなで力を合わせて、テントを立てた。",
                            "夜になると焚き火がぱちぱちとはぜて、{a}は{b}の肩にもたれながら「ずっとここにいたいな」とつぶやいた。")),
                    List.of(s("For {act}, everyone worked together to put up the tent, which wobbled twice before it finally stood tall.",
                            "That night the campfire crackled and popped, and {a}, leaning against {b}, murmured, “I want to stay here forever.”")))),
            Map.entry("onsen", new Scenes(List.of(
                    s("夕方は{act}へ。湯船につかると、体の芯からじんわりとあたたまっていく。",
                            "湯上がりに{a}が「ぽかぽかだー」と頬を真っ赤にして笑い、{b}が冷たい牛乳を手渡した。")),
                    List.of(s("In the evening they soaked in {act}, the warmth sinking slowly into their bones.",
                            "Afterwards {a}, cheeks glowing pink, grinned, “I'm all toasty!” as {b} handed over a bottle of cold milk.")))),
            Map.entry("hiking", new Scenes(List.of(
                    s("{act}の道は、木もれ日がちらちらと揺れる森の中へ続いていた。",
                            "「あと少し！」と{b}が声をかけると、{a}は汗をぬぐって最後の坂を駆けのぼり、目の前に広がる景色に歓声をあげた。")),
                    List.of(s("The trail for {act} wound into a forest where sunlight flickered through the leaves.",
                            "“Almost there!” {b} called, and {a} wiped a sweaty forehead, ran up the last slope and cheered at the view.")))),
            Map.entry("fireworks", new Scenes(List.of(
                    s("夜は{act}。ドーンとおなかに響く音とともに、夜空に大きな光の花が咲いた。",
                            "{a}は{b}のひざの上で「きれい……」とつぶやき、火薬のにおいが残る風の中で、みんなしばらく空を見上げていた。")),
                    List.of(s("After dark came the {act}: a deep boom you could feel in your chest, and then a huge flower of light across the sky.",
                            "Curled up on {b}'s lap, {a} breathed, “So pretty…”, and for a long while everyone just looked up.")))),
            Map.entry("zoo", new Scenes(List.of(
                    s("{act}では、のんびり草を食べるキリンや、ごろんと寝転ぶライオンにみんな夢中になった。",
                            "「見て、あくびしてる！」と{a}が指をさすと、{b}も思わず笑ってしまった。")),
                    List.of(s("At {act}, everyone fell in love with the giraffes nibbling leaves and a lion sprawled lazily in the sun.",
                            "“Look, it's yawning!” {a} pointed, and even {b} couldn't help laughing.")))),
            Map.entry("themepark", new Scenes(List.of(
                    s("{act}では、{a}がいちばん乗りたがっていたコーヒーカップへまっしぐら。",
                            "くるくる回る景色の中、{b}の「目が回るー！」という声に、みんなで笑いころげた。")),
                    List.of(s("They spent the afternoon at {act}, and {a} made a beeline for the spinning teacups.",
                            "As the world whirled round and round, {b} cried, “I'm dizzy!”, and they all laughed until their sides hurt.")))),
            Map.entry("picnic", new Scenes(List.of(
                    s("芝生の上にシートを広げて、お待ちかねの{act}。",
                            "おにぎりをほおばる{a}の口のまわりにはごはんつぶ。「ついてるよ」と{b}がやさしく取ってあげた。")),
                    List.of(s("They spread a blanket on the soft grass for {act}.",
                            "{A} stuffed in a rice ball, grains of rice stuck all around, and {b} gently brushed them away: “You've got some here.”")))),
            Map.entry("fishing", new Scenes(List.of(
                    s("{act}では、みんなで並んで糸を垂らし、静かに水面を見つめた。",
                            "ぴくん、と竿がしなった瞬間、{a}が「きた！」と叫び、{b}と一緒に小さな魚を釣り上げた。")),
                    List.of(s("For {act}, they sat side by side with their lines in the water, watching the surface in comfortable silence.",
                            "Suddenly the rod bent — “I got one!” {a} shouted, and together with {b} reeled in a small, shining fish.")))),
            Map.entry("skiing", new Scenes(List.of(
                    s("真っ白なゲレンデで、{a}ははじめての{act}に挑戦した。",
                            "何度も転んで雪まみれになりながら、「もう一回！」と立ち上がる{a}に、{b}は思わず拍手を送った。")),
                    List.of(s("On the bright white slope, {a} tried {act} for the very first time.",
                            "Falling over again and again, covered in snow, {a} kept getting up — “One more time!” — while {b} clapped and cheered.")))),
            Map.entry("snow", new Scenes(List.of(
                    s("{act}では、{a}の背丈ほどもある大きな雪だるまを作った。",
                            "雪合戦では{b}が集中攻撃にあって、ふかふかの雪の上に笑いながら倒れこんだ。")),
                    List.of(s("{Act} meant building a snowman almost as tall as {a}.",
                            "{B} lost the snowball fight badly and fell back into the soft snow, laughing.")))),
            Map.entry("shopping", new Scenes(List.of(
                    s("帰り道の{act}では、{a}がおみやげ屋さんの前から動かなくなった。",
                            "「これ、おばあちゃんに！」と選んだ小さな置き物を、{b}が大切そうに包んでもらった。")),
                    List.of(s("The {act} stop on the way back turned into a treasure hunt: {a} would not leave the souvenir shop.",
                            "“This one's for Grandma!” {a} said, and {b} had the little figurine wrapped as carefully as if it were glass.")))),
            Map.entry("gourmet", new Scenes(List.of(
                    s("お昼は、お待ちかねの{act}。湯気の立つ料理から、おいしそうなにおいが広がる。",
                            "ひとくち食べた{a}が「おいしい！」と目を丸くし、{b}も「来てよかったね」と笑った。")),
                    List.of(s("Lunch was all about {act}, steaming plates filling the air with delicious smells.",
                            "{A} took one bite and went wide-eyed — “It's so good!” — and {b} smiled, “Aren't you glad we came?”")))),
            Map.entry("sightseeing", new Scenes(List.of(
                    s("{act}では、地図を片手に、のんびりと町を歩いた。",
                            "知らない路地を曲がるたびに、{a}が「次はあっち！」と先頭に立って案内してくれた。")),
                    List.of(s("The {act} was unhurried: map in hand, they wandered through the streets.",
                            "At every corner {a} ran ahead to lead the way — “This way next!”")))),
            Map.entry("photos", new Scenes(List.of(
                    s("{act}では、とっておきの景色を背に、みんなでぎゅっと並んだ。",
                            "「はい、チーズ！」の声に合わせて{a}が思いきり変な顔をして、{b}が吹き出した。そのぶれた一枚が、いちばんの宝物になった。")),
                    List.of(s("When it came to {act}, everyone squeezed together in front of the best view of the day.",
                            "At “Say cheese!”, {a} pulled the silliest face imaginable and {b} burst out laughing — and that blurry shot became the family's favourite.")))),
            Map.entry("stargazing", new Scenes(List.of(
                    s("夜は{act}。宿の明かりが消えると、空いっぱいに星がこぼれていた。",
                            "「あ、流れ星！」と{a}が叫び、{b}はそっとその手を握った。")),
                    List.of(s("Later came {act}; when the lights went out, the sky was spilling over with stars.",
                            "“A shooting star!” {a} cried, and {b} quietly took {a}'s hand.")))),
            Map.entry("cycling", new Scenes(List.of(
                    s("{act}では、風を切ってまっすぐな道を走った。",
                            "「ほら、ついてきて！」と前を走る{a}の背中が、なんだか少したくましく見えた。")),
                    List.of(s("They went {act} along a quiet road, the wind rushing past their ears.",
                            "“Keep up!” called {a} from the front, and somehow that little back looked a bit more grown-up.")))),
            Map.entry("museum", new Scenes(List.of(
                    s("{act}では、大きな恐竜の骨の前で、{a}がずっと上を見上げていた。",
                            "「これ、本当に生きてたの？」という質問に、{b}が一つひとつ丁寧に答えていた。")),
                    List.of(s("At {act}, {a} stood gazing up at a giant dinosaur skeleton for the longest time.",
                            "“Was it really alive?” {a} asked, and {b} answered every question patiently.")))),
            Map.entry("farm", new Scenes(List.of(
                    s("{act}では、やわらかな草のにおいの中、子ヤギがとことこと近づいてきた。",
                            "おそるおそる手をのばした{a}が「あったかい……」とつぶやいた。")),
                    List.of(s("At {act}, a baby goat came trotting over through the sweet smell of grass.",
                            "{A} reached out a careful hand and murmured, “It's so warm…”")))),
            Map.entry("fruitpicking", new Scenes(List.of(
                    s("{act}では、甘い香りの中で、赤く熟した実をひとつずつ摘んだ。",
                            "「これ、いちばん大きい！」と{a}が見せてくれた実を、{b}と半分こしてほおばった。")),
                    List.of(s("{Act} came next, in air heavy with sweetness, choosing the ripest ones one by one.",
                            "“This is the biggest!” {a} announced, and shared it half-and-half with {b}.")))),
            Map.entry("hanami", new Scenes(List.of(
                    s("{act}では、満開の桜の下にシートを広げた。",
                            "ひらひらと舞う花びらを{a}が追いかけ、{b}の髪にのった一枚をそっとつまんだ。")),
                    List.of(s("For {act}, they spread a blanket beneath trees in full bloom.",
                            "{A} chased the falling petals and carefully picked one out of {b}'s hair.")))),
            Map.entry("nightview", new Scenes(List.of(
                    s("{act}を見に高台へ上ると、街の灯りが宝石のようにまたたいていた。",
                            "{a}は{b}に肩車をしてもらって、「お星さまが下にある！」と声をはずませた。")),
                    List.of(s("They climbed up high to see {act}, the lights twinkling below like scattered jewels.",
                            "Riding on {b}'s shoulders, {a} gasped, “The stars are underneath us!”")))),
            Map.entry("river", new Scenes(List.of(
                    s("{act}では、冷たい水の中で、きらきら光る小石を拾い集めた。",
                            "{a}が水しぶきをあげるたびに、{b}の笑い声が川辺に響いた。")),
                    List.of(s("{Act} meant wading through cold, clear water and collecting pebbles that glittered in the light.",
                            "Every time {a} kicked up a splash, {b}'s laughter echoed along the riverbank.")))),
            Map.entry("sand", new Scenes(List.of(
                    s("{act}では、波が届かないところに、みんなで大きなお城を作った。",
                            "「ここは{a}のお部屋ね」と{b}が言うと、{a}はうれしそうに貝がらの窓をつけた。")),
                    List.of(s("They spent a happy hour {act}, a great big castle rising just out of reach of the waves.",
                            "“This room is yours,” {b} told {a}, who proudly added a window made of a seashell.")))));

    static final List<Scene> GENERIC_JA = List.of(
            s("それから、みんなで{act}を楽しんだ。", "{a}が「たのしいね！」と笑うたびに、{b}もつられて笑顔になる。"),
            s("{act}の時間は、あっという間に過ぎていった。", "夢中になっている{a}の横顔を、{b}はまぶしそうに見つめていた。"),
            s("次は、お待ちかねの{act}。", "「こっちこっち！」と{a}が手をふり、{b}が少し遅れて追いかけた。"),
            s("{act}では、はじめてのことにどきどきしながらも、{a}は最後まで楽しそうだった。", "「またやりたい！」の声に、{b}が大きくうなずいた。"));
    static final List<Scene> GENERIC_EN = List.of(
            s("Next came {act}, which everyone had been looking forward to.", "“This is so much fun!” {a} laughed, and {b} couldn't stop smiling either."),
            s("The time for {act} flew by in a flash.", "{B} watched {a}'s happy, absorbed face and felt something warm rise inside."),
            s("Then it was time for {act}.", "“Over here, over here!” {a} waved, and {b} hurried to catch up."),
            s("{Act} was new to {a}, a little scary at first, but soon there were only smiles.", "“Let's do it again!” {a} begged, and {b} nodded happily."));

    static final Lines SCENE_SHORT = l(List.of("{act}も、みんなで思いきり楽しんだ。"), List.of("{Act} was a joy for everyone, too."));

    static final Scenes EVENING = new Scenes(List.of(
            s("日が沈むころ、宿の窓から見える{dest}の景色は、オレンジ色に染まっていた。", "晩ごはんを食べながら、{a}が今日いちばん楽しかったことを話しはじめると、もう止まらない。"),
            s("夜、宿の布団に並んで寝転ぶと、今日のできごとが次々に話題にのぼった。", "「また来ようね」と{a}が言うと、{b}が「うん、約束」と小指を差し出した。")),
            List.of(s("As the sun went down, the view of {dest} from their window turned gold and orange.",
                    "Over dinner, {a} started telling everyone about the best part of the day, and couldn't stop."),
                    s("That night, lying side by side, they went over the whole day again, one happy moment after another.",
                            "“Let's come back again,” said {a}, and {b} held out a little finger: “Promise.”")));

    static final Lines MAIN_EXTRAS = l(List.of("気づけば、みんなの頬が少しだけ日に焼けていた。", "どこを切り取っても、笑顔ばかりの一日だった。",
            "おなかがすいたら、みんなで分け合って食べた。それだけで、なんだかとびきりおいしかった。"),
            List.of("Before they knew it, everyone's cheeks had turned a little pink from the sun.",
                    "Wherever you looked, there was a smile.",
                    "When they got hungry, they shared everything, and somehow it all tasted extra good."));

    // ---------------------------------------------------------------- ending

    static final List<Scene> BOND_KIDS_JA = List.of(
            s("帰りの車の中では、{kids}がすうすうと寝息を立てていた。{p}がそっと振り返って、「来てよかったね」とささやく。", "特別なことをしたわけじゃない。でも、{family}で過ごしたこの時間は、きっと家族の宝物になる。"),
            s("夕焼けに染まる帰り道、みんなの影が長く伸びて、ひとつに重なっていた。「楽しかったね」「また来ようね」——そんな言葉が何度も行き交う。", "{family}の笑い声が、いつまでも耳に残っていた。"),
            s("旅の終わりに撮った一枚の写真には、{family}が、くしゃくしゃの笑顔で並んでいた。", "{dest}の光も、風も、笑い声も、その一枚にぜんぶ閉じこめられている気がした。"));
    static final List<Scene> BOND_KIDS_EN = List.of(
            s("On the drive home, {kids} fell fast asleep in the back seat. {p} glanced back and whispered, “I'm so glad we came.”", "It wasn't anything grand. But the time shared by {family} would surely become one of the family's treasures."),
            s("On the way home, in the glow of the sunset, their long shadows stretched out and overlapped into one. “That was fun.” “Let's come back.” The words went back and forth, again and again.", "Everyone's laughter — {family}, all together — stayed with them long after."),
            s("In the photo they took at the end of the trip, {family} stood squeezed together, all crumpled smiles.", "The light, the breeze and the laughter of {dest} all seemed to be sealed inside that one picture."));

    static final Lines BOND_EXTRAS = l(List.of("言葉にしなくても、みんなの気持ちはひとつだった。", "家族って、こういうことなんだな——そんな気がした。",
            "窓の外を流れていく景色が、なんだか名残惜しかった。"),
            List.of("No one needed to say it out loud; they all felt the same.", "Maybe this is what family really means, {u} thought.",
                    "The scenery sliding past the window felt hard to say goodbye to."));

    static final Lines HOPE = l(List.of(
            "いつか本当に、こんな週末がやってくる。{dest}の空の下で笑い合う家族の姿を思い浮かべながら、{u}はそっと目を閉じた。——楽しみだね！",
            "この物語は、まだ始まってもいない未来のお話。でも、きっと手の届くところにある。{dest}で待っている家族との時間が、今から楽しみだね！",
            "次の週末か、そのまた次の週末か。{waiting}が、{u}を待っている。さあ、どんな一日になるだろう。楽しみだね！"),
            List.of("Someday, a weekend just like this will really come. Picturing the family laughing together under the sky of {dest}, {u} closed {own} eyes and smiled. It's going to be wonderful — we can't wait!",
                    "This story is about a future that hasn't happened yet, but it's closer than it seems. Somewhere ahead, a trip to {dest} with the whole family is waiting. We can't wait!",
                    "Maybe next weekend, maybe the one after. {Waiting} waiting for {u}. What kind of day will it be? We can't wait!"));
}
