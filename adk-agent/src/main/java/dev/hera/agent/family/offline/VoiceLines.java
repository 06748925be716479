package dev.hera.agent.family.offline;

import java.util.List;

import dev.hera.agent.family.offline.Voice.Mood;

/**
 * What family members say, in Japanese and English, by speaker and mood. Slots: {dest} / {Dest}
 * (capitalised), {act}, {acts} / {Acts}, {kid} (a child's wish: 海で泳ぎたい / swim in the sea),
 * {baby} / {Baby} (a toddler's word), {adult} / {Adult} (a grown-up phrase), {removed}, {name},
 * {me} (how a child says "I"), and {undecided}: empty, known only while no destination is; a line that
 * asks where the family is going starts with it, so that no one asks once the place is settled.
 */
final class VoiceLines {

    /** The same line list in both languages. */
    record Lines(List<String> ja, List<String> en) {
        List<String> get(boolean english) {
            return english ? en : ja;
        }
    }

    /** Lines by mood. */
    record ByMood(Lines bright, Lines calm, Lines gentle) {
        Lines get(Mood mood) {
            return switch (mood) {
                case BRIGHT -> bright;
                case CALM -> calm;
                case GENTLE -> gentle;
            };
        }
    }

    private VoiceLines() {
    }

    private static Lines l(List<String> ja, List<String> en) {
        return new Lines(ja, en);
    }

    // ---------------------------------------------------------------- the partner

    static final ByMood PARTNER_DEST = new ByMood(
            l(List.of("{dest}！いいね、すっごく楽しそう！", "わあ、{dest}？最高だね！", "{dest}かあ、聞いただけでワクワクしてきた！",
                    "{dest}、大賛成！みんなで行ったら絶対楽しいよ！"),
                    List.of("{Dest}! Oh, that sounds like so much fun!", "Ooh, {dest}? I love that!",
                            "{Dest}? Now I'm getting excited!", "Yes to {dest}! It's going to be wonderful with everyone.")),
            l(List.of("{dest}、いいね。のんびりできそう。", "{dest}か。うん、いいと思う。", "{dest}、前から一度行ってみたかったんだ。",
                    "{dest}なら、みんなでゆっくり過ごせそうだね。"),
                    List.of("{Dest} sounds good. We could really relax there.", "{Dest}… yes, I like that.",
                            "I've always wanted to go to {dest}.", "{Dest} would be a lovely, easy trip for all of us.")),
            l(List.of("{dest}、すてきだね。", "{dest}、いいなあ。きっといい思い出になるね。", "{dest}って聞いただけで、なんだかうれしくなっちゃう。",
                    "{dest}かあ。みんなの笑顔が目に浮かぶよ。"),
                    List.of("{Dest} sounds lovely.", "{Dest}… that would make such a nice memory.",
                            "Just hearing \"{dest}\" makes me happy.", "{Dest}. I can already picture everyone smiling.")));

    static final ByMood PARTNER_ONE_ACTIVITY = new ByMood(
            l(List.of("{adult}の、絶対楽しいよ！", "いいね、{act}！今から待ちきれない！", "{act}、賛成！思いっきり楽しもう！"),
                    List.of("{Adult} — that's going to be so much fun!", "Oh yes, {act}! I can't wait!",
                            "{Act}? Count me in!")),
            l(List.of("{adult}の、気持ちよさそうだね。", "{act}か。いいね、みんなで楽しめそう。", "{act}、ちょうどいいね。"),
                    List.of("{Adult} sounds really nice.", "{Act}… good idea. Everyone can enjoy that.",
                            "{Act} would be just right.")),
            l(List.of("{adult}の、すてきだね。", "{act}、いいね。みんなの笑顔が目に浮かぶよ。", "{act}かあ、楽しみだね。"),
                    List.of("{Adult}… how lovely.", "{Act} sounds wonderful. I can picture everyone's faces.",
                            "{Act}. I'm already looking forward to it.")));

