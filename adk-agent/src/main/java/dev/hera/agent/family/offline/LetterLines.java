package dev.hera.agent.family.offline;

import java.util.List;
import java.util.Map;

import dev.hera.agent.family.offline.Place.Kind;
import dev.hera.agent.family.offline.VoiceLines.Lines;

/**
 * The sentences of the letter from the future family. Slots: {name} (how the person is
 * addressed), {dest}/{Dest}, {act}/{Act}, {p}, {c}, {kid}, {baby}/{Baby}.
 */
final class LetterLines {

    private LetterLines() {
    }

    private static Lines l(List<String> ja, List<String> en) {
        return new Lines(ja, en);
    }

    static final Lines ADDRESS = l(List.of("未来の{name}へ"), List.of("Dear future {name},"));

    /** Openings: each a list of sentences, the first ones required, the last one optional. */
    static final List<List<String>> OPENINGS_JA = List.of(
            List.of("{dest}への週末の計画を立ててくれて、本当にありがとう。", "あの日、みんなで話し合った時間そのものが、もう素敵な思い出になっています。"),
            List.of("こんにちは。未来のあなたの家族です。", "{dest}に行く計画を立ててくれて、本当にありがとう。", "どうしてもお礼が言いたくて、みんなでこの手紙を書きました。"),
            List.of("{dest}に行こうって決めてくれたあの日から、家じゅうがずっとそわそわしています。", "素敵な計画を、本当にありがとう。", "みんな、その日が来るのを指折り数えて待っています。"));
    static final List<List<String>> OPENINGS_EN = List.of(
            List.of("Thank you so much for planning our weekend trip to {dest}.", "The evening we all talked it over has already become a lovely memory."),
            List.of("Hello! It's us, your future family.", "Thank you for planning our trip to {dest}.", "We just had to say thank you, so we all sat down together to write this letter."),
            List.of("Ever since the day you decided on {dest}, the whole house has been buzzing.", "Thank you for such a wonderful plan.", "Everyone is counting the days until we go."));

    static final Map<Kind, Lines> PLACE = Map.of(
            Kind.SEASIDE, l(List.of("{dest}の海は、どんな色をしているのかな。きっと、写真よりずっと青いんだろうね。"),
                    List.of("We keep wondering what colour the sea will be when we get to {dest}. Bluer than any photo, we bet.")),
            Kind.HIGHLAND, l(List.of("{dest}の空気は、きっとひんやりしておいしいんだろうな。"),
                    List.of("When we get to {dest}, the air is going to feel so cool and fresh.")),
            Kind.CITY, l(List.of("{dest}の街には、どんな楽しいものが待っているのかな。"),
                    List.of("We wonder what fun things are waiting for us in {dest}.")),
            Kind.HERITAGE, l(List.of("{dest}の古い町並みを、みんなでのんびり歩くのが楽しみです。"),
                    List.of("We can't wait to wander slowly through the old streets of {dest} together.")),
            Kind.SPA, l(List.of("{dest}の湯けむりの向こうに、どんな景色があるのかな。"),
                    List.of("We wonder what we'll find beyond the clouds of steam in {dest}.")),
            Kind.THEME_PARK, l(List.of("{dest}のゲートをくぐる瞬間を、今から何度も想像しています。"),
                    List.of("We keep imagining the moment we walk through the gates of {dest}.")),
            Kind.SNOW, l(List.of("{dest}の真っ白な雪を、早くこの手でさわってみたいな。"),
                    List.of("We want to touch the snow of {dest} with our own hands — soon!")),
            Kind.NATURE, l(List.of("{dest}では、どんな景色が待っているのかな。"),
                    List.of("We wonder what kind of views are waiting for us when we get to {dest}.")),
            Kind.HOME, l(List.of("{dest}で、みんなでゆっくり過ごせるのが楽しみです。"),
                    List.of("We're looking forward to slow, cosy days together at {dest}.")));
    static final Lines PLACE_MORE = l(List.of("地図を広げるたびに、みんなの胸が高鳴ります。", "どんな景色が待っているのか、想像するだけでわくわくします。"),
            List.of("Every time we open the map, our hearts start racing.", "Just imagining what we'll see there makes us tingle with excitement."));

