package dev.hera.agent.interview.reply;

import java.util.List;

/** The small sentences that hold a reply together, around the acknowledgements and questions. */
final class Transitions {

    /** How few missing fields count as "nearly there". */
    static final int NEARLY_DONE = 2;

    /** After the acknowledgements, before the questions, while much is still missing. */
    static final Phrases ONWARD = Phrases.of(List.of(
            "",
            "それでは、次のことを伺わせてください。",
            "あなたのことが、少しずつ見えてきました。",
            "もう少しだけ、お話を聞かせてくださいね。",
            "愛しい子よ、もう少しだけお付き合いくださいね。"), List.of(
            "",
            "Let me ask you a little more.",
            "I'm getting to know you, little by little.",
            "Just a few more things, if you will.",
            "My dear, stay with me a little longer."));

    /** After the acknowledgements, before the questions, when only a little is missing. */
    static final Phrases NEARLY = Phrases.of(List.of(
            "あと少しで、準備が整います。",
            "もうすぐ、未来のご家族に会えますよ。",
            "残りはほんのわずかです。"), List.of(
            "We're almost there.",
            "Soon you'll meet your future family.",
            "Only a little is left."));

    /** The start of a reply when nothing was understood: gentle, never blaming. */
    static final Phrases GENTLE = Phrases.of(List.of(
            "ゆっくりで大丈夫ですよ。",
            "ごめんなさい、うまく受け取れなかったかもしれません。",
            "急がなくて大丈夫です。話しやすいところからで構いませんよ。",
            "愛しい子よ、焦らなくていいのですよ。",
            "もう一度、別の言い方で伺いますね。"), List.of(
            "There's no hurry at all.",
            "Forgive me, I may not have quite caught that.",
            "Take your time — start wherever feels easiest.",
            "My dear, there's no need to rush.",
            "Let me ask in another way."));

    /** Thanks for a turn whose understood notes had nothing to quote. */
    static final Phrases THANKS = Phrases.of(List.of(
            "お話を聞かせてくださって、ありがとうございます。",
            "ありがとうございます、大切に受け止めました。",
            "なるほど、よくわかりました。ありがとうございます。"), List.of(
            "Thank you for telling me.",
            "Thank you — I'll keep that close.",
            "I see; thank you for sharing."));

    /** The last words after the questions. */
    static final Phrases ENCOURAGE = Phrases.of(List.of(
            "",
            "思いつくままで大丈夫ですよ。",
            "ゆっくりで構いませんからね。"), List.of(
            "",
            "Whatever comes to mind is perfect.",
            "Take all the time you need."));

    private Transitions() {
    }
}