    static final ByMood PARTNER_ACTIVITIES = new ByMood(
            l(List.of("{acts}、どれも楽しそう！", "いいね、{acts}！今から待ちきれない！", "{acts}かあ、最高の週末になりそう！"),
                    List.of("{Acts} — all of it sounds fun!", "Oh yes, {acts}! I can't wait!",
                            "{Acts}? That's going to be the best weekend!")),
            l(List.of("{acts}か。いいね、みんなで楽しめそう。", "{acts}、ちょうどいい組み合わせだね。", "{acts}、いいと思う。"),
                    List.of("{Acts}… good ideas. Everyone can enjoy that.", "{Acts} — that's a nice mix.",
                            "{Acts}. I think that works well.")),
            l(List.of("{acts}、いいね。みんなの笑顔が目に浮かぶよ。", "{acts}かあ、楽しみだね。", "{acts}、どれもすてきだね。"),
                    List.of("{Acts}… I can picture everyone's faces.", "{Acts}. I'm already looking forward to it.",
                            "{Acts} — every one of them sounds lovely.")));

    static final ByMood PARTNER_REMOVED = new ByMood(
            l(List.of("{removed}はまた今度にしよっか！", "オッケー、{removed}はなしにしよう！"),
                    List.of("Okay, let's save {removed} for another time!", "Got it, no {removed} this time!")),
            l(List.of("そうだね、{removed}は今回はやめておこう。", "わかった、{removed}はまた別の機会にしよう。"),
                    List.of("Fair enough, we'll skip {removed} this time.", "All right, {removed} can wait for another trip.")),
            l(List.of("うん、{removed}はまた別の機会にしようね。", "そうだね、{removed}はまた今度ね。"),
                    List.of("That's fine, {removed} can wait for another day.", "Of course — {removed} another time, then.")));

    static final ByMood PARTNER_OUTING = new ByMood(
            l(List.of("みんなでお出かけ、いいね！", "お出かけ？やったー、行こう行こう！", "いいね、週末が楽しみになってきた！"),
                    List.of("A family outing? I love it!", "Ooh, a trip? Yes, let's go!",
                            "That makes me look forward to the weekend already!")),
            l(List.of("週末のお出かけ、いいね。", "たまには家族でお出かけもいいね。", "うん、みんなで出かけよう。"),
                    List.of("A weekend outing sounds good.", "It'd be nice to get out together as a family.",
                            "Yes, let's go somewhere together.")),
            l(List.of("みんなでお出かけ、うれしいな。", "いいね、家族みんなで行けたらすてきだね。", "お出かけの相談って、なんだかわくわくするね。"),
                    List.of("An outing with everyone… that makes me happy.", "It would be lovely to go somewhere all together.",
                            "Planning a trip together feels so cozy.")));

    static final ByMood PARTNER_SMALL_TALK = new ByMood(
            l(List.of("うんうん、いいね！", "それ、すごくわかる！", "あはは、楽しいね！"),
                    List.of("Haha, I love that!", "Oh, totally!", "That's fun!")),
            l(List.of("うん、そうだね。", "なるほどね。", "うん、ちゃんと聞いてるよ。"),
                    List.of("Mm, I see.", "That makes sense.", "I'm listening.")),
            l(List.of("うん、うん。", "そうだったんだね。", "話してくれてありがとう。"),
                    List.of("Mm-hm.", "I see, I see.", "Thank you for telling me.")));

    static final ByMood ASK_WHERE = new ByMood(
            l(List.of("どこに行きたい？海？山？", "行きたいところ、ある？", "どこにしようか？わくわくするね！"),
                    List.of("Where do you want to go? The beach? The mountains?", "Anywhere you've been dreaming of?",
                            "So, where shall we go?")),
            l(List.of("どこに行こうか？", "行ってみたい場所はある？", "どこがいいか、一緒に決めよう。どこか案はある？"),
                    List.of("Where should we go?", "Is there a place you'd like to visit?",
                            "Let's pick a place together — any ideas?")),
            l(List.of("どこか行きたいところ、ある？", "どこがいいかな？", "行きたい場所、聞かせてほしいな。"),
                    List.of("Is there somewhere you'd like to go?", "Where do you think would be nice?",
                            "I'd love to hear where you'd like to go.")));