    static final Map<String, Lines> ACTIVITY = Map.ofEntries(
            Map.entry("swim", l(List.of("{act}では、波の音を聞きながら、思いっきりはしゃぎたいな。"),
                    List.of("For {act}, we want to splash around to the sound of the waves."))),
            Map.entry("aquarium", l(List.of("{act}の大きな水槽の前で、みんなで並んでお魚を見上げたいな。"),
                    List.of("At {act}, we want to stand side by side and look up at the fish in the giant tank."))),
            Map.entry("bbq", l(List.of("{act}では、いちばんおいしいところを、あなたにあげるね。"),
                    List.of("At {act}, we'll save the very best piece for you."))),
            Map.entry("camping", l(List.of("{act}の夜は、焚き火を囲んで、いろんなお話をしようね。"),
                    List.of("When we go {act}, let's sit around the campfire and tell stories all night."))),
            Map.entry("onsen", l(List.of("{act}につかったら、きっと毎日の疲れもとけていくよ。"),
                    List.of("A long soak in {act} is going to melt away all your tiredness."))),
            Map.entry("hiking", l(List.of("{act}で山の上まで登ったら、いちばんにあなたとハイタッチしたいな。"),
                    List.of("When we reach the top during {act}, the very first high-five is yours."))),
            Map.entry("fireworks", l(List.of("{act}の大きな音に、きっとみんなで歓声をあげるね。"),
                    List.of("When the {act} go boom, we'll all cheer together."))),
            Map.entry("zoo", l(List.of("{act}では、どの動物がいちばんかわいいか、みんなで決めようね。"),
                    List.of("At {act}, let's decide together which animal is the cutest."))),
            Map.entry("themepark", l(List.of("{act}では、いちばん大きな乗り物に、みんなで乗ろうね。"),
                    List.of("At {act}, let's all ride the biggest ride together."))),
            Map.entry("picnic", l(List.of("{act}のお弁当は、みんなで作ろうね。"),
                    List.of("For {act}, let's make the lunch together."))),
            Map.entry("gourmet", l(List.of("{act}は、みんなでいろいろ食べくらべしようね。"),
                    List.of("We can't wait to try {act} — everyone wants a taste of everything."))));

    static final Lines ACTIVITY_GENERIC = l(List.of("{act}は、みんながいちばん楽しみにしていることのひとつです。",
            "{act}のことを考えるだけで、自然と笑顔になっちゃう。", "{act}では、きっとたくさん笑うんだろうな。",
            "{act}も、みんなでやったらきっと最高の思い出になるね。"),
            List.of("{Act} is one of the things we're looking forward to most.", "Just thinking about {act} makes us smile.",
                    "We're sure {act} will be full of laughter.", "{Act} with everyone is going to be the best memory."));

    static final Lines PARTNER_BRIGHT = l(List.of("{p}は「みんなで思いっきり楽しもうね！」って、今からはりきっています。",
            "{p}は、もう手作りの旅のしおりまで作っちゃいました。"),
            List.of("{p} keeps saying, “Let's have the best time ever!” — already so excited.",
                    "{p} has even made a little handmade trip booklet already."));
    static final Lines PARTNER_CALM = l(List.of("{p}は「無理せず、のんびり楽しもう」って、いつもの穏やかな笑顔で言っていたよ。",
            "{p}は、みんなの持ち物リストをきちんと作ってくれました。"),
            List.of("“Let's take it easy and just enjoy ourselves,” {p} said, with that calm, familiar smile.",
                    "{p} has already made a tidy packing list for everyone."));
    static final Lines PARTNER_GENTLE = l(List.of("{p}は「みんなの笑顔が見られたら、それで十分」って、少し照れながら言っていたよ。",
            "{p}は、あなたが楽しめるかどうかを、いちばん気にしています。"),
            List.of("“As long as I see everyone smiling, that's enough for me,” {p} said, a little shyly.",
                    "{p} cares most of all about whether you'll have a good time."));

    static final Lines CHILD_TODDLER = l(List.of("{c}は「{baby}！」って言いながら、毎日にこにこしています。",
            "{c}は、まだよくわかっていないみたいだけど、みんなが楽しそうだから、いっしょになってはしゃいでいます。"),
            List.of("Little {c} runs around shouting “{Baby}!” every single day.",
                    "{c} doesn't quite understand yet, but everyone seems so happy that {c} is bouncing around too."));
    static final Lines CHILD_SMALL = l(List.of("{c}は「{kid}！」って、毎日のように言っています。",
            "{c}は、寝る前に「あと何回ねたら行けるの？」って聞いてきます。"),
            List.of("{c} says “I want to {kid}!” pretty much every day.",
                    "Every night at bedtime, {c} asks, “How many more sleeps?”"));
    static final Lines CHILD_SCHOOL = l(List.of("{c}は「{kid}な。{dest}って、どんなところなんだろう」って、地図をながめています。",
            "{c}は「はやく{dest}に行きたい！」って、カレンダーに花まるをつけました。"),
            List.of("{c} keeps looking at the map and saying, “I want to {kid}. I wonder what {dest} is like.”",
                    "{c} drew a big flower on the calendar and said, “I can't wait to go to {dest}!”"));
    static final Lines CHILD_SHORT = l(List.of("{c}も、とっても楽しみにしています。"), List.of("{c} is really looking forward to it, too."));

