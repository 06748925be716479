package dev.hera.agent.interview.reply;

import java.util.List;

/** What Hera says when the profile is complete: in the turn that completes it, and afterwards. */
final class Closings {

    /** The turn that completed the profile; the Japanese keeps the reference's sentence. */
    static final Phrases JUST_COMPLETED = Phrases.of(List.of(
            "ありがとうございます。十分な情報が揃いました。あなたの未来のご家族に会う準備が整いましたよ。",
            "ありがとうございます。これで十分な情報が揃いました。愛しい子よ、たくさん話してくれましたね。",
            "本当にありがとうございます。十分な情報が揃いました。いよいよ、未来のご家族に会いに行きましょう。"), List.of(
            "Thank you — I now have everything I need. Your future family is ready to meet you.",
            "Thank you, my dear; that's everything I needed to know.",
            "Thank you so much — I have all I need. It's time to meet your future family."));

    /** Turns after completion: the interview still answers, and points onward. */
    static final Phrases ALREADY_COMPLETE = Phrases.of(List.of(
            "必要なお話は、もう十分に伺っています。準備ができたら、未来のご家族に会いに進んでくださいね。",
            "お聞きしたかったことは、もうすべて揃っています。いつでも未来のご家族に会いに行けますよ。",
            "お話、嬉しく聞きました。あなたの未来のご家族が、あなたを待っていますよ。"), List.of(
            "I already have everything I need — whenever you're ready, go on and meet your future family.",
            "All I needed is gathered now; your future family is waiting whenever you're ready.",
            "It's a joy to hear more from you. Your future family is ready to meet you."));

    private Closings() {
    }
}