    static final Lines ASK_WHAT = l(List.of("{dest}で何をしようか？", "{dest}では何がしたい？", "{dest}で、やってみたいことはある？"),
            List.of("What should we do there?", "What would you like to do there?", "Anything you'd like to try there?"));

    static final Lines ASK_MORE = l(List.of("ほかにもやりたいこと、ある？", "{act}のほかには、何がしたい？", "あとひとつ、何かやりたいことある？"),
            List.of("What else would you like to do?", "Besides {act}, what else sounds fun?",
                    "One more thing we could do — any ideas?"));

    static final Lines ASK_WHERE_FOR = l(List.of("どこでやろうか？", "{act}なら、どこがいいかな？", "それなら、どこに行こうか？"),
            List.of("Where should we go for that?", "Where would be good for {act}?", "Then where shall we go?"));

    static final Lines ASK_ANYTHING_ELSE = l(List.of("ほかに何か、やりたいことはある？", "ほかに行きたいところがあったら、教えてね。"),
            List.of("Anything else you'd like to do?", "If there's anywhere else you'd like to go, tell me."));

    static final ByMood PARTNER_CONFIRMED = new ByMood(
            l(List.of("やったー、決まりだね！{dest}、楽しみ！", "決まり！{dest}、思いっきり楽しもうね！"),
                    List.of("Yay, it's decided! {Dest}, here we come!", "Settled! Let's make {dest} the best trip ever!")),
            l(List.of("うん、決まりだね。{dest}、楽しみにしてる。", "じゃあ、{dest}で決まり。準備は任せてね。"),
                    List.of("Then it's decided. I'm looking forward to {dest}.",
                            "{Dest} it is, then — leave the packing to me.")),
            l(List.of("決まったね。{dest}、みんなで楽しもうね。", "うれしいな。{dest}、今から楽しみだよ。"),
                    List.of("It's decided. Let's enjoy {dest} together.", "I'm so happy. I can't wait for {dest}.")));

    static final ByMood PARTNER_DECLINED = new ByMood(
            l(List.of("そっか、了解！じゃあ、もう一回考えよう！", "オッケー、ほかの案も考えてみよう！"),
                    List.of("Okay, got it! Let's think again together!", "Sure, let's come up with another idea!")),
            l(List.of("わかった。もう少しみんなで考えよう。", "そうだね、急がなくていいよ。"),
                    List.of("All right. Let's think it over a bit more.", "No rush — we'll find the right plan.")),
            l(List.of("うん、わかった。どうしたいか、聞かせてね。", "大丈夫、ゆっくり決めようね。"),
                    List.of("That's okay. Tell me what you'd like.", "Don't worry, we can decide slowly.")));

    static final Lines PARTNER_AFTER = l(List.of("ありがとう！それじゃあ{dest}で楽しもうね。準備は任せて♪",
            "{dest}、本当に楽しみだね。忘れ物がないように、一緒に準備しようね。", "計画してくれてありがとう。{dest}で、いっぱい思い出を作ろうね。",
            "ふふ、今から{dest}のことばかり考えちゃう。当日まで、元気でいようね。"),
            List.of("Thank you! Let's enjoy {dest} together — leave the packing to me ♪",
                    "I'm really looking forward to {dest}. Let's get ready together so we don't forget anything.",
                    "Thank you for planning it. Let's make lots of memories together.",
                    "I keep thinking about {dest} already. Let's stay well until the big day."));

    // ---------------------------------------------------------------- proposals

    static final Lines PROPOSAL_ADULT = l(List.of("{dest}で、{acts}を楽しむ計画にしようと思うけど、どうかな？",
            "じゃあ、こんなのはどう？{dest}に行って、{acts}を楽しむ計画。みんなで楽しめると思うんだけど、どうかな？",
            "ねえ、{dest}で{acts}を楽しむ週末にしない？この計画でいいかな？",
            "今までの話をまとめると、{dest}で{acts}を楽しむ計画だね。これで決めちゃってもいいかな？"),
            List.of("So how about this plan: we go to {dest} and enjoy {acts}. What do you think?",
                    "Here's an idea — a trip to {dest} to enjoy {acts}. Shall we make that our plan?",
                    "Putting it all together: we go to {dest} and enjoy {acts}. Does that plan sound good to you?",
                    "I think I've got it: {dest}, with {acts}. Should we go with that plan?"));