    static final Lines CHILD_MORE_TODDLER = l(List.of("{c}のお気に入りのぼうしも、もうかばんに入っています。", "{c}は、毎朝「きょう？」って聞いてきます。"),
            List.of("{c}'s favourite hat is already packed.", "Every morning {c} asks, “Today?”"));
    static final Lines CHILD_MORE_SMALL = l(List.of("{c}は、持っていくおやつを何にするか、毎日まよっています。", "{c}は、あなたと手をつないで歩くのを楽しみにしています。"),
            List.of("{c} changes the snack plan for the trip every single day.", "{c} can't wait to walk there holding your hand."));
    static final Lines CHILD_MORE_SCHOOL = l(List.of("{c}は、旅行の日の天気予報を毎朝チェックしています。", "{c}は、旅の日記を書くためのノートを用意しました。"),
            List.of("{c} checks the weather forecast for our trip every morning.", "{c} has a brand-new notebook ready for a trip diary."));

    static final Lines POSTSCRIPT = l(List.of("追伸　{p}より：いつも本当にありがとう。当日の運転は任せてね。", "追伸　{p}より：あなたと家族になれて、本当によかった。"),
            List.of("P.S. from {p}: Thank you for everything. Leave the driving to me on the day.", "P.S. from {p}: I'm so glad we became a family."));

    static final Lines FORESIGHT = l(List.of("きっとこの旅は、家族にとって特別な思い出になる。そんな予感がしています。",
            "帰ってくるころには、みんな少しずつ日焼けして、今よりもっと仲良しになっているはずです。"),
            List.of("We have a feeling this trip is going to become a very special memory for our family.",
                    "By the time we come home, we'll all be a little sun-kissed — and even closer than before."));

    static final Lines CARE = l(List.of("毎日いそがしいと思うけれど、無理しすぎないでね。", "がんばっているあなたのこと、わたしたちはちゃんと知っているよ。"),
            List.of("We know you're busy every day, so please don't push yourself too hard.",
                    "We see how hard you're working, and we're so proud of you."));
    static final Lines ALWAYS = l(List.of("未来の家族は、いつでもあなたのそばにいます。", "どんなときも、未来の家族はあなたのそばにいるよ。"),
            List.of("Your future family is always by your side.", "Whatever happens, your future family is always right by your side."));
    static final Lines WAITING = l(List.of("楽しみに待っているね。"), List.of("We'll be waiting — we're so looking forward to it."));

    static final Lines EXTRAS = l(List.of("この手紙を読んでいるあなたの顔を想像すると、なんだかくすぐったい気持ちになります。",
            "荷物の準備は、みんなで手分けしてやろうね。", "もし雨が降っても、きっと大丈夫。みんないっしょなら、それだけで楽しいから。",
            "帰ったら、撮った写真をみんなでアルバムにしようね。", "あなたが笑っていると、わたしたちもうれしくなります。", "いつも、本当にありがとう。",
            "行きの車の中では、みんなで好きな歌を歌おうね。", "おそろいの帽子をかぶって行くのも、いいかもしれないね。", "たくさん遊んで、たくさん食べて、たくさん笑おうね。",
            "家族みんなで同じ景色を見られることが、なによりのプレゼントです。"),
            List.of("Imagining your face as you read this makes us feel a little shy.",
                    "Let's share the packing — everyone can help.",
                    "Even if it rains, it'll be fine. As long as we're together, it's fun.",
                    "When we get home, let's make an album of all the photos.",
                    "When you smile, we can't help smiling too.", "Thank you, always.",
                    "On the drive there, let's sing all our favourite songs.", "Maybe we could all wear matching hats!",
                    "Let's play lots, eat lots and laugh lots.",
                    "Seeing the same views together, as a whole family, is the best present of all."));

    static final Lines SIGNED = l(List.of("未来の家族より"), List.of("With love, from your future family"));
}
