package dev.hera.agent.interview.extract;

import static dev.hera.model.BigFive.Trait.AGREEABLENESS;
import static dev.hera.model.BigFive.Trait.CONSCIENTIOUSNESS;
import static dev.hera.model.BigFive.Trait.EXTRAVERSION;
import static dev.hera.model.BigFive.Trait.NEUROTICISM;
import static dev.hera.model.BigFive.Trait.OPENNESS;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.hera.model.BigFive;

/**
 * Personality words and the Big Five poles they point at, following the reference rubric
 * (明るい/社交的/外向的/活発 → E high; 几帳面/計画的/責任感/しっかり → C high; 優しい/思いやり/協力的
 * → A high; 好奇心旺盛/創造的/新しいこと好き → O high; 落ち着いている/楽観的 → N low; 心配性/慎重/不安 →
 * N high; 内向的/静か → E low), extended with everyday, casual and Kansai Japanese and with English.
 * <p>
 * A Japanese entry is a stem plus its {@link Form}, which says how the word inflects and so how a
 * negation attaches: 明る|くない (i-adjective), 社交的|じゃない (na-adjective), 人見知り|しない (noun or
 * suru-verb). An English entry is a regular expression over lower-case text.
 */
final class PersonalityLexicon {

    /**
     * How a Japanese word inflects; English words are {@link #EN}. An {@link #ACTIVITY}
     * (人前で話す, 計画を立てる) says nothing by itself: only the clause's judgement of it does
     * (「…のが好き」 high, 「…のは苦手」 low), read by {@link ClausePredicate}.
     */
    enum Form {
        I_ADJ, NA_ADJ, NOUN, VERB, ACTIVITY, EN
    }

    /** Which end of a trait a word points at. */
    enum Pole {
        HIGH, LOW
    }

    record Effect(BigFive.Trait trait, Pole pole) {
    }

    /**
     * A word or phrase, its effects, and the {@link Openings} of its matches ({@code null} when they cannot be
     * told from its expression): a message holding none of them need not be searched.
     */
    record Entry(Pattern pattern, Form form, List<Effect> effects, List<String> openings) {

        /** Whether a match may start in {@code text}: false only when none of its openings is there. */
        boolean mayMatch(String text) {
            return Openings.anyIn(openings, text);
        }
    }

    private static final Effect O_HIGH = new Effect(OPENNESS, Pole.HIGH);
    private static final Effect O_LOW = new Effect(OPENNESS, Pole.LOW);
    private static final Effect C_HIGH = new Effect(CONSCIENTIOUSNESS, Pole.HIGH);
    private static final Effect C_LOW = new Effect(CONSCIENTIOUSNESS, Pole.LOW);
    private static final Effect E_HIGH = new Effect(EXTRAVERSION, Pole.HIGH);
    private static final Effect E_LOW = new Effect(EXTRAVERSION, Pole.LOW);
    private static final Effect A_HIGH = new Effect(AGREEABLENESS, Pole.HIGH);
    private static final Effect A_LOW = new Effect(AGREEABLENESS, Pole.LOW);
    private static final Effect N_HIGH = new Effect(NEUROTICISM, Pole.HIGH);
    private static final Effect N_LOW = new Effect(NEUROTICISM, Pole.LOW);

    static final List<Entry> ENTRIES;