    static final Lines PROPOSAL_CHILD = l(List.of("ねえねえ！{dest}で{acts}を楽しむ計画にしようよ！いいでしょ？",
            "きめた！{dest}に行って、{acts}を楽しむの！この計画でいい？"),
            List.of("Ooh, ooh! Let's go to {dest} and enjoy {acts}! Can that be the plan? Please?",
                    "I know! We go to {dest} and enjoy {acts}! Is that plan okay?"));

    // ---------------------------------------------------------------- toddlers (three and under)

    static final Lines TODDLER_DEST = l(List.of("{dest}！{name}もいく！", "{dest}！いくー！", "わーい、{dest}！", "{dest}、いく！"),
            List.of("{Dest}! {name} go too!", "{Dest}! Go go!", "Yay, {dest}!", "{Dest}! Go!"));
    static final Lines TODDLER_ACT = l(List.of("{baby}！{baby}！", "{baby}、すき！", "{name}も{baby}！", "{baby}！やるー！"),
            List.of("{Baby}! {Baby}!", "{Baby}! Me too!", "{name} wants {baby}!", "{Baby}! Yay!"));
    static final Lines TODDLER_CHAT = l(List.of("おでかけ！", "いくー！", "わーい！", "{name}もいっしょ！"),
            List.of("Outing! Outing!", "Go! Go!", "Yay!", "{name} come too!"));
    static final Lines TODDLER_QUESTION = l(List.of("{undecided}どこいくの？", "いつ？", "{name}も？"),
            List.of("{undecided}Where we going?", "When?", "{name} too?"));
    static final Lines TODDLER_REMOVED = l(List.of("えー、ないの？", "……うん。"), List.of("No more?", "Okay…"));
    static final Lines TODDLER_PROPOSING = l(List.of("いくー！", "わーい！", "たのしみ！"), List.of("Go go!", "Yay!", "Fun!"));
    static final Lines TODDLER_CONFIRMED = l(List.of("やったー！", "わーい、{dest}！", "いくー！"),
            List.of("Yaaay!", "{Dest}! Go!", "Yay yay!"));
    static final Lines TODDLER_DECLINED = l(List.of("……どこいく？", "えー？", "んー？"), List.of("Where go?", "Hmm?", "Huh?"));
    static final Lines TODDLER_AFTER = l(List.of("{dest}！たのしみ！", "はやくいきたい！", "{name}、じゅんびした！"),
            List.of("{Dest}! Yay!", "Go soon!", "{name} ready!"));

    // ---------------------------------------------------------------- small children (four to six)

