package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19, round 11: a person tells their character through what they do, habitually, cannot help or never do,
 * facet by facet of the Big Five, each pole, in hiragana as typed and in dialect — not through the textbook word.
 * Each group holds several everyday ways to say the same thing, and sentences that must not give it.
 */
class EverydayBehaviourFacetsTest {

    private static final String ASKED = "あなたはどんな性格ですか？";

    static Stream<ExtractionCase> extraversion() {
        return Stream.of(
                // going out with friends as a habit, and the same denied
                ja("週末は友達とよく出かけます", "E>0.6").asked(ASKED),
                ja("仲間としょっちゅう遊びに行ってる", "E>0.6").asked(ASKED),
                ja("同僚と毎晩飲みに行くわ", "E>0.6").asked(ASKED),
                ja("友達とはあまり出かけません", "E<0.4").asked(ASKED),
                ja("友達ともほとんど遊ばない", "E<0.4").asked(ASKED),
                // talking to anyone, never refusing an invitation, laughing a lot
                ja("だれとでもすぐ仲良くなれるほう", "E>0.6").asked(ASKED),
                ja("誰とでも飲めるし、誰とでも話せる", "E>0.6").asked(ASKED),
                ja("知らない人にも自分から話しかけるタイプ", "E>0.6").asked(ASKED),
                ja("誘われたら絶対行く派です", "E>0.6").asked(ASKED),
                ja("飲み会は断らない", "E>0.6").asked(ASKED),
                ja("ゲラで、いつも笑ってる", "E>0.6").asked(ASKED),
                ja("おれはよぐしゃべる", "E>0.6").asked(ASKED),
                ja("休みの日はいつもどこかに出かけてる", "E>0.6").asked(ASKED),
                // low: alone by choice, shy in hiragana, staying in, turning invitations down
                ja("ひとりでおるのが一番楽", "E<0.4").asked(ASKED),
                ja("一人でいるほうが好き", "E<0.4").asked(ASKED),
                ja("一人で映画観るのが好き", "E<0.4").asked(ASKED),
                ja("ひとみしりです", "E<0.4").asked(ASKED),
                ja("初めての人とはなかなか話せない", "E<0.4").asked(ASKED),
                ja("休みの日は家から一歩も出えへん", "E<0.4").asked(ASKED),
                ja("休日はずっと家にこもってる", "E<0.4").asked(ASKED),
                ja("飲み会はだいたい断ってまう", "E<0.4").asked(ASKED),
                ja("ソロ活が好き", "E<0.4").asked(ASKED),
                // no trait: a language not spoken, going somewhere alone
                ja("知らない町に一人で行くのも好き", "E=-", "O>0.6").asked(ASKED),
                ja("英語は話せないです", "traits=-").asked(ASKED),
                ja("英語が話せない", "traits=-").asked(ASKED));
    }

    static Stream<ExtractionCase> conscientiousness() {
        return Stream.of(
                ja("予定は前もってきっちり立てる", "C>0.6").asked(ASKED),
                ja("スケジュールは必ず事前に組む", "C>0.6").asked(ASKED),
                ja("計画はちゃんと立てない", "C<0.4").asked(ASKED),
                ja("旅行の計画は全部立てるタイプ", "C>0.6").asked(ASKED),
                ja("掃除魔って言われる", "C>0.6").asked(ASKED),
                ja("芯が強いってよく言われる", "C>0.6").asked(ASKED),
                ja("5分前行動が基本", "C>0.6").asked(ASKED),
                ja("遅刻は一度もしたことがありません", "C>0.6").asked(ASKED),
                ja("宿題は先に終わらせるほうだった", "C>0.6").asked(ASKED),
                ja("きちょうめんなほう", "C>0.6").asked(ASKED),
                // low: putting off, losing things, acting on a whim, oversleeping, never lasting
                ja("何でも後回しにしがち", "C<0.4").asked(ASKED),
                ja("鍵をしょっちゅうなくす", "C<0.4").asked(ASKED),
                ja("思いつきで行動するタイプ", "C<0.4").asked(ASKED),
                ja("寝坊ばっかりしてる", "C<0.4").asked(ASKED),
                ja("何をやっても続かない", "C<0.4").asked(ASKED),
                ja("休みはダラダラ過ごしてる", "C<0.4").asked(ASKED),
                ja("わんはてーげーさ", "C<0.4").asked(ASKED),
                // no trait: one lost wallet, a wish about a partner's cleaning
                ja("昨日財布をなくした", "traits=-").asked(ASKED),
                ja("遅刻する人は嫌い", "traits=-").asked(ASKED));
    }

