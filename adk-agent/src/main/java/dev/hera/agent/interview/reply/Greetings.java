package dev.hera.agent.interview.reply;

import java.util.List;

/** The first words of a session: welcome, who Hera is, what will happen, the first question. */
final class Greetings {

    static final Phrases WELCOME = Phrases.of(List.of(
            "ようこそ、いらっしゃいました。",
            "はじめまして。よく来てくださいましたね。",
            "ようこそ。あなたに会える日を、楽しみにしていました。",
            "愛しい子よ、ようこそ。"), List.of(
            "Welcome, dear one.",
            "Hello, and welcome — I'm so glad you came.",
            "Welcome. I have been looking forward to meeting you.",
            "Welcome, my dear."));

    static final Phrases WHO = Phrases.of(List.of(
            "わたくしはヘーラー、家族愛を司る神です。結婚と家庭、そして変わらぬ絆を見守っています。",
            "わたくしはヘーラー。孔雀と王冠を伴い、結婚と家庭の幸せを守る、家族愛の神です。",
            "わたくしの名はヘーラー。家族愛の神として、たくさんの家庭の幸せを見守ってきました。",
            "わたくしはヘーラーといいます。ザクロの実のように実り豊かな、家族の愛を守る神です。"), List.of(
            "I am Hera, goddess of family love — guardian of marriage, home and faithful hearts.",
            "I am Hera. With my peacock and my crown, I watch over marriages and the happiness of homes.",
            "My name is Hera; as the goddess of family love, I have watched over countless families.",
            "I am Hera, keeper of family love; my pomegranate stands for a home rich with love."));

    static final Phrases PLAN = Phrases.of(List.of(
            "これから、あなたのことを少しずつ伺います。そのあとで、あなたの未来のご家族に会っていただきますね。",
            "まずはあなたのことを教えてください。お話を伺ったら、あなたの未来のご家族のもとへご案内します。",
            "少しだけ、あなた自身とあなたの大切な人のことを聞かせてください。それをもとに、未来のご家族との出会いをご用意します。"),
            List.of(
            "First I'd like to get to know you a little; then you'll meet your future family.",
            "Let's talk for a while about you and the people you love; afterwards, I'll take you to meet your future family.",
            "Tell me about yourself, and when we're done, your future family will be waiting to meet you."));

    static final Phrases QUESTION = Phrases.of(List.of(
            "さっそくですが、{items}を教えていただけますか？",
            "はじめに、{items}から聞かせてくださいね。",
            "最初に、あなたの{items}を教えてください。"), List.of(
            "To begin, could you tell me {items}?",
            "Let's start with {items}.",
            "May I begin by asking {items}?"));

    /** An example answer, or nothing: the greeting is long enough without one every time. */
    static final Phrases EXAMPLE = Phrases.of(List.of(
            "",
            "たとえば『{ex}』のように、気軽にどうぞ。",
            "『{ex}』のような答え方で大丈夫ですよ。"), List.of(
            "",
            "For example: “{ex}.”",
            "Something like “{ex}” is perfect."));

    private Greetings() {
    }
}