    static final ByMood SMALL_DEST = new ByMood(
            l(List.of("{dest}？やったー！", "{dest}いきたい！いきたい！", "わーい、{dest}だ！"),
                    List.of("{Dest}? Yaaay!", "I wanna go to {dest}! I wanna go!", "Yay, {dest}!")),
            l(List.of("{dest}だって！たのしみだね。", "{dest}、いいね。", "{dest}って、とおい？"),
                    List.of("{Dest}! That sounds fun.", "{Dest}, okay!", "Is {dest} far away?")),
            l(List.of("{dest}、いってみたいな。", "{dest}かあ。うれしいな。", "{dest}、みんなでいけるの？"),
                    List.of("I'd like to go to {dest}…", "{Dest}… that makes me happy.", "Can we all go to {dest}?")));
    static final ByMood SMALL_ACT = new ByMood(
            l(List.of("{kid}！", "やったー！{kid}！", "{me}、{kid}！"),
                    List.of("I want to {kid}!", "Yay! I wanna {kid}!", "Me! Me! I want to {kid}!")),
            l(List.of("{kid}な。", "{me}も{kid}。", "{act}、たのしみ。"),
                    List.of("I want to {kid}.", "Can I {kid} too?", "{Act}… I'm excited.")),
            l(List.of("{kid}なあ。", "{me}、{kid}な。", "{act}、いっしょにしてくれる？"),
                    List.of("I'd love to {kid}…", "Could we {kid}?", "Will you come with me for {act}?")));
    static final ByMood SMALL_CHAT = new ByMood(
            l(List.of("{undecided}どこいくの？はやくいきたい！", "おでかけ？やったー！", "ねえねえ、いつ行くの？", "{dest}、はやくいきたいな！"),
                    List.of("{undecided}Where are we going? I wanna go now!", "An outing? Yay!", "Hey, hey, when do we leave?",
                            "{Dest}! I wanna go now!")),
            l(List.of("おでかけ、たのしみだね。", "{me}、じゅんびしておくね。", "{undecided}どこにいくのかな。"),
                    List.of("I'm excited for the outing.", "I'll get my bag ready.", "{undecided}Where are we going, I wonder.")),
            l(List.of("みんなでおでかけ、うれしいな。", "{undecided}どこにいくのかな？", "{me}もいっしょに行っていい？"),
                    List.of("Going out all together makes me happy.", "{undecided}Where will we go?", "Can I come too?")));
    static final Lines SMALL_QUESTION = l(List.of("ねえねえ、いつ行くの？", "{dest}って、なにがあるの？", "おやつ、もっていっていい？"),
            List.of("Hey, when are we going?", "What's at {dest}?", "Can I bring snacks?"));
    static final ByMood SMALL_PROPOSING = new ByMood(
            l(List.of("わーい！はやく行きたい！", "それがいい！"), List.of("Yay! I wanna go now!", "That one!")),
            l(List.of("たのしみだね。", "いいね、それ。"), List.of("That sounds fun.", "I like that.")),
            l(List.of("みんなでいけるの、うれしいな。", "すてきだね。"), List.of("I'm happy we're all going.", "That's nice.")));
    static final Lines SMALL_CONFIRMED = l(List.of("やったー！{dest}だ！", "わーい、きまり！", "{dest}、たのしみ！"),
            List.of("Yay! {Dest}!", "Woohoo, it's decided!", "{Dest}! I'm so excited!"));
    static final ByMood SMALL_DECLINED = new ByMood(
            l(List.of("えー！じゃあ、どこいく？", "じゃあ、べつのところ！"), List.of("Aww! Then where are we going?", "Then somewhere else!")),
            l(List.of("じゃあ、またかんがえよう。", "うん、わかった。"), List.of("Okay, let's think again.", "Okay, I get it.")),
            l(List.of("うん、いいよ。", "どこでもいいよ、みんないっしょなら。"), List.of("Okay, that's fine.", "Anywhere is okay if we're together.")));
    static final Lines SMALL_AFTER = l(List.of("{dest}、はやくいきたいなー！", "あと何回ねたら{dest}？", "{me}、もうじゅんびできたよ！"),
            List.of("I wanna go to {dest} now!", "How many sleeps until {dest}?", "I'm all ready to go!"));

    // ---------------------------------------------------------------- school children (seven and up)