    static Stream<ExtractionCase> agreeableness() {
        return Stream.of(
                ja("人の意見はちゃんと聞くほう", "A>0.6").asked(ASKED),
                ja("人の気持ちはちゃんと考えるほう", "A>0.6").asked(ASKED),
                ja("揉めそうになったら、だいたい譲ります", "A>0.6").asked(ASKED),
                ja("根に持たない性格", "A>0.6", "N<0.4").asked(ASKED),
                ja("人の悪口は言わへん", "A>0.6").asked(ASKED),
                ja("人と揉めるのは嫌い", "A>0.6").asked(ASKED),
                ja("おだやかって言われる", "A>0.6").asked(ASKED),
                // particles dropped as typed, and fairness
                ja("面倒見よくて、誰にでも公平", "A>0.6").asked(ASKED),
                ja("人当たりはいいほう", "A>0.6").asked(ASKED),
                // low
                ja("根に持つタイプです", "A<0.4").asked(ASKED),
                ja("根に持つタイプじゃない", "A>0.6").asked(ASKED),
                ja("自分の意見は絶対曲げない", "A<0.4").asked(ASKED),
                ja("我が強いってよく言われる", "A<0.4").asked(ASKED),
                ja("口は悪いです", "A<0.4").asked(ASKED),
                ja("プライドが高い", "A<0.4").asked(ASKED));
    }

    static Stream<ExtractionCase> openness() {
        return Stream.of(
                ja("なんにでも興味がある", "O>0.6").asked(ASKED),
                ja("本をよく読みます", "O>0.6").asked(ASKED),
                ja("変わってるってよく言われる", "O>0.6").asked(ASKED),
                // low: the same every time, shy of new things and machines
                ja("いつも同じ店で同じものを頼む", "O<0.4").asked(ASKED),
                ja("決まったメニューしか頼まない", "O<0.4").asked(ASKED),
                ja("冒険はしない", "O<0.4").asked(ASKED),
                ja("機械には疎い", "O<0.4").asked(ASKED),
                ja("流行りには興味がない", "O<0.4").asked(ASKED),
                // no trait: a book once enjoyed
                ja("その本はめっちゃよかった", "traits=-").asked(ASKED));
    }

    static Stream<ExtractionCase> neuroticism() {
        return Stream.of(
                ja("ちょっとしたことですぐ落ち込む", "N>0.6").asked(ASKED),
                ja("細かいことが気になってしまう", "N>0.6").asked(ASKED),
                ja("人の目をすごく気にしちゃう", "N>0.6").asked(ASKED),
                ja("心配で眠れないことが多い", "N>0.6").asked(ASKED),
                ja("嫌なことはずっと引きずる", "N>0.6").asked(ASKED),
                ja("感情の起伏は激しいほう", "N>0.6").asked(ASKED),
                // never becoming it
                ja("感情的になることはほとんどありません", "N<0.4").asked(ASKED),
                ja("感情的にはならへん", "N<0.4").asked(ASKED),
                ja("すぐ感情的になってしまう", "N>0.6").asked(ASKED),
                // low, and the same said in dialect
                ja("細かいことは気にしねえな", "N<0.4").asked(ASKED),
                ja("人の目は気にならへん", "N<0.4").asked(ASKED),
                ja("小さなことで悩まない", "N<0.4").asked(ASKED),
                ja("落ち込んでも寝たらすぐ忘れる", "N<0.4").asked(ASKED),
                ja("一晩寝ればけろっとしてる", "N<0.4").asked(ASKED),
                ja("なんとかなるって思うタイプ", "N<0.4").asked(ASKED),
                ja("ストレスは溜めない", "N<0.4").asked(ASKED),
                ja("へこたれないのが取り柄", "N<0.4").asked(ASKED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extraversion")
    void extraversionInDeeds(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conscientiousness")
    void conscientiousnessInDeeds(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreeableness")
    void agreeablenessInDeeds(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openness")
    void opennessInDeeds(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("neuroticism")
    void neuroticismInDeeds(ExtractionCase c) {
        c.check();
    }
}