    static {
        List<Entry> e = new ArrayList<>();
        // ---- Japanese: extraversion
        ja(e, Form.I_ADJ, "明る", E_HIGH);
        ja(e, Form.NA_ADJ, "社交的|外向的|外交的|活発|陽気|積極的|アクティブ|賑やか|にぎやか|行動的|快活|フレンドリー|気さく", E_HIGH);
        ja(e, Form.NA_ADJ, "元気(?!が(?:な|ありません))", E_HIGH);
        ja(e, Form.I_ADJ, "人懐っこ|人懐こ|人なつっこ|人なつこ|ノリが(?:い|良|よ)|友達(?:が|は|も)多|友人(?:が|は|も)多|面白|おもしろ|おもろ|親しみやす", E_HIGH);
        ja(e, Form.NOUN, "話し好き|話好き|喋り好き|しゃべり好き|おしゃべり|お喋り|ムードメーカー|盛り上げ役|パリピ|目立ちたがり|行動力|社交性|ユーモア"
                + "|人と(?:話す|喋る|会う|関わる)のが(?:大)?好き|(?:友達と)?(?:出かける|遊ぶ)のが(?:大)?好き|誰とでも仲良く", E_HIGH);
        ja(e, Form.NA_ADJ, "朗らか", E_HIGH, N_LOW);
        ja(e, Form.NA_ADJ, "内向的|内気|物静か|静か|無口|寡黙|控えめ|シャイ|消極的|口下手|無愛想", E_LOW);
        ja(e, Form.I_ADJ, "大人し|おとなし|口数(?:が|は|も)?少な", E_LOW);
        ja(e, Form.NOUN, "人見知り|恥ずかしがり(?:屋)?|引っ込み思案|陰キャ|インドア(?:派)?|(?:一人|ひとり)(?:の時間)?が(?:好き|楽)|人付き合いが苦手|大勢が苦手", E_LOW);
        // few friends and fine alone, saying little of oneself: 「友達は少ない」, 「一人でも平気」, 「自分のことはあんまり話さへん」
        ja(e, Form.I_ADJ, "(?:友達|友人)(?:が|は|も)?(?:少な|すくな)", E_LOW);
        ja(e, Form.NOUN, "(?:一人|ひとり)(?:でも|で)(?:全然|ぜんぜん)?(?:平気|へいき|大丈夫|楽しめ)|自分のこと(?:は|を)?(?:あんまり|あまり|ほとんど|あんま)?(?:話さ|しゃべら|喋ら)(?:ない|へん|ん(?![だで])|ねえ)", E_LOW);
        ja(e, Form.I_ADJ, "暗", E_LOW, N_HIGH);
        // conscientiousness
        ja(e, Form.NA_ADJ, "几帳面|計画的|真面目|まじめ|マジメ|勤勉|丁寧|堅実|律儀|ストイック|用意周到|時間に正確|勉強熱心|仕事熱心|完璧主義", C_HIGH);
        ja(e, Form.NOUN, "責任感|計画性|努力家|頑張り屋|がんばり屋|働き者|整理整頓|きれい好き|綺麗好き|キレイ好き|しっかり者|頼りがい|几帳面さ", C_HIGH);
        ja(e, Form.VERB, "しっかり(?:して(?:いる|いて|る|ます|ます|て)?|してはる|しとる)|頼りにな(?:る|ります)|時間を守(?:る|ります)|計画を立てるのが(?:好き|得意)", C_HIGH);
        ja(e, Form.I_ADJ, "細か|規則正し|頼もし|粘り強|忍耐強|我慢強|辛抱強", C_HIGH);
        ja(e, Form.NA_ADJ, "誠実", C_HIGH, A_HIGH);
        ja(e, Form.NA_ADJ, "ずぼら|ズボラ|大雑把|おおざっぱ|大ざっぱ|いい加減|適当|ルーズ|怠惰", C_LOW);
        ja(e, Form.NOUN, "面倒くさがり(?:屋)?|めんどくさがり(?:屋)?|めんどくさがり|怠け者|三日坊主|片付けが苦手", C_LOW);
        ja(e, Form.I_ADJ, "だらしな|飽きっぽ|忘れっぽ", C_LOW);
        // agreeableness
        ja(e, Form.I_ADJ, "優し|やさし|心が広|面倒見(?:が|は|も)?(?:い|良|よ)|人当たり(?:が|は|も)?(?:い|良|よ)|礼儀正し|愛情深|情に厚|情が深", A_HIGH);
        ja(e, Form.NA_ADJ, "協力的|親切|寛容|素直|謙虚|献身的|公平|フェア", A_HIGH);
        ja(e, Form.NOUN, "思いやり|気遣い|気配り|世話好き|包容力|聞き上手|協調性|平和主義|家族思い|お人好し|癒し系|気が利|正直者|正直な(?:性格|人|ところ)", A_HIGH);
        ja(e, Form.NA_ADJ, "温厚|穏やか|おだやか|温和|穏和", A_HIGH, N_LOW);
        ja(e, Form.NOUN, "一緒にいて(?:落ち着ける|ほっとする|安心できる|楽しい|楽な)|癒される|癒やされる", A_HIGH, N_LOW);
        ja(e, Form.VERB, "おっとり(?:して(?:いる|いて|る|ます|て)?|してはる|しとる|系)?", A_HIGH, N_LOW);
        ja(e, Form.NA_ADJ, "わがまま|ワガママ|我儘|頑固|毒舌|批判的|負けず嫌い|自己中(?:心的)?", A_LOW);
        ja(e, Form.NOUN, "皮肉屋|意地っ張り", A_LOW);
        ja(e, Form.I_ADJ, "気(?:が|は|の)強|冷た|厳し", A_LOW);
        ja(e, Form.I_ADJ, "気難し", A_LOW, N_HIGH);
        ja(e, Form.NA_ADJ, "短気", A_LOW, N_HIGH);
        ja(e, Form.I_ADJ, "怒りっぽ", A_LOW, N_HIGH);
        // openness
        ja(e, Form.NOUN, "好奇心|探究心|想像力|発想力|感受性|チャレンジ精神|冒険心|新しもの好き|旅行好き|旅好き|読書好き|アート好き|芸術好き|冒険好き", O_HIGH);
        ja(e, Form.NOUN, "新しい(?:こと|事|もの|物|場所)(?:が|に|を)?(?:大?好き|挑戦|チャレンジ|興味|試す|始め)|新しいこと好き|(?:挑戦|チャレンジ)するのが(?:大)?好き", O_HIGH);
        ja(e, Form.NA_ADJ, "創造的|クリエイティブ|独創的|多趣味|柔軟|個性的|ユニーク|オープン|好奇心旺盛|知的", O_HIGH);
        ja(e, Form.I_ADJ, "趣味が多|頭が(?:い|良|よ)|賢|物知り", O_HIGH);
        ja(e, Form.NOUN, "変わり者", O_HIGH);
        ja(e, Form.NA_ADJ, "保守的|伝統的|現実的", O_LOW);
        ja(e, Form.NOUN, "変化が苦手|安定志向|ルーティンが好き", O_LOW);
        ja(e, Form.I_ADJ, "頭が固", O_LOW);
        // neuroticism
        ja(e, Form.VERB, "落ち着い(?:て(?:いる|いて|る|ます|はる|とる)?|た)?", N_LOW);
        ja(e, Form.NOUN, "落ち着き(?!ませ|まへん)", N_LOW);
        ja(e, Form.NA_ADJ, "楽観的|前向き|マイペース|冷静|クール|能天気|のんき|呑気|楽天的|楽天家|のほほん", N_LOW);
        ja(e, Form.NA_ADJ, "ポジティブ", N_LOW, E_HIGH);
        ja(e, Form.NA_ADJ, "おおらか|大らか", N_LOW, A_HIGH);
        ja(e, Form.VERB, "のんびり(?:して(?:いる|る|ます)?|屋|さん)?", N_LOW);
        ja(e, Form.I_ADJ, "動じな|気にしな|打たれ強|メンタルが強|図太|ストレスに強", N_LOW);
        ja(e, Form.NOUN, "情緒(?:が)?安定|肝が据わ|笑い飛ば", N_LOW);
        ja(e, Form.NOUN, "心配性|心配症|不安症|不安|気にしい|気にしすぎ|あがり症|気分屋|考えすぎ|寂しがり(?:屋)?|豆腐メンタル|怖がり|ビビり|泣き虫", N_HIGH);
        ja(e, Form.NA_ADJ, "神経質|繊細|悲観的|感情的|せっかち|臆病|不安定|情緒不安定", N_HIGH);
        // careful: conscientious first, as 慎重派 is, and a worrier on the side
        ja(e, Form.NA_ADJ, "慎重", C_HIGH, N_HIGH);
        ja(e, Form.I_ADJ, "気にしやす|緊張しやす|ストレスを感じやす|落ち込みやす|傷つきやす|イライラしやす|心配しやす|メンタルが弱|打たれ弱|悩みやす", N_HIGH);
        ja(e, Form.NA_ADJ, "ネガティブ", N_HIGH, E_LOW);
        ja(e, Form.NA_ADJ, "天真爛漫", E_HIGH, N_LOW);
        ja(e, Form.NOUN, "誰とでも(?:すぐ)?(?:仲良く|仲良う|打ち解け|話せ)", E_HIGH, A_HIGH);
        ja(e, Form.NOUN, "行動派|すぐ行動する", E_HIGH);
        ja(e, Form.NOUN, "きっちり(?:して|守る|する)?|凝り性", C_HIGH);
        ja(e, Form.NA_ADJ, "優柔不断", C_LOW);
        ja(e, Form.NOUN, "世話焼き|面倒見がいい|面倒見が良い|おせっかい|お節介", A_HIGH);
        ja(e, Form.NOUN, "感情の起伏(?:が|は|も)?激し|緊張しい", N_HIGH);
        // everyday idioms: what people say of themselves more often than the textbook word
        ja(e, Form.NOUN, "人と集まるのが(?:大)?好き|リーダーシップ|人をまとめる|盛り上げる|ハキハキ|はきはき"
                + "|誰とでも(?:すぐ)?(?:しゃべれ|喋れ)|(?:サークル|輪)に(?:すぐ)?入っちゃ|人前で話すこと(?:も|は)?苦にならな", E_HIGH);
        ja(e, Form.NOUN, "人の輪に入るのが(?:ちょっと|少し|あんまり)?苦手|人前だと(?:喋れ|しゃべれ)|(?:大勢|人混み)が(?:苦手|嫌い)", E_LOW);
        ja(e, Form.NOUN, "散らかっ(?:て|と)|散らかしがち|(?:部屋|机)[^。、]{0,6}?(?:汚|きたな|ぐちゃぐちゃ|ごちゃごちゃ)|飽き性|趣味が続かな|何も続かな|(?:締め?切り|課題|宿題|提出物?|レポート)[^。、]{0,6}?(?:ギリギリ|ぎりぎり)|いつも(?:ギリギリ|ぎりぎり)|遅刻(?:しがち|魔|ばかり)|(?:待ち合わせ|約束|デート|[0-9０-９一二三四五六七八九十]\\s*(?:分|時間))[^。、!！?？]{0,10}?遅れて(?:くる|来る|きます|来ます|くん)"
                + "|計画(?:とか)?(?:を|は)?立てられな|行き当たりばったり|片付けられな", C_LOW);
        ja(e, Form.NOUN, "綿密|石橋を叩いて渡る|慎重派|時間に(?:は|も)?(?:ちょっと|かなり|すごく|めっちゃ|けっこう|結構|わりと|割と)?うるさ|時間厳守|最後までやり遂げる|責任感が強|コツコツ(?:やる|頑張る)(?:ほう|方|タイプ)?"
                + "|(?:仕事|勉強)は(?:きっちり|ちゃんと|真面目に)|計画する(?:方|ほう|タイプ)", C_HIGH);
        ja(e, Form.NOUN, "争いごと(?:は|が)(?:嫌い|苦手)|争うのが(?:苦手|嫌い)|みんなと仲良く|人の相談に(?:よく)?の(?:る|ります|って)|動物に好かれる"
                + "|(?:誰の|人の)話を?(?:でも)?(?:ちゃんと|よく)?聞(?:く|いてくれる)|人に優しく", A_HIGH);
        ja(e, Form.NOUN, "人に合わせない|人に合わせるのが(?:苦手|嫌い)|人の意見を聞かな|人の意見を聞かん|キレやす|喧嘩っ早|口が悪", A_LOW);
        ja(e, Form.NOUN, "新し[いか](?:(?!より)[^。、]){1,16}?(?:が|は|も|に|には)?(?:大?好き|目がない|趣味)|(?:珍し[いか]|新し[いか])\\s?(?:もの|もん)(?:が)?(?:大)?(?:好き|すき)|一人旅", O_HIGH);
        ja(e, Form.NOUN, "いつも同じ(?:お店|店|もの|場所|メニュー)|新しいこと(?:は|が)(?:あんまり|あまり)?(?:好きじゃな|苦手)", O_LOW);
        ja(e, Form.NOUN, "すぐ(?:落ち込|イライラ|泣|不安に)|考え込", N_HIGH);
        // behaviour said without a trait word: what the person does, likes or cannot help
        ja(e, Form.NOUN, "誰とでも(?:すぐ)?(?:友達に|しゃべ|喋|話)|ノリ(?:が|は)(?:ええ|いい|良い)|幹事|まとめ役|仕切り役|宴会の仕切り|(?:仲間|友達|みんな)[とで](?:ワイワイ|わいわい)"
                + "|(?:一人|ひとり)で?(?:いる|過ごす)の(?:が|は)?(?:むり|無理|苦手|嫌|いや|さみし|寂し|耐えられ)"
                + "|(?:飲み会|パーティー|宴会|合コン|イベント)(?:は|には|にも)?(?:絶対|必ず|毎回|いつも|全部)(?:行|参加|出)"
                + "|(?:宴会|飲み会|パーティー|集まり|クラス|職場)の(?:主役|中心|人気者)|人気者", E_HIGH);
        ja(e, Form.I_ADJ, "声が(?:でか|大き)", E_HIGH);
        ja(e, Form.NOUN, "出不精|引きこもり|家に(?:こも|籠)|家で[^。、]{1,12}?(?:ほう|方)が(?:好き|楽)|(?:一人|ひとり)の時間(?:が|も|を)(?:必要|大事|大切|欲し|ほし)|(?:一人|ひとり)の時間(?:が)?ないと(?:しんどい|つらい|辛い|無理|だめ|ダメ|疲れ|落ち着かな)"
                + "|自分から話しかけ(?:られ|れ)(?:ない|へん|ん)|(?<!語)(?<!語[がはも])(?:しゃべれ|喋れ|話せ)(?:ない|へん|ねえ|ねぐ|ん(?![だで]))", E_LOW);
        ja(e, Form.NOUN, "(?:締め?切り|約束|期限|時間|ルール)(?:は|を|も|には|とか)?[^。、!！?？]{0,6}?守(?:る|ります|って|れる)|時間に(?:は)?(?:かなり|すごく)?厳し|規律|決めたことは(?:ちゃんと|最後まで|必ず|きっちり)", C_HIGH);
        ja(e, Form.NOUN, "(?:めったに|あまり|あんまり|ほとんど|割と|わりと)?(?:怒|おこ)らな|(?:人と)?(?:揉め|もめ|喧嘩し|けんかし)(?:たことは|たことが|ることは)?(?:ほぼ|ほとんど|全然|あまり|一度も)?(?:ない|ありません|ねえ)"
                + "|ほっとけな|ほっとかれへん|放っておけな|ほうっておけな|見過ごせな|人に合わせる(?:ほう|方|タイプ)|(?:相手|人)に合わせ(?:がち|ちゃう|てしまう)"
                + "|(?:まわり|周り|周囲|みんな)に合わせる(?:ほう|方|タイプ)|(?:つい|すぐ)?手を貸|(?:人の|近所の人の|みんなの)?(?:お)?世話(?:を|も)?(?:つい)?(?:焼|や)(?:いて|く|きたく|いちゃ|いてま)", A_HIGH);
        ja(e, Form.NOUN, "すぐ(?:心配|不安)(?:に|し|す)|気分の(?:浮き沈み|波)|浮き沈みが激し|(?:テンション|気分)の(?:上がり下がり|アップダウン)", N_HIGH);
        ja(e, Form.NOUN, "(?:あまり|あんまり|ほとんど|全然)?悩まな|ストレス(?:が|も|は)?(?:たまらな|溜まらな|感じな)|(?:くよくよ|クヨクヨ)(?:は|も)?(?:しな|しません|せん|せえへん|せーへん)|引きずらな|怖いもの知らず"
                + "|寝たら(?:全部|だいたい|大体)?忘れ|(?:すぐ|一晩で)(?:立ち直|復活|切り替え)|立ち直りが早|切り替えが早|めげ(?:な|ねぇ|ねえ|ん|へん|ず)", N_LOW);
        ja(e, Form.NOUN, "(?:想像|空想|妄想)する(?:の|こと)が(?:大)?好き|変わった(?:もの|もん|こと)|変な(?:もの|もん)[^。、]{0,6}?好き|(?:美術館|博物館|ギャラリー)(?:めぐり|巡り)"
                + "|(?:新しい|知らない|珍しい|見たことのない|見たことない)[^。]{0,16}?(?:飛びつ|開拓)|調べ(?:出す|だす|始める)と止まらな", O_HIGH);
        ja(e, Form.NOUN, "慣れた(?:こと|もの|もん|店|場所)(?:が|の方が|のほうが)(?:好き|いい|安心|一番)|(?:新しい|初めての)(?:こと|もの|もん)より", O_LOW);
        // everyday behaviour said in passing: what the person keeps doing, cannot help or always ends up in
        ja(e, Form.NOUN, "じっとして[^。、]{0,4}?(?:ない|へん|ん(?![だで]))|(?:誰か|だれか|友達|ともだち|仲間|みんな)と(?:遊んで|飲んで|飲みよ|飲み歩|出かけて|騒いで|つるんで|(?:しゃべ|喋)っ[てと]|話し(?:て|と))"
                + "|(?:一人|ひとり)で(?:いる|過ごす)より(?:誰か|だれか|人|ひと|みんな)と|(?:どこでも|誰とでも|すぐ)友達(?:を|が)?(?:つくれ|作れ|でき)"
                + "|(?:話し|しゃべり|喋り)(?:出し|だし)たら止まら|(?:知らん|知らない|初対面の|初めて会った)(?:人|ひと)(?:とも|にも)(?:すぐ)?(?:しゃべ|喋|話|仲良|打ち解)"
                + "|思いついたら(?:すぐ)?(?:動|行動)", E_HIGH);
        // making friends at once and going out for drinks: 「すぐ仲良うなれる」, 「知らん人とすぐ友達になる」, 「毎晩飲み歩いてる」
        ja(e, Form.NOUN, "すぐ(?:仲良く|仲良う|なかよく|友達に|友だちに)(?:なる|なれる|なれます|なります|なった|なって|なっとる|なれ(?=[るてた]))"
                + "|(?:どこ|どこに)(?:行って|いって)も?友達(?:を|が)?(?:作|つく|でき)|初対面(?:でも|の人とも|の人でも)[^。、!！?？]{0,6}?(?:仲良|打ち解|友達に)"
                + "|飲み歩(?:い|く|き)", E_HIGH);
        ja(e, Form.NOUN, "家に(?:ずっと)?(?:いられ|いれ)る|家に(?:いる|おる)(?:の|ん)が(?:好き|すき|楽|一番|幸せ)|家で[^。、]{1,14}?(?:派|ほうが(?:好き|楽|いい))"
                + "|(?:一人|ひとり)で?(?:いる|過ごす)(?:ほう|方)が(?:好き|楽|気楽|落ち着)|顔(?:が)?(?:すぐ)?(?:赤く|真っ赤に)な", E_LOW);
        ja(e, Form.ACTIVITY, "人混み|人(?:の|が)?多い(?:ところ|とこ|場所)|賑やかな(?:ところ|とこ|場所)|大人数|大勢", E_HIGH);
        ja(e, Form.NOUN, "朝(?:は|が)?(?:全然|なかなか)?(?:起きれ|起きられ)(?:ない|へん|ん)", C_LOW);
        ja(e, Form.NOUN, "計画(?:どおり|通り)に(?:いかな|行かな|進まな)いと|段取り(?:魔|上手|好き)|(?:計画|予定)(?:とか|は|も){0,2}(?:全部|いつも|ぜんぶ)?(?:私|俺|僕|自分|うち|あたし)が(?:立て|決め)"
                + "|(?:誤字|ミス)(?:も|は)?許せな", C_HIGH);
        ja(e, Form.NOUN, "(?:知らない|知らん|行ったことのない|初めての)(?:国|町|街|土地|場所)(?:に|へ|を)?(?:行|旅)|のめり込|(?:興味|関心)のある(?:こと|もの)(?:には|は)?とことん", O_HIGH);
        ja(e, Form.ACTIVITY, "(?:いろんな|色んな|いろいろな|色々な|様々な|さまざまな)[^。、]{1,10}?(?:を|に)?(?:作ってみる|試す|試してみる|食べてみる|行ってみる|挑戦する|作る|食べる|行く|巡る)", O_HIGH);
        ja(e, Form.ACTIVITY, "同じ(?:こと|事|もの|もん)(?:を)?(?:毎日|ずっと)?繰り返す|ルーティン", O_LOW);
        ja(e, Form.NOUN, "同じ(?:店|お店|もの|もん|場所|とこ|メニュー)(?:ばっかり|ばかり|ばっか|しか)", O_LOW);
        ja(e, Form.NOUN, "(?:頼み(?:ごと)?|頼まれ(?:ごと|たら|ると)?)(?:は|を|も)?(?:断らな|断れな|断れん|断れへん|断られへん)|言い返(?:せ|され|せへ)(?:ない|へん|ん)", A_HIGH);
        ja(e, Form.NOUN, "思ったこと(?:を|は)?(?:すぐ|はっきり|なんでも|何でも|ずばずば|ズバズバ)?(?:口に出す|口に出し|口にする|言っちゃ|言ってしま|言う)"
                + "|(?:よく|よう|すぐ)(?:喧嘩|けんか|ケンカ)(?:に)?な|(?:喧嘩|けんか|ケンカ)(?:ばっかり|ばかり|ばっか)", A_LOW);
        ja(e, Form.NOUN, "心配しすぎ|石橋を叩きすぎ", N_HIGH);
        // not brought down: 「あんまり落ち込まない」, 「凹まへん」, Okinawan 「なんくるない」
        ja(e, Form.NOUN, "(?:落ち込|落ちこ|へこ|凹)ま(?:ない|ん(?![だで])|へん|ひん|ねえ|ず)|なんくるない", N_LOW);
        // quick to anger, in deeds: 「すぐ怒る」, 「すぐキレる」, 「すぐ大きい声出す」
        ja(e, Form.NOUN, "すぐ(?:怒|おこ)(?:る|って|り|ります|ん(?=の|よ|ねん|で))|すぐ(?:キレ|きれ)(?:る|て|ます)|すぐ(?:大きい|でかい|でっかい|大きな)声(?:を)?(?:出|あげ|上げ)", N_HIGH, A_LOW);
        // ---- Japanese: activities, judged by their clause (「…のは苦手」, 「…のが好き」)
        ja(e, Form.ACTIVITY, "人前に(?:出る|立つ)|目立つ|人前で(?:話す|しゃべる|喋る|発表する)|(?:知らない|初対面の|大勢の)?(?:人|ひと)と(?:も)?(?:すぐ)?(?:話す|しゃべる|喋る|会う|関わる|(?:一緒に)?いる)|人付き合い"
                + "|大勢で(?:騒ぐ|集まる|わいわいする|遊ぶ)|社交(?:の場|的な場|場)?|(?:人|ひと)の集まる(?:場|ところ|とこ|場所)|集まり|大勢の(?:前|場)|初対面(?:の人)?|(?:しゃべ|喋)る(?=の|こと)|飲み会|パーティー|おしゃべり|友達を作る|輪の中心", E_HIGH);
        ja(e, Form.ACTIVITY, "(?:旅行|デート|旅)の(?:しおり|計画|予定|行程)(?:は|を|も|とか)?(?:全部|いつも|必ず)?(?:作る|立てる|決める|組む)|(?:計画|予定)を立てる|計画|段取り|片付け|片づけ|掃除|スケジュール管理|時間を守る|準備|コツコツ(?:する|やる|続ける)?|早起き", C_HIGH);
        ja(e, Form.ACTIVITY, "新し[いか](?:こと|事|もの|物|もん|場所|とこ|ところ|店|お店|機械|アプリ)(?:を|に)?(?:試す|挑戦する|開拓する|使う|覚える)?|知らない場所|(?:一人)?旅行|冒険|挑戦|変化|初めてのこと", O_HIGH);
        ja(e, Form.ACTIVITY, "(?:難しい|新しい)?(?:こと|もの)?(?:を)?考える|想像する|アイデア(?:を)?出す|アイディア(?:を)?出す", O_HIGH);
        // learning, making things and the unusual, judged by the clause: 「知らないことを学ぶのが好き」, 「ゲーム自作したり…のはすき」,
        // 「変な映画探すのが好き」, 「新しいツールいじるのは苦手」
        ja(e, Form.ACTIVITY, "(?:(?:知らない|知らん|新しい|いろんな|色んな)(?:こと|事)(?:を)?)?(?:学ぶ|勉強する|調べる)|自作|創作|ものづくり|物作り|もの作り|絵(?:を)?(?:描く|かく)"
                + "|(?:変な|変わった|珍しい|マイナーな|B級の?)(?:映画|音楽|曲|本|漫画|マンガ|アニメ|料理|食べ物|お店|店|場所|とこ|もの|もん|こと)"
                + "|新しい[\\p{IsKatakana}ー\\p{IsHan}]{1,6}?(?:を)?(?:いじる|試す|触る|使う|覚える)", O_HIGH);
        ja(e, Form.ACTIVITY, "(?:仲間|友達|みんな|大勢|(?<![恋愛主友])人|(?<![\\p{IsHiragana}\\p{IsHan}])ひと)と(?:騒ぐ|遊ぶ|飲む|出かける)|(?:お)?祭り|フェス(?!ティバル)|(?:人|ひと|友達|仲間|みんな)と(?:集まる|群れる|つるむ)|(?:お客さん|お客様|客|みんな|誰か)と(?:話す|しゃべる|喋る)", E_HIGH);
        // also in the stem a tendency follows: 「くよくよしがち」, 「落ち込みやすい」, 「すぐキレてまう」, 「悩んでしまう」
        ja(e, Form.ACTIVITY, "キレ(?!イ)(?:る)?|イライラ(?:する|し)|落ち込(?:む|み|ん)|(?:くよくよ|クヨクヨ)(?:する|し)|悩(?:む|ん|み(?=がち|やす))", N_HIGH);
        // what one has never done (「怒ったところを一度も見たことがない」, 「悪口を言うたことがない」, 「遮ることがありません」):
        // the clause's denial makes it low, read by ClausePredicate
        ja(e, Form.ACTIVITY, "(?:怒|おこ)(?:っ(?=た)|る|ら)|怒鳴|悪口を?(?:一回も|一度も)?言|(?:話を)?遮", N_HIGH, A_LOW);
        // what the partner does for someone (「黙ってコーヒー淹れてくれる」, 「看病してくれんの」): kindness in deeds
        ja(e, Form.VERB, "(?<=[てで])くれ(?:る|ます|て(?!ない)|た|ん(?=の|よ|ねん))", A_HIGH);
        // and what they do for others (「人の荷物持ってあげよる」, 「買い物まで付き合うてあげる」); a wish (あげたい) is no deed
        ja(e, Form.VERB, "(?<=[てで])あげ(?:る|ます|て(?!ない)|た(?!い|が)|よ|と|ん(?=の|よ|ねん))|(?<=[っ])たげ(?:る|て|た(?!い))", A_HIGH);
        ja(e, Form.VERB, "声を荒(?:ら)?げ|動じ|緊張し", N_HIGH);
        ja(e, Form.ACTIVITY, "人に合わせる|人の話を聞く|人を助ける|人の(?:お)?世話|気(?:を|ぃ|い)?(?:遣|使|つか)う|譲る", A_HIGH);
        ja(e, Form.ACTIVITY, "(?:人と)?(?:争う|言い争う|喧嘩する|けんかする|ケンカする|揉める|もめる)", A_LOW);
        // deeds said of a partner: what they never fail to do, never refuse, never show, or do with others
        ja(e, Form.NOUN, "(?:頼|お願い)[^。、!！?？]{0,8}?断(?:れ|ら)(?:ない|ん|へん|ひん|ねえ|ねー|ません|ず)|(?:嫌|いや|イヤ|ノー)(?:と|とは|って)(?:は)?(?:言わ|言え|いわ|いえ)(?:ない|ん|へん|ひん|ねえ|ません|ず)|(?:嫌|いや|イヤ)な顔(?:ひとつ|一つ|を)?(?:せ(?:ず|ん|へん)|しな|しません|見せな)"
                + "|文句(?:を|ひとつ|一つ|も)?(?:言わ(?:ず|ない|ん|へん|ねえ)|言いません)|誰にでも(?:優し|親切|同じ態度|平等)|目線を合わせ|(?:人が|みんなが)?嫌がる(?:仕事|こと|役)を?[^。、!！?？]{0,4}?(?:引き受け|やる|やって|買って出)|子(?:ども|供)好き|子(?:ども|供)と(?:本気で|一緒に|全力で)?遊"
                + "|(?:誰の|人の|相手の|私の|俺の|僕の|うちの)?(?:話|愚痴|悩み|相談)を?(?:でも|も)?(?:ちゃんと|よく|最後まで|じっくり|黙って|途中で|遮らずに?)*聞(?:く|ける|き上手|いて(?!ほし|欲し))", A_HIGH);
        ja(e, Form.NOUN, "(?:誕生日|記念日|約束)[^。、!！?？]{0,8}?(?:忘れ(?:ない|ん|へん|ひん|ねえ|ません|ず)|覚えて(?:る|いる|て|くれ|ます))|(?:分|秒)(?:刻み|単位)"
                + "|(?:計画|予定|段取り|準備|掃除|片付け|片づけ|整理)(?:を|は)?(?:立て|し|決め)?ないと気が(?:すま|済ま)|段取り(?:して|する|上手|が(?:いい|良い|上手|うま))"
                + "|(?:家計|家計簿|お金|財布)[^。、!！?？]{0,8}?管理|(?:仕事|勉強|研究)に(?:夢中|一生懸命|打ち込|熱心|真剣)", C_HIGH);
        ja(e, Form.NOUN, "(?:脱ぎ|出し|開け|つけ|点け|置き|やり|散らかし|し)っぱなし", C_LOW);
        // early for every meeting and in good order: 「約束の十分前には必ず着いとる」, 「きちんと段取りを決めて動く」
        ja(e, Form.NOUN, "(?:[0-9０-９一二三四五六七八九十]+\\s*分前|早め)に(?:は)?(?:必ず|いつも|絶対|ちゃんと)?(?:着|行|来|到着|集合)"
                + "|段取り(?:を|は)?(?:決めて|決める|組んで|組む|考えて|考える)|きちんと(?:して|する|した|しとる|しよる|しと)", C_HIGH);
        ja(e, Form.NOUN, "(?:休日|休み(?:の日)?|週末)は(?:家|うち|自宅)で|家で(?:本|映画|ゲーム|ゆっくり|のんびり|ごろごろ|ゴロゴロ|過ごす)"
                + "|(?:しゃべ|喋)(?:ら|ん)(?:ない|ねえ|ねー|へん)|(?:しゃべ|喋)らん(?![だで])", E_LOW);
        ja(e, Form.NOUN, "(?:初めて会った|初対面の|知らない|知らん)人と(?:も|でも)?[^。、!！?？]{0,8}?(?:仲良く|打ち解け|話せ|しゃべ|喋|肩を?組)", E_HIGH);
        ja(e, Form.NOUN, "にこにこ|ニコニコ|にこやか|笑顔が絶えな", A_HIGH);
        ja(e, Form.I_ADJ, "笑顔が多", A_HIGH);
        ja(e, Form.NA_ADJ, "家庭的", A_HIGH);
        // the same in dialect: 「しっかりもん」, 「働きもん」, 「気にせん」, 「よう喋る」
        ja(e, Form.NOUN, "しっかりもん|しっかりもの|働きもん|働きもの|頑張りもん", C_HIGH);
        ja(e, Form.NOUN, "気にせ(?:ん|へん|えへん|ず|ない)|気にしい(?:ひん|へん)", N_LOW);
        ja(e, Form.NOUN, "(?:よく|よぐ|よう|よー|めっちゃ|めちゃ|めちゃくちゃ|すごく|ずっと|いつも|いっつも)(?:しゃべ|喋)(?:る|って|っと|り)|何時間でも(?:しゃべ|喋|話)", E_HIGH);
        // everyday words for a partner: 「マメ」, 「仕事人間」, 「抜けてる」, 「嘘がつけない」, 「感情の起伏がない」
        ja(e, Form.NA_ADJ, "マメ|(?<![\\p{IsHiragana}])まめ(?=[なでにだ、。!！]|$)", C_HIGH);
        ja(e, Form.NOUN, "仕事人間|(?:部屋|家|机|デスク)(?:が|は|も|の中は?)?(?:いつも|常に|すごく|めっちゃ)?(?:綺麗|きれい|キレイ|片付いて|片づいて|整って)", C_HIGH);
        ja(e, Form.NOUN, "忘れ物(?:が多|する|しがち|ばかり|ばっかり)|(?:ちょっと|少し|どこか|どっか)抜けて(?:る|いる|て)", C_LOW);
        ja(e, Form.NOUN, "(?:ほとんど|あまり|あんまり|全然)?(?:外|家から)(?:に|へ)?出(?:ない|ません|ん(?![だで])|へん)|感情を(?:表に|顔に)?出さな", E_LOW);
        ja(e, Form.NOUN, "気を(?:遣|使|つか)え|嘘(?:が|を|は)?(?:つけな|つかな|つけへん|つかへん|つけん|つかん)|(?:すぐ|素直に|ちゃんと)謝", A_HIGH);
        ja(e, Form.NOUN, "感情の起伏が(?:少な|な(?:い|く))|いつも同じテンション", N_LOW);
        ja(e, Form.NOUN, "(?:何でも|なんでも)(?:食べて|やって|試して|挑戦して)みる|初めての(?:料理|もの|こと)(?:でも|も)"
                + "|(?:美術館|博物館|ギャラリー|展覧会|個展)に(?:よく|一人で|ひとりで)?(?:行|出かけ|通)"
                + "|(?:知らない|知らん|行ったことのない|行ったことない)(?:土地|場所|町|街|国)[^。、!！?？]{0,8}?(?:行ってみたい|行きたい|旅)", O_HIGH);
        ja(e, Form.ACTIVITY, "(?:知らない|知らん|知らへん|行ったことのない|初めての)(?:土地|場所|町|街|国|ところ|とこ)(?:に行く|へ行く|を歩く|歩く)?", O_HIGH);

        // ---- Japanese, round 11: facet by facet, the everyday behaviour a person tells of themselves, each pole said the way
        // people say it (habits, what they cannot help, what they never do), in hiragana as typed and in dialect.
        // Extraversion, high: going out with friends as a habit (「友達ともよく出かけます」, 「仲間とよう飲みに行く」), talking to anyone
        // (「だれとでも飲む」, 「すぐ人に話しかける」), never refusing an invitation, laughing a lot; 「あまり出かけない」 turns it round
        ja(e, Form.VERB, "(?:友達|友だち|ともだち|友人|仲間|みんな|みな|同僚|近所の(?:人|ひと)|誰か|だれか)(?:と|とは|とも)(?:よく|よう|よー|しょっちゅう|いつも|いっつも|毎週|毎晩|しょっちゅう|あまり|あんまり|ほとんど|たまにしか)?"
                + "(?:出かけ|出掛け|遊(?:び(?=に|歩|ま)|ぶ|ば(?=な|ん|へ))|飲み(?:に|歩)|つる(?:む|ま(?=な|ん|へ)|んで))", E_HIGH);
        ja(e, Form.NOUN, "(?:誰|だれ)とでも(?:すぐ|すぐに)?(?:仲良|なかよ|打ち解|うちと|話|はな|しゃべ|喋|飲|遊|友達|ともだち|絡|から|盛り上が|もりあが)"
                + "|(?:すぐ|自分から|じぶんから|誰にでも|だれにでも|気軽に|知らない人に(?:も)?|知らん人に(?:も)?|初対面の人に(?:も)?)(?:人に|ひとに)?(?:すぐ)?話しかけ(?:る|ます|ちゃ|てまう|てしま|に行)"
                + "|(?:誘い|誘われ(?:たら|ると|れば)|飲み会|集まり|パーティー)(?:は|も|には)?[^。、!！?？]{0,6}?(?:断らな|断らん|断らへん|断ったことがな|絶対行|必ず行|すぐ行)|ゲラ(?=[でだやな、。!！\\s]|$)|笑い上戸"
                + "|(?:よく|よう|いつも|いっつも)(?:笑う|笑って|笑っと|わらう|わらって)|話し上手", E_HIGH);
        ja(e, Form.I_ADJ, "口数(?:が|は|も)?多", E_HIGH);
        ja(e, Form.VERB, "(?:休み|休日|週末|休みの日)(?:は|も|に|の日は)?(?:いつも|だいたい|大体|基本|たいてい|ほぼ)?(?:外に|外へ|どこか|どっか)(?:に|へ)?(?:出かけ|出掛け|遊びに(?:行|い)(?=き|く|っ|か))", E_HIGH);
        // low: fond of being alone (「ひとりでおるのがすき」, 「一人でゲームしてんのが一番好き」; going somewhere alone is no such thing),
        // shy in hiragana (「ひとみしり」), cannot talk
        // at first (「なかなかはなせない」), home on days off (「休みの日は家から出えへん」), social occasions avoided
        ja(e, Form.NOUN, "ひとみしり|ヒトミシリ|ないこうてき|むくち|一匹狼|ソロ活|おひとりさま|お一人様|一人行動|ひとり行動|聞き役(?:に回|が多|タイプ|のほう|の方)"
                + "|(?:一人|ひとり)で(?:おる|いる|居る|過ごす|過ごし|いてる|おって|いて)(?:の|ん)(?:が|も)?(?:一番|いちばん)?(?:好き|すき|スキ|楽|らく|気楽|幸せ|落ち着|おちつ)"
                + "|(?:一人|ひとり)で(?:(?!行|い[くっか]|旅|出かけ|出掛け|海外|ドライブ|歩|走|登)[^。、!！?？]){1,14}?(?:の|ん)(?:が|も)(?:一番|いちばん)?(?:好き|すき|スキ|楽しい|たのしい|幸せ|落ち着)|(?:一人|ひとり)(?:が|の方が|のほうが)(?:好き|すき|楽|らく|気楽)"
                + "|(?:なかなか|うまく|上手く|ひとと|人と|自分から|じぶんから)(?:はなせ|話せ|しゃべれ|喋れ)(?:ない|へん|ねえ|ん(?![だで]))"
                + "|(?:家|うち|部屋)から(?:一歩も|ほとんど|あまり|あんまり|全然)?出(?:えへん|ーへん|ねえ|ねー|ん(?![だで]))|(?:休み|休日|週末|休みの日)(?:は|も)?(?:ずっと|いつも|だいたい|大体|基本)?(?:家|うち|部屋)(?:に|で)(?:こも|籠|ごろごろ|ゴロゴロ|だらだら|ダラダラ|おる|いる)"
                + "|(?:飲み会|集まり|誘い|パーティー|合コン)(?:は|も|には)?(?:だいたい|大体|いつも|基本|よく|ほとんど)?(?:断(?=る|り|っ|わ)|ことわ(?=る|り|っ)|パス)", E_LOW);
        // conscientiousness, high: planning as a habit (「予定はきっちり立てる」, 「旅行のしおりとか作る」), early and prepared, the demon of
        // arrangements (「段取りの鬼」), never late; 「計画はちゃんと立てない」 turns it round
        ja(e, Form.VERB, "(?:予定|計画|スケジュール|段取り)(?:は|を|も|とか)?(?:いつも|必ず|ちゃんと|しっかり|きっちり|きちんと|事前に|前もって|早めに|細かく|綿密に|全部)+(?:立て|決め|組|考え)", C_HIGH);
        ja(e, Form.NOUN, "きちょうめん|キチョウメン|けいかくてき|(?:段取り|計画|準備|整理整頓|掃除|片付け|片づけ)(?:の鬼|魔|マニア)"
                + "|[0-9０-９一二三五十]+分前行動|準備万端|下調べ(?:は|を)?(?:しっかり|ちゃんと|入念に|念入りに)|手帳(?:に|は)?(?:予定|スケジュール)?(?:を|が)?(?:びっしり|きっちり|ちゃんと)|(?:ToDo|TODO|やることリスト)(?:を|は)?(?:作|書|つけ)"
                + "|(?:すぐ|ちゃんと|きちんと|毎日|こまめに|まめに)(?:片付け|片づけ|掃除|整理)(?:る|する|します|して(?!ほし|欲し|もら|くれ|ない)|を)|(?:やるべきこと|やること|仕事|宿題)(?:は|を)?(?:先に|早めに|すぐ)(?:片付け|終わらせ|済ませ|やる)"
                + "|遅刻(?:は|も)?(?:ほとんど|めったに|一度も|いっぺんも|絶対)?(?:しな|したこと(?:が|は)?(?:な|無|ありません|あらへん|ございません)|せえへん|しません|せん(?![だで]))", C_HIGH);
        // low: putting off, losing things, acting on a whim (「思いつきで動く」), oversleeping, never lasting at anything
        ja(e, Form.NOUN, "てーげー|テーゲー|無計画|ノープラン|思いつきで(?:動|行動|決め|買|旅)|その場の(?:ノリ|勢い|気分)で|気分で(?:動|行動|決め)|衝動買い|後回し(?:に)?(?:しがち|しちゃ|してしま|してまう|にする|にしてまう|癖|グセ|ぐせ)"
                + "|(?:忘れ物|なくし物|失くし物|落とし物)(?:ばかり|ばっかり|ばっか|が多|多い|しがち)|(?:物|もの|鍵|財布|スマホ)(?:を|も)?(?:よく|すぐ|しょっちゅう|いつも)(?:なく|失く|無く)(?:す|し)"
                + "|寝坊(?:ばかり|ばっかり|ばっか|しがち|魔|助|が多)|(?:何を|なに|何)(?:やっても|しても|やらせても)(?:長く)?続かな|長続きしな|(?:だらだら|ダラダラ)(?:し|過ご)", C_LOW);
        // agreeableness, high: listening to others' views (「人の意見をよく聞く」), giving way (「だいたい譲ります」), not holding grudges
        // (「根に持たない」), never speaking ill, gladdened by others' joy
        ja(e, Form.NOUN, "(?:人|ひと|相手|他人|周り|まわり|みんな)の(?:意見|話|言うこと|気持ち|立場)(?:を|は|も)?(?:ちゃんと|よく|よう|しっかり|きちんと|素直に|大事に|大切に)*(?:聞く|聞き|聞いて(?!ほし|欲し|もら|くれ)|聞ける|聞けます|尊重|考え|大事に|大切に)"
                + "|(?:だいたい|大体|いつも|すぐ|基本|たいてい|結局)(?:自分が|こっちが|私が|僕が|俺が)?(?:譲|ゆず)(?:る|ります|って|っちゃ|ってまう|ってしま)|(?:自分が|こっちが)(?:折れ|引)(?:る|ます|て)"
                + "|(?:人|ひと)の悪口(?:を|は|も)?(?:言わ|いわ)(?:ない|ん|へん|ねえ|ず)|(?:人|ひと|誰か|だれか|みんな)の(?:喜ぶ|笑う|嬉しそうな)顔"
                + "|(?:人|ひと)の役に立つ(?:の|こと)が|ふわふわ(?:して|した|系)|ほんわか|ふんわり(?:して|した|系)", A_HIGH);
        ja(e, Form.NOUN, "根に持た(?:ない|ん|へん|ねえ|ず)", A_HIGH, N_LOW);
        ja(e, Form.NOUN, "根に持(?=つ|ち|っ)", A_LOW, N_HIGH);
        ja(e, Form.I_ADJ, "我(?:が|は)強|プライド(?:が|は)高|口(?:は|も)(?:悪|わる)", A_LOW);
        // strong-willed: 「芯が強い」, 「芯の強か人」
        ja(e, Form.I_ADJ, "芯(?:が|は|の)強", C_HIGH, N_LOW);
        ja(e, Form.NOUN, "(?:自分の)?(?:意見|主張|考え)(?:を|は)?(?:絶対|なかなか)?(?:曲げ|譲ら|変え)(?:ない|ん|へん|ねえ|ません)|ひねくれ(?:者|もの|もん|てる|てい)"
                + "|天邪鬼|あまのじゃく|文句(?:ばかり|ばっかり|ばっか|が多)", A_LOW);
        // openness, high: interest in everything, reading a lot, being called odd; low: the same order every time (「同じ店で同じもん頼む」),
        // shy of new things and machines, never venturing
        ja(e, Form.NOUN, "(?:いろんな|色んな|いろいろな|色々な|何にでも|なんにでも|何でも|なんでも)(?:こと|もの|もん)?(?:に|には)?(?:興味|関心)(?:が|を)?(?:ある|あり|持|湧|わ)|知りたがり"
                + "|変わって(?:る|いる|ます)(?:って|と)(?:よく)?言われ|変人(?:って|と)(?:よく)?言われ|本の虫|読書家|(?:本|小説)(?:を|は)?(?:よく|よう|めっちゃ|たくさん|いっぱい)(?:読|よむ|よん)", O_HIGH);
        ja(e, Form.NOUN, "同じ(?:店|お店|もの|もん|メニュー|場所|とこ|道)(?:で|に|を|の)?[^。、!！?？]{0,6}?同じ|(?:いつも|毎回|毎日|決まって)(?:同じ|決まった)(?:もの|もん|店|お店|メニュー|場所|道|服|ルート|コース)"
                + "|決まった(?:店|お店|メニュー|もの|もん)(?:しか|ばかり|ばっかり|ばっか)|冒険(?:は)?(?:しな|しません|せえへん|せん(?![だで]))|無難な(?:もの|もん|ほう|方)|(?:流行|流行り|はやり)(?:に|には)?(?:疎|うと|興味がな)"
                + "|(?:機械|デジタル|パソコン)(?:が|は|に|も|には)?(?:苦手|弱|疎|うと)|機械音痴", O_LOW);
        // neuroticism, high: prone to brood over small things (「小さなことでくよくよしがち」), minding others' eyes, lying awake with worry
        ja(e, Form.NOUN, "(?:小さな|小さい|ちっちゃな|ちっちゃい|細かい|細かな|ちょっとした)こと(?:で|を|が|に)(?:すぐ|いつまでも|ずっと)?(?:くよくよ|クヨクヨ|悩(?!ま)|気に(?:なる|なって|なっちゃ|なってしま|する|して|しちゃ|しすぎ|しがち|しやす)|落ち込(?!ま)|へこ(?!ま)|凹(?!ま)|イライラ)"
                + "|すぐ(?:凹(?!ま)|へこ(?!ま)|くよくよ|クヨクヨ|悩(?!ま)|気に(?:す|し)|テンパ|パニック|焦|あせ|動揺|緊張|泣)|(?:人|ひと|周り|まわり|他人)の(?:目|評価|顔色)(?:が|を)(?:すごく|めっちゃ|とても|つい)?(?:気にな(?=る|っ)|気にす|気にし|うかが|伺)"
                + "|(?:心配|不安|考え)[^。、!！?？]{0,6}?(?:眠れ|寝られ|寝れ)(?:ない|へん|ん|ず)|(?:ずっと|いつまでも|けっこう|結構|長く)引きず(?:る|っ|り)|(?:引きず|ひきず)(?:りがち|りやす)|(?:しんぱいしょう|心配しい)", N_HIGH);
        // low: it will work out, a night's sleep and it is gone, never down for long, stress not kept (「気にしねえ」, 「寝れば忘れる」)
        ja(e, Form.NOUN, "気にし(?:ねえ|ねー|ねぇ|やん|ん(?![だで])|いひん)|気に(?:なら|ならへ)(?:ない|ん|へん|ひん)|(?:なんとか|何とか|どうにか)(?:なる|なるさ|なるやろ|なるでしょ)(?:って|と|精神|の精神)"
                + "|寝(?:たら|れば|ると|りゃ|て起きたら)[^。、!！?？]{0,6}?(?:忘れ|元通り|元気|スッキリ|すっきり|リセット|回復|けろっ|ケロッ)|(?:次の日|翌日|一晩)(?:に|で)?(?:は|には)?(?:もう)?(?:忘れ|ケロッ|けろっ|元気|復活|切り替)"
                + "|ケロッと|けろっと|あっけらかん|へこたれ(?:ない|ん|へん|ず|ねえ)|ストレス(?:を|は)?(?:溜め|ため|溜めこ|ためこ|溜め込)(?:ない|ん|へん|まない|まん)|お気楽|のうてんき", N_LOW);

        // habits that tell the trait without a trait word: records kept every night, plans made ahead and unrest until they are
        // (「毎晩家計簿につけてから寝ます」, 「献立を全部決めておかないと落ち着きません」, 「締め切り前に慌てたことは一度もない」)
        ja(e, Form.NOUN, "(?:家計簿|日記|手帳|日誌)(?:を|に|は|も)?(?:毎日|毎晩|毎朝|欠かさず|ちゃんと|きっちり|必ず)?(?:つけ|付け|書い|書く|書き)|(?:毎晩|毎日|毎朝|欠かさず)[^。、!！?？]{0,10}?(?:家計簿|日記|手帳)"
                + "|前倒し|(?:決め|準備し|用意し|作っ|片付け|片づけ|整え|立て|調べ)(?:て|と)(?:おか|か)(?:ない|ん|へん)と(?:落ち着|気が済|気持ち悪|不安)"
                + "|(?:決まって|片付いて|片づいて|揃って|そろって|整って)(?:い)?(?:ない|へん|ん)と(?:イライラ|いらいら|落ち着|気持ち悪|気が済)"
                + "|(?:慌て|あわて|焦っ|あせっ)たこと(?:は|が|も)?(?:一度も|いっぺんも|一回も|ほとんど)?(?:ない|なく|ありません|ねえ)", C_HIGH);
        // time alone preferred, leaving the party early (「休みの日は一人で過ごしたい派」, 「飲み会は1次会で帰ります」, 「陽キャではない」)
        ja(e, Form.NOUN, "(?:一人|ひとり)で[^。、!！?？]{0,14}?(?:過ごしたい|過ごす|いたい|いる|行く|出かける|遊ぶ)(?:派|タイプ)|(?:一人|ひとり)で(?:過ごしたい|いたい)"
                + "|(?:飲み会|宴会|集まり|パーティー)(?:は|も|では)?(?:いつも|毎回|だいたい)?(?:[1１一]次会|早め|すぐ|途中)で(?:帰|抜け)|陽キャ(?:では|じゃ|でも)(?:ない|な)", E_LOW);
        // trying what is new at once, being drawn to the unknown (「新しいコスメ出たらすぐ試す」, 「知らない路地に入りたくなる」, 「流行りもん大好き」)
        ja(e, Form.NOUN, "(?:新しい|知らない|知らん|珍しい|見たことのない|見たことない)[^。!！?？]{0,14}?(?:入り|行き|行ってみ|試し|試してみ|やってみ)たく(?:なる|なっ(?:ちゃう|ちゃ|て)?|なり)"
                + "|(?:何でも|なんでも)(?:試して?み|やってみ)(?:たく|る)|(?:流行り|はやり|流行)(?:もの|もん|物)?(?:が|は)?(?:大)?好き|(?:新しい|新作)[^。、!！?？]{1,10}?出たら(?:すぐ)?(?:試|買)", O_HIGH);
        // unshaken, in dialect too (「わりとどっしり構えとる方」)
        ja(e, Form.NOUN, "どっしり(?:構え|して|しとる|と)", N_LOW);
        // ---- English: extraversion
        en(e, "outgoing|sociable|social(?!\\s+(?:media|worker|work|life|security|network|anxiety|skills))|extroverted|extrovert|extraverted|extravert"
                + "|talkative|chatty|bubbly|energetic|lively|cheerful|upbeat|vivacious|a people person|people person|social butterfly|party animal"
                + "|loud|gregarious|active|enthusiastic|fun-loving|funny|humou?rous|hilarious|witty|playful|charismatic|love meeting (?:new )?people|make friends easily", E_HIGH);
        en(e, "introverted|introvert|shy|quiet(?!\\s+(?:neighborhood|neighbourhood|area|place|town|life|street|suburb))|reserved|timid|homebody|a loner|loner|soft-spoken|private person|keep to myself|keeps to (?:himself|herself)"
                + "|(?:like|love|prefer) staying (?:in|home)", E_LOW);
        en(e, "friendly", E_HIGH, A_HIGH);
        // conscientiousness
        en(e, "organi[sz]ed(?!\\s+(?:our|my|the|a|an|his|her|their|it|this|that|every|all|some|[a-z]+'s)\\b)|well-organized|tid(?:y|ier|iest)|neat|meticulous|punctual|disciplined|responsible(?!\\s+for)|reliable|dependable|diligent"
                + "|hard-working|hardworking|hard working|conscientious|careful|detail-oriented|a planner|plan ahead|plan everything|perfectionist"
                + "|ambitious|workaholic|methodical|thorough|orderly|structured|sincere|serious(?!\\s+(?:relationship|about|question)|\\s*(?:though|tho|lol|haha|lmao)\\b|\\s*!)|trustworthy|dedicated"
                + "|focus(?:s)?ed|goal-oriented|determined|systematic|efficient", C_HIGH);
        en(e, "disorganized|disorganised|messy|lazy|forgetful|scatterbrained|procrastinate|procrastinator|chaotic|careless|sloppy|flaky|impulsive", C_LOW);
        // agreeableness
        en(e, "(?<!what |this |that |same |any |the )kind(?!\\s+of|a\\b)|kindhearted|kind-hearted|caring|gentle|warm(?!\\s+(?:weather|place|climate|water|day))|warm-hearted"
                + "|compassionate|considerate|thoughtful|empathetic|generous|sweet(?!\\s+tooth)|helpful|cooperative|patient|loving|supportive"
                + "|understanding(?!\\s+(?:is|of))|agreeable|polite|humble|(?<!to be |be |i.m |if i.m |if im |im |being )honest(?!,? (?:with you|here|though))|loyal|family-oriented|family oriented|family-minded|good-natured|affectionate|tender|selfless|forgiving|a good listener|good listener", A_HIGH);
        en(e, "stubborn|selfish|blunt|competitive|argumentative|cold-hearted|cold person|rude|grumpy|bossy|arrogant|impatient|hot-headed", A_LOW);
        en(e, "short-tempered|hot-tempered|quick-tempered", A_LOW, N_HIGH);
        // openness
        en(e, "curious|creative|imaginative|artistic|artsy|open-minded|open minded|adventurous|innovative|inventive|intellectual|inquisitive"
                + "|spontaneous|love (?:learning|trying new things|new things|to travel|traveling|travelling)|like (?:learning|trying new things|new things)"
                + "|always trying new things|(?:open to|love|into|full of) new ideas"
                + "|eager to learn|unconventional|quirky|nerdy|geeky|bookish|smart|intelligent|clever|brilliant|bright(?!\\s+(?:colou?rs?|eyes|smile|red|blue|green))", O_HIGH);
        en(e, "traditional|conventional|down-to-earth|down to earth|old-fashioned|set in (?:my|his|her) ways|like routine|love routine|prefer routine", O_LOW);
        // neuroticism
        en(e, "calm|relaxed|laid-back|laid back|laidback|chill|easygoing|easy-going|easy going|even-tempered|level-headed|composed|(?<!(?:that's|thats|it's|its|that is|it is) not )steady(?!\\s+(?:job|income|career|work|relationship))"
                + "|emotionally stable|(?<!(?:that's|thats|it's|its|that is|it is) not )stable(?!\\s+(?:job|income|career|work|life|relationship))|resilient|carefree|happy-go-lucky|mellow|unflappable|optimistic|positive|go with the flow", N_LOW);
        en(e, "anxious|a worrier|worrier|worry a lot|worry too much|tend to worry|nervous|insecure|sensitive(?!\\s+skin)|moody|emotional|pessimistic|negative"
                + "|(?<!no )worry|(?<!no )worries|stressed|easily stressed|get stressed|overthink|overthinker|over-thinker|neurotic|cautious|temperamental|tense|self-conscious|high-strung|worried", N_HIGH);
        // sure of oneself: calm first, and the assertive side of extraversion
        en(e, "confident|self-assured", N_LOW, E_HIGH);
        // ---- English: everyday idioms
        en(e, "chatterbox|love a (?:good )?night out|can'?t be alone|life of the party|jovial|(?:a )?(?:great|terrific|good) storyteller|talk to anyone|never met a stranger", E_HIGH);
        en(e, "thrill-seekers?|thrill-seeking|adrenaline junkie", E_HIGH, O_HIGH);
        en(e, "not (?:very )?confident socially|awkward at parties|not one for (?:big )?crowds|hate (?:big )?crowds|bit of a loner", E_LOW);
        en(e, "not the tidiest|(?:flat|room|house|place|closet|desk|car|apartment|bedroom|wardrobe)(?:'s| is) (?:a |(?:pure|total|complete) )?(?:disaster|mess|tip|pigsty|bomb site|chaos)|scatterbrain|always late|last minute"
                + "|(?:hate|can'?t stand|(?:bad|terrible|awful|hopeless|useless) at|suck at|not (?:good|great) at) (?:planning|plans|making plans|organi[sz]ing|schedules|routines?|deadlines|being on time)", C_LOW);
        en(e, "never (?:late|miss a (?:shift|deadline|day))|colou?r-code|to-do lists?|spreadsheets? for everything", C_HIGH);
        en(e, "open to new (?:ideas|things|experiences)|love trying new \\w+|like trying new \\w+|try anything once", O_HIGH);
        en(e, "fond of routine|(?:like|love) my routines?|creature of habit|new things unsettle me|stick to what i know", O_LOW);
        en(e, "help anyone|would do anything for (?:anyone|people)|hate saying no", A_HIGH);
        en(e, "get angry (?:fast|easily|quickly)|argue a lot|lose my temper|hold a grudge", A_LOW, N_HIGH);
        en(e, "don'?t stress (?:much|out)|not much (?:gets to|bothers|rattles|fazes|worries|stresses|upsets) me|nothing fazes (?:me|him|her)|relaxd", N_LOW);
        // English behaviour said without a trait word
        en(e, "cheeky|big kid|larrikin|every(?:body|one)'?s friend|friends with every(?:body|one)|(?:a |the )?joker|jokester|class clown|a (?:good |great )?laugh|(?:a |the )?comedian", E_HIGH);
        en(e, "(?:a |big )talker|always (?:at|down) the (?:bar|pub|club)|organi[sz]ing (?:\\p{L}+ )?(?:gatherings|parties|get-togethers|events)|knows? everyone|life and soul", E_HIGH);
        en(e, "need (?:a lot of |lots of |my |some )?(?:alone|me) time|(?:not|never) (?:big on|much for|into|one for) (?:parties|crowds|socia[lz]i[sz]ing|going out)"
                + "|rather stay (?:in|home)|stay(?:ing)? in with a book", E_LOW);
        en(e, "control freak|(?:everything|it all) planned|plan(?:s|ned)? (?:everything|it all|weeks|months) ahead|hard worker|stickler for", C_HIGH);
        en(e, "never on time|always running late|a messer|wing it|(?:do|does) everything last minute", C_LOW);
        en(e, "pushover|soft touch|can'?t say no|get (?:on|along) with (?:pretty much |just about |almost )?(?:anyone|everyone|everybody|anybody)|easy to get along with|(?:would|'d|will|'ll) do anything for"
                + "|generous to a fault|teddy bear|heart of gold|(?:big )?softie|salt of the earth|dead sound"
                // the good-hearted and the peacemakers: "she's a saint", "sees the best in people", "I hate conflict"
                + "|(?:a|an absolute|such a|a real|a total) saint\\b|sees? the (?:best|good) in (?:people|everyone|everybody)|puts? up with me"
                + "|golden retriever|(?:the )?biggest heart|hate (?:conflict|confrontation|arguments)|avoid (?:drama|conflict|confrontation|arguments)|keep the peace", A_HIGH);
        // the careful with money: "pays every bill the day it comes in", "the strict one with money"
        en(e, "pays? (?:every|each|all (?:the|our|my|his|her)) bills? (?:the day|on time|early)|strict (?:one )?(?:with|about) (?:money|the budget)"
                + "|(?:good|careful) with money|holds the budget|keeps? (?:every|all the) receipts?", C_HIGH);
        en(e, "prickly|not the nicest|doesn'?t suffer fools|don'?t suffer fools|no-nonsense|opinionated|contrary|contrarian|argue with (?:the telly|the tv|everyone|everybody)", A_LOW);
        // round 8: an outlook, a work ethic and a liking for order said in everyday words
        en(e, "(?:an |the )?optimist(?:ic)?|happy-go-lucky|nothing (?:gets|brings) (?:me|him|her) down|nothing makes (?:me|him|her) (?:worry|anxious|nervous)"
                + "|hardly anything (?:upsets|bothers|worries) (?:me|him|her)", N_LOW);
        en(e, "works? (?:very |really |so |extremely )?hard|hard-?working|type a\\b|conscientious|(?:like|love|need) order\\b|everything has its place", C_HIGH);
        en(e, "always laughing|laughs? at everything", E_HIGH);
        en(e, "free spirit(?:ed)?", O_HIGH);
        en(e, "tranquil|calmly|nothing (?:stresses|stress|fazes|bothers) (?:him|her)|never gets? cross", N_LOW);
        en(e, "strict", C_HIGH);
        en(e, "love a (?:good )?yarn|can'?t shut (?:me|him|her) up|(?:can )?gist with (?:anybody|anyone|everybody|everyone)", E_HIGH);
        en(e, "ball of nerves|bundle of nerves|stress case|stress ball|stress-head|stresshead|fret(?:s|ting)?|lie awake|worry about everything", N_HIGH);
        en(e, "tough as nails|even[- ]keeled|keep my cool|keeps (?:his|her) cool|takes a lot to (?:upset|rattle|annoy|anger|faze)|(?:don'?t|doesn'?t|never) get rattled"
                + "|don'?t let (?:things|it|anything|stuff) (?:worry|bother|get to) me", N_LOW);
        en(e, "(?:love|like|into|up for) (?:a bit of |some )?adventure|keen to try|try(?:ing)? new (?:stuff|food|places|recipes|cuisines?|dishes|hobbies)"
                + "|open (?:to|for) (?:\\w+ )?(?:ideas|experiences|things)|open to anything|(?:try|tries) any (?:cuisine|food|dish|trip|hobby|sport)", O_HIGH);
        en(e, "not much for (?:books|art|reading|museums|culture)|like what i like|like what i know|(?:don'?t|do not) (?:care for|love|like) change|(?:hate|dislike) change", O_LOW);
        // what a person does, said of anyone ("helps anyone", "never raises his voice", "would rather stay in"):
        // behaviour, in any person and tense; "never", "doesn't" before it turn it round
        en(e, "(?:help|helps|helping|helped) (?:anyone|anybody|everyone|everybody|people|out|a friend|friends|others|the neighbou?rs?)"
                + "|(?:first|always|quick) to (?:offer|help)|offers? (?:a lift|to help)|(?:bring|brings|brought) (?:you |me |us )?(?:soup|food|flowers)"
                + "|makes? (?:tea|coffee|dinner|soup|breakfast) for|shirt off (?:his|her|their) back|(?:stays?|stayed) (?:late )?to help"
                + "|(?:notices?|noticed) when|kindest|sweet(?! tooth)|generous|thoughtful|considerate|selfless|big-hearted", A_HIGH);
        en(e, "(?:raises?|raised|raising) (?:his|her|their|my) voice|(?:loses?|lost|losing) (?:his|her|their|my) temper|(?:gets?|got|getting) (?:mad|angry|upset|stressed|worked up)", N_HIGH);
        en(e, "unflappable|(?:could|can) sleep through|never panics", N_LOW);
        en(e, "on time|plan b|(?:remembers?|never forgets?) (?:\\w+ )?birthdays?|follows? through|reads? the (?:instructions|manual|fine print)"
                + "|(?:organi[sz]es|plans?) (?:every|the entire|everything|ahead)|texts? back|pays? (?:the )?bills|colou?r-coded", C_HIGH);
        en(e, "(?:rather|happiest|happy|prefers? to) (?:stay(?:ing)? (?:in|home)|at home|on the sofa|host(?:ing)? a small|with a book)|homely", E_LOW);
        en(e, "talk to a wall|can'?t sit still|talks? to (?:literally |just about |pretty much |almost )?(?:everyone|everybody|anybody|anyone|strangers)|chats? (?:up|with) (?:every|everyone|everybody|strangers|anybody|anyone)", E_HIGH);
        en(e, "at parties i'?m (?:(?:usually|always|the one) )*(?:in the kitchen|with the (?:dog|cat)|in the corner)|talking to the (?:dog|cat) at parties", E_LOW);
        en(e, "hopeless (?:with|at) (?:plans|planning|organi[sz]ing|time|deadlines|dates)|all over the place|never plans? (?:anything|ahead)|(?:doesn'?t|don'?t) plan (?:anything|ahead)"
                + "|(?:never|rarely|don'?t) finish (?:anything|what i start|projects)|finish (?:0|zero|none|nothing)\\b", C_LOW);
        en(e, "plans? (?:the |our |every |each )?[a-z]+ (?:[a-z]+ )?(?:weeks|months|a year) (?:out|ahead|in advance)|(?:has|have|keep) a binder"
                + "|everything in its place|a place for everything|(?:very|quite|pretty|bit|a bit|super|so|really|extremely) particular|particular about", C_HIGH);
        en(e, "hates? (?:conflict|arguing|arguments|fights|confrontation|drama)|avoid (?:conflict|confrontation|arguments)|conflict-averse", A_HIGH);
        // what someone does for others or never does to them: "never judges, just listens", "doesn't hold grudges"
        en(e, "never judges?|non-?judgmental|(?:just|always) listens|takes? (?:the )?time to listen|(?:doesn'?t|don'?t|never) (?:hold|bear|keep) (?:a )?grudges?"
                + "|never says? no|respects? (?:(?:his|her|their|my) )?elders|helps? (?:out )?(?:in|with|around) (?:the )?(?:kitchen|house|housework|chores)|adjusting nature", A_HIGH);
        en(e, "(?:strong,? )?silent type|(?:doesn'?t|don'?t) say much|(?:man|woman|person) of few words|not much of a talker", E_LOW);
        en(e, "never (?:once )?(?:been )?late|shows? up (?:\\d+ minutes )?early", C_HIGH);
        en(e, "hippie|(?:loves?|into) festivals|(?:try|trying|tries) (?:weird|strange|exotic) (?:food|stuff|things)", O_HIGH);
        en(e, "same (?:toast|breakfast|lunch|dinner|meal|thing) every (?:morning|day|night|week)", O_LOW);
        en(e, "stress(?:es)? (?:about|over) (?:everything|every little thing|little things|things)|stress out", N_HIGH);
        en(e, "(?:get|gets|getting) bored(?: (?:easily|quickly|fast|so fast))?(?: (?:if|unless|when|without) [^.,;!?]{0,40})?|(?:try|trying|tries) something new|(?:love|like|into) (?:weird|experimental|strange|odd) (?:stuff|things|music|art|food)|experimental|avant-garde", O_HIGH);
        en(e, "(?:don'?t|do not|never) (?:really )?(?:do|try) new (?:things|stuff)|same (?:pub|bar|restaurant|caf[eé]|food|meal|holiday spot)\\b", O_LOW);
        en(e, "reads? (?:like )?(?:\\d+|a lot of|loads of|tons of) books|road trips?|(?:loves?|into|open to) travel(?:l?ing)?|spontaneous", O_HIGH);
        // round 11: the Big Five facet by facet, high and low, in the everyday English people use of themselves
        // and their partners; "not", "never", "don't" before a phrase turn it round ("not a party person",
        // "never refuses to help", "doesn't take life too seriously", "not a reader")
        // extraversion: gregariousness, talk, hosting, energy, cheer ("that man can talk", "always inviting friends for dinner")
        en(e, "party (?:person|girl|guy|animal|lover|type)|(?:loves?|likes?) (?:a )?(?:good )?part(?:y|ies)|(?:first|always) on the dance ?floor"
                + "|(?:man|woman|girl|guy|boy|lad|bloke|lady|she|he|i|that one) can (?:really |sure |definitely )?talk(?=\\s*(?:[!.,;]|$|for\\b|the hind))"
                + "|talks? (?:nonstop|non-stop|for (?:england|ireland|scotland|wales|india))|talk(?:s)? (?:your|my|his|her|their|the) ears? off"
                + "|talks? the hind legs|never stops? talking|won'?t stop talking|gift of (?:the )?gab|motormouth|yapper"
                + "|(?:everybody|everyone) knows me\\b|knows? every (?:name|face|neighbou?r)|knows? (?:all )?the neighbou?rs"
                + "|(?:invit(?:e|es|ing)|hav(?:e|es|ing)|has|host(?:s|ing)?) (?:friends|people|mates|guests|the neighbou?rs|everyone|everybody) (?:over|round|around|for (?:dinner|lunch|drinks|a braai|a barbie|a bbq|a barbecue))"
                + "|(?:always|loves?|likes?) (?:inviting|hosting)|(?:loves?|likes?|enjoys?) (?:going out|nights out|socia[lz]i[sz]ing|being around people|company|big groups)"
                + "|(?:super|so|very|really|bit|kinda|too) extra(?=\\s*(?:[,.!?;]|$|lol|haha|and\\b))|makulit"
                + "|drags? (?:me|us) (?:out|along)|up for (?:anything|a night out|a laugh|a party)|always (?:out|on the go|up for it)"
                + "|(?:don'?t|doesn'?t|never|can'?t) sits? still|full of (?:energy|beans|life)|high[- ]energy|boundless energy"
                + "|assertive|takes? (?:the )?(?:charge|lead)|(?:a )?natural leader|laughs? a lot|cracks? jokes|(?:always )?(?:cracking|making) jokes"
                + "|makes? (?:everyone|everybody|people|me|us) laugh|makes? everything (?:a joke|fun)|(?:good|great|wicked|dry|brilliant|wonderful) sense of humou?r"
                + "|sunny (?:disposition|personality|nature|soul|person)|ray of sunshine", E_HIGH);
        en(e, "socially awkward|awkward socially|socially (?:i'?m|i am) (?:\\w+ )?awkward|socially anxious|(?:i'?m|i am|he'?s|she'?s|he is|she is) (?:a bit |kinda |so |really |pretty |quite |very )?awkward"
                + "|awkward (?:around|with) (?:people|strangers|girls|boys|guys|women|men|new people)|(?:don'?t|doesn'?t|do not|does not|never) (?:really )?knows? what to say"
                + "|(?:don'?t|doesn'?t|do not|does not|not|never) (?:really )?(?:talk|speak) (?:much|a lot)|listens? more than (?:he|she|i|they) (?:talks?|speaks?)|more of a listener"
                + "|wallflower|keeps? (?:to )?(?:himself|herself|myself|themselves)|recharges? (?:alone|on (?:my|his|her) own|by being alone)|need(?:s)? (?:my|his|her|their) (?:own )?space"
                + "|(?:like|likes|love|loves|prefer|prefers|enjoy|enjoys) (?:my|his|her|their) own company|(?:prefer|prefers|like|likes) small groups"
                + "|hermit|anti-?social|homebird|home bird|(?:hate|hates|don'?t like|doesn'?t like|can'?t stand|not into|not a fan of) (?:big )?(?:crowds|parties|clubs|clubbing|small talk|going out|nightclubs|big groups)"
                + "|(?:like|likes|love|loves|prefer|prefers|enjoy|enjoys) (?:to )?stay(?:ing)? (?:at )?(?:home|in)(?=\\s*(?:[,.!?;]|$|and\\b|with\\b|more\\b|on\\b|most\\b|a lot\\b|mostly\\b))", E_LOW);
        // conscientiousness: order, plans, duty, drive ("I like things planned out", "everything double checked", "very precise")
        en(e, "(?:like|likes|love|loves|need|needs|want|wants|keep|keeps|have|has) (?:things|everything|it all|my life|the house) (?:planned|organi[sz]ed|in order|tidy|neat|just so|scheduled|spotless)(?: out)?"
                + "|(?:keep|keeps|have|has|use|uses) (?:a |my |her |his )?(?:calendar|planner|diary|schedule|lists?|spreadsheets?|excel(?: sheets?)?) for (?:everything|every\\w*)"
                + "|(?:got|has|have|made|makes|make) (?:an? )?(?:excel|spreadsheet)(?: sheets?)?|everything (?:in order|double[- ]checked|planned|scheduled|labell?ed)"
                + "|(?:double|triple)[- ]checks?(?: everything)?|(?<!to be |to be more |more )precise|attention to detail|eye for detail|detail[- ](?:oriented|minded|person)|(?:plan|plans|planned|planning) (?:\\w+ ){0,3}(?:until|down to|to) (?:the |every )?(?:very )?(?:last |little )?detail"
                + "|plan(?:s|ning|ned)? (?:everything|it all|ahead|things out)|(?:likes?|loves?) (?:to )?plan(?:ning)?(?=\\s*(?:[,.!?;]|$|everything|things|ahead|stuff|and\\b))|sav(?:e|es|ing) (?:money|up|every (?:penny|cent))"
                + "|(?<!not |not yet |been |being |be )determined(?!\\s+(?:by|yet|later|soon)\\b)|(?<!'ve |have |has |had |been |was |were |be |being )driven(?!\\s+(?:to|by|from|home|for|around|in|out|up|down|over|past|a|an|the|\\d)\\b)|goal[- ]oriented|go-getter|grafter|gets? (?:things|stuff|it) done|never gives? up|keeps? (?:(?:his|her|my) )?(?:promises|word)|never lets? (?:anyone|people|you|me|us) down"
                + "|early riser|early to bed|clean freak|neat freak|(?:house|place|room|flat|kitchen) (?:must|has to|needs to) be (?:clean|spotless|tidy)|spotless|always (?:cleaning|tidying|organi[sz]ing(?!\\s+(?:\\p{L}+ )?(?:gatherings|parties|get-togethers|events|nights out)))", C_HIGH);
        en(e, "last-minute|(?:always|constantly|forever|keeps?) (?:losing|loses?|forgetting|forgets?) (?:my|his|her|their|things|stuff|everything)|loses? (?:my|his|her) (?:keys|phone|wallet) (?:every|all the|twice|constantly)"
                + "|forgets? everything|couch potato|can'?t be bothered|winging it|tamad|scatty|ditzy|hot mess", C_LOW);
        // agreeableness: decency, manners, softness, forgiving, giving ("nice to everyone", "a real gentleman", "I forgive easy")
        en(e, "nice to (?:everyone|everybody|people|anyone|anybody|others|strangers|all)|(?:a |such a |really |very |so |genuinely )nice (?:guy|girl|man|woman|person|bloke|lady|fella|soul)"
                + "|(?:real|true|proper|perfect|total|such a|always a|always the|complete|absolute) gentleman|(?:he'?s|he is) (?:a |such a )?gentleman|gentlemanly|good manners|well[- ]mannered|holds? (?:the )?doors?|respectful|courteous|chivalrous|mensch"
                + "|soft[- ]natured|soft[- ]hearted|softhearted|good[- ]hearted|tender[- ]hearted|(?:a )?soft (?:soul|heart)|(?:an|such an|a real|an absolute|a total) angel\\b|sweet soul"
                + "|lovely (?:person|man|woman|guy|girl|soul|bloke)|forgiv(?:e|es|ing) (?:easy|easily|quickly|fast|and forget)|quick to forgive|(?:easy|quick) to forgive"
                + "|volunteer(?:s|ed|ing)? (?:at|for|with|every)|does (?:charity|volunteer) work|gives? back|(?:always|happy|glad|ready|willing) to help"
                + "|(?:well|universally) liked|lik(?:e)?able|trusting|good with (?:kids|children|people|animals|old people|the elderly)|people[- ]pleaser", A_HIGH);
        en(e, "refuses? to help|gruff|grump|grouch(?:y)?|cranky|crabby|harsh(?!\\s+(?:winter|weather|climate|light|sun|conditions))|critical(?!\\s+(?:care|condition|role|job|thinking|thinker))|judg(?:e)?mental|sarcastic|petty|demanding"
                + "|mean (?:streak|person|girl|guy)|can be (?:a bit )?mean|brutally honest|(?:don'?t|doesn'?t) trust (?:people|anyone|anybody|easily)|keeps? (?:my|his|her) guard up|guarded", A_LOW);
        // openness: imagination, art, books, exploring, learning ("a bit of a dreamer", "read everything I can get my hands on")
        en(e, "dreamer|daydream(?:er|ing|s)?|head in the clouds|always (?:reading|writing|drawing|painting|sketching|making music)|writ(?:es|ing) (?:songs|poetry|poems|stories)"
                + "|(?:loves?|into|likes?) (?:art|poetry|philosophy|museums|galleries|theatre|theater|history|documentaries|books|reading|languages)"
                + "|reads? everything|bookworm|(?:a |big |avid |keen |voracious )reader\\b|explor(?:e|es|ing) (?:new|different|the world|places|ideas)|(?:loves?|likes?) to explore"
                + "|deep (?:conversations|talks|thinker)|philosophical|big thinker|always learning|lifelong learner|learn(?:ing|s)? new (?:things|skills|languages)"
                + "|cultured|worldly|well[- ]read|well[- ]travell?ed|globetrotter|wanderlust|(?:try|tries|trying|tryin'?) new (?:stuff|things|food|places|recipes|cuisines?|dishes|hobbies)"
                + "|(?:like|likes|love|loves|care (?:much )?for|cares (?:much )?for|enjoy|enjoys|embrace|embraces) change", O_HIGH);
        en(e, "same \\w+ every (?:day|morning|night|week|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday|year|summer|time)"
                + "|(?:always )?(?:order|orders|get|gets|eat|eats) the same (?:thing|dish|meal)|sticks? to what (?:i|he|she|they) knows?|old[- ]school(?!\\s+(?:music|hip|rap|games?|cars?|r&b))|simple tastes|meat and potatoes"
                + "|(?:like|likes|prefer|prefers|love|loves) (?:the )?familiar", O_LOW);
        // neuroticism: jealousy, panic, temper, strain ("I get jealous easily", "fiery", "wound tight, always stressing")
        en(e, "jealous|possessive|panic(?:s|ky)?|freak(?:s)? out|freaking out|fiery|short fuse|quick temper|(?:has|have|got) a temper|flies? off the handle|drama queen"
                + "|wound (?:up |too )?tight|tightly wound|highly[- ]strung|uptight|on edge|cries? (?:easily|a lot|at everything)|(?:easily|quick to get) (?:upset|hurt|offended)"
                + "|takes? (?:things|everything|it) personally|thin[- ]skinned|stressing|stresses out|mood swings|irritable|touchy(?![- ]feely)"
                + "|takes? (?:life|things|everything|myself|himself|herself) (?:too|so) seriously|sweat(?:s)? (?:the small stuff|the little things|every little thing)", N_HIGH);
        en(e, "(?:difficult|hard|takes a lot) to (?:make|get) (?:me|him|her) (?:angry|mad|upset|cross|annoyed|worried)|hard to (?:anger|upset|rattle|annoy|ruffle)"
                + "|takes? (?:things|it|everything|life) (?:in (?:his|her|my) stride|easy|as (?:they|it) comes?)|rolls? with (?:the punches|it)"
                + "|cool as a cucumber|unbothered|nothing (?:phases|fazes|bothers|worries|upsets|stresses|rattles|gets to) (?:me|him|her|them)", N_LOW);
        // the same facets in more everyday turns: loyalty and grudges, speaking one's mind, a small circle, making music,
        // travelling, lists and budgets, impulse buys, overthinking, needing reassurance, shrugging things off
        en(e, "(?:has|have|got|always got|always has) (?:my|your|our) back|always there for (?:me|people|everyone|everybody|friends|others)|easy to talk to"
                + "|puts? (?:others|everyone else|other people) first", A_HIGH);
        en(e, "(?:holds?|holding|bears?|keeps?) (?:a )?grudges?", A_LOW, N_HIGH);
        en(e, "speaks? (?:my|his|her|their) mind|tells? it like it is|no filter", A_LOW);
        en(e, "(?:small|tight) circle(?: of friends)?|(?:only (?:have |got )?|just )a (?:few|couple of|handful of) (?:close )?friends", E_LOW);
        en(e, "plays? (?:the )?(?:guitar|piano|violin|cello|drums|bass|saxophone|sax|ukulele|flute)|travels? (?:everywhere|the world|constantly)"
                + "|been to \\d+ countries|backpack(?:ed|ing)", O_HIGH);
        en(e, "makes? (?:to-do )?lists|budgets? (?:everything|for everything)|sticks? to (?:a|the|our|my|his|her) budget", C_HIGH);
        en(e, "late (?:for|to) everything|impulse (?:buys?|buyer|shopper|purchases)", C_LOW);
        en(e, "overthinks|overthinking|needs? (?:a lot of |constant )?reassurance|snaps? at (?:people|me|everyone|everybody|the kids)", N_HIGH);
        en(e, "grounded|zen\\b|chilled(?: out)?|cool[- ]headed|unshak(?:e)?able|shrugs? (?:it|things|stuff|everything) off|bounces? back|water off a duck'?s back", N_LOW);
        ENTRIES = List.copyOf(e);
    }

    private PersonalityLexicon() {
    }

    private static void ja(List<Entry> entries, Form form, String stems, Effect... effects) {
        String suffix = switch (form) {
            // Kyushu 「優しか人」, 「明るかけん」, 「ノリがよか」: the adjective closed by か (not かった, かも)
            case I_ADJ -> "(?:い|く(?:て)?|かっ(?:た)?|け(?:れば)?|さ|め|そう|すぎ|ぇ|(?=ない|のうて|うない)|か(?=[、,。!！?？\\sねよばけと人ひ方ほ子女男]|$))";
            default -> "";
        };
        entries.add(new Entry(Pattern.compile("(?:" + stems + ")" + suffix), form, List.of(effects), Openings.of(stems)));
    }

    private static void en(List<Entry> entries, String words, Effect... effects) {
        // "calmest", "kinder", "nicest": a word compared is the same word
        entries.add(new Entry(Pattern.compile("\\b(?:" + words + ")(?:e?st|e?r)?\\b"), Form.EN, List.of(effects), Openings.of(words)));
    }
}