    static final ByMood SCHOOL_DEST = new ByMood(
            l(List.of("{dest}！？やったー！", "え、{dest}？行きたい行きたい！", "{dest}、ぜったい楽しいやつだ！"),
                    List.of("{Dest}?! Yes!", "Wait, {dest}? I want to go, I want to go!", "{Dest} is going to be SO fun!")),
            l(List.of("{dest}かあ。いいね。", "{dest}なら、ちょっと調べておくね。", "{dest}、行ってみたかったんだ。"),
                    List.of("{Dest}, huh. Nice.", "{Dest}? I'll look it up.", "I've always wanted to see {dest}.")),
            l(List.of("{dest}、みんなで行けたらうれしいな。", "{dest}かあ。どんなところなんだろう。", "{dest}、いいね。わくわくする。"),
                    List.of("It would be so nice to go to {dest} together.", "{Dest}… I wonder what it's like.",
                            "{Dest} sounds nice. I'm excited.")));
    static final ByMood SCHOOL_ACT = new ByMood(
            l(List.of("{kid}！", "{me}、{kid}！", "{act}、さいこう！"),
                    List.of("I want to {kid}!", "Let's {kid}!", "{Acts}? Best idea ever!")),
            l(List.of("{kid}な。", "{act}、楽しみ。", "{act}なら、持っていくものリストを作っておくね。"),
                    List.of("I'd like to {kid}.", "{Acts} — I'm looking forward to it.", "I'll make a packing list for {acts}.")),
            l(List.of("{kid}な。", "{me}は{kid}な。", "{act}、いっしょにやろうね。"),
                    List.of("I'd really like to {kid}.", "Maybe we could {kid}?", "Let's enjoy {acts} together, okay?")));
    static final ByMood SCHOOL_CHAT = new ByMood(
            l(List.of("{undecided}どこ行くの？早く決めようよ！", "お出かけ？やったー！", "{undecided}ねえねえ、どこ行く？", "早く{dest}に行きたい！"),
                    List.of("{undecided}Where are we going? Let's decide fast!", "A trip? Yesss!", "{undecided}Hey, where are we going?",
                            "I want to go to {dest} right now!")),
            l(List.of("持っていくもの、リストにしておくね。", "お出かけ、楽しみだね。", "{undecided}どこに行くか決まったら教えてね。"),
                    List.of("I'll make a list of things to bring.", "I'm looking forward to the trip.",
                            "{undecided}Tell me when we've decided where to go.")),
            l(List.of("みんなでお出かけ、うれしいな。", "{undecided}どこに行っても、みんないっしょなら楽しいよ。", "お出かけ、楽しみだな。",
                    "みんなで{dest}、うれしいな。"),
                    List.of("I'm happy we're all going out together.", "{undecided}Anywhere is fun if we're all together.",
                            "I'm looking forward to the outing.", "{Dest} with everyone… I'm so happy.")));
    static final Lines SCHOOL_QUESTION = l(List.of("{dest}ってどんなところ？", "何時に出発するの？", "{me}のリュック、どこだっけ？"),
            List.of("What's {dest} like?", "What time do we leave?", "Where's my backpack?"));
    static final ByMood SCHOOL_PROPOSING = new ByMood(
            l(List.of("それ、さいこうじゃん！", "さんせい！早く行きたい！"), List.of("That's the best plan ever!", "Yes! I want to go now!")),
            l(List.of("いい計画だと思う！", "うん、それなら準備もできそう。"), List.of("Sounds like a good plan to me.", "Okay, I can get ready for that.")),
            l(List.of("すてきな計画だね。", "みんなで行けたら、うれしいな。"), List.of("That's a lovely plan.", "I'd be so happy if we all went.")));
    static final ByMood SCHOOL_CONFIRMED = new ByMood(
            l(List.of("やったー！{dest}決定！", "よっしゃー！{dest}だ！"), List.of("Yes! {Dest} it is!", "Woohoo! {Dest}!")),
            l(List.of("決まりだね。準備しなきゃ。", "{dest}、楽しみにしてるね。"),
                    List.of("Decided! I'd better start packing.", "I'm looking forward to {dest}.")),
            l(List.of("楽しみだね。ありがとう！", "{dest}、みんなで行けるんだね。うれしい！"),
                    List.of("I can't wait. Thank you!", "We're all going to {dest}. I'm so happy!")));
    static final ByMood SCHOOL_DECLINED = new ByMood(
            l(List.of("えー、じゃあどうする？", "じゃあ、ほかにどこがある？"), List.of("Aww, so what do we do now?", "Then where else could we go?")),
            l(List.of("じゃあ、ほかの案を考えようか。", "わかった。もう一回考えよう。"),
                    List.of("Then let's think of another idea.", "Okay. Let's think again.")),
            l(List.of("うん。みんなで決めよう。", "どこになっても、楽しみだよ。"),
                    List.of("Okay. Let's decide together.", "Wherever we go, I'll be happy.")));
    static final Lines SCHOOL_AFTER = l(List.of("{dest}、早く行きたいな！", "{dest}に持っていくもの、もう準備したよ！", "あと何日で{dest}かな？"),
            List.of("I can't wait for {dest}!", "I already packed for {dest}!", "How many days until {dest}?"));
}
