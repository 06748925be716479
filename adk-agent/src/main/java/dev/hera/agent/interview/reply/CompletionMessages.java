package dev.hera.agent.interview.reply;

import java.util.List;

/** The message sent once when the profile is complete: thanks, what Hera learned, what comes next. */
final class CompletionMessages {

    static final Phrases THANKS = Phrases.of(List.of(
            "たくさんのお話を聞かせてくださって、本当にありがとうございました。",
            "愛しい子よ、心を開いて話してくれて、ありがとうございました。",
            "ありがとうございました。おかげで、あなたのことがよくわかりました。"), List.of(
            "Thank you so much for everything you've shared with me.",
            "Thank you, my dear, for opening your heart to me.",
            "Thank you — I feel I truly know you now."));

    /** The family as Hera pictures it; {members} are the partner and the children by name. */
    static final Phrases FAMILY = Phrases.of(List.of(
            "{members}――あなたの家族の姿が、はっきりと見えてきました。",
            "あなたと{members}。なんて温かいご家族でしょう。",
            "{members}と過ごす日々が、目に浮かぶようです。"), List.of(
            "{^members} — I can see your family clearly now.",
            "You and {members}: what a warm family that will be.",
            "I can already picture your days with {members}."));

    /** When no one has a name yet. */
    static final Phrases FAMILY_UNNAMED = Phrases.of(List.of(
            "あなたが思い描く家族の姿が、はっきりと見えてきました。",
            "あなたの家族の温かな姿が、目に浮かぶようです。",
            "あなたの願う家族の形、しっかりと受け取りました。"), List.of(
            "I can see the family you dream of clearly now.",
            "I can already picture your warm family.",
            "I have taken the family you wish for into my heart."));

    static final Phrases NEXT = Phrases.of(List.of(
            "このあとは、いよいよ未来のご家族に会いに行きましょう。よろしければ、あなたのお写真をアップロードしてください。ご家族の肖像を描くときに使わせていただきます。",
            "次は、未来のご家族との対面です。お写真をアップロードしていただければ、ご家族の肖像画にあなたらしさを映しますね。",
            "さあ、未来のご家族が待っています。あなたのお写真をアップロードすると、家族の肖像画をあなたに似せて描くことができますよ。"),
            List.of(
            "Next, you'll meet your future family. If you like, upload a photo of yourself, and I'll use it for the family portraits.",
            "Now it's time to meet your future family. Upload your photo if you'd like the portraits to look like you.",
            "Your future family is waiting for you. You can upload your photo so their portraits carry your likeness."));

    private CompletionMessages() {
    }
}
