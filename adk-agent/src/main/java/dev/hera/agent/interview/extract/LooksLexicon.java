package dev.hera.agent.interview.extract;

import java.util.regex.Pattern;

/**
 * Words about how someone looks (partner looks are required for the portrait): height and build,
 * hair, eyes and face, glasses and beards, skin, style; in Japanese and English. The phrase the
 * person used is kept; these cues only find where it is.
 */
final class LooksLexicon {

    /** A degree word between a body word and its adjective: 「背がすごく高い」, 「背はそんな高くない」. */
    private static final String DEGREE = "(?:すごく|すっごく|とても|かなり|めっちゃ|めちゃ|めちゃくちゃ|結構|けっこう|ちょっと|少し|わりと|割と|やや|そんなに|そんな|そこまで|それほど|あまり|あんまり|まあまあ|まぁまぁ)?";

    /**
     * Someone the height is measured against (「背はうちより低くて」, 「背は私よりちょっと高い」, 「身長は平均くらい」): a
     * comparison, the speaker only its measure.
     */
    private static final String COMPARED = "(?:(?:" + Subjects.JA_SELF + "|平均|普通|[\\p{IsHan}\\p{IsKatakana}ー]{1,4})(?:より(?:も|は)?|と比べて|に比べて|と比べると)\\s*)?";

    /**
     * Japanese look cues. 目 needs a modifier or particle so 真面目, 見た目, 二人目 are not eyes, nor is the liking of
     * 「ガジェットには目がない」 (「笑うと目がなくなる」 is).
     */
    static final Pattern JA = Pattern.compile(
            "(?:見た目|外見|容姿|ルックス)(?=は|が|:|的には)|背(?:ぇ|え)?(?:が|の|は)?" + COMPARED + DEGREE + "(?:高|低|ちっちゃ|ちっこ|小さ|大き|でか|でっか|でっけ|ちっさ|ちいさ|ひく|たか)|(?:体格|ガタイ|がたい|スタイル)(?:が|の|は)?" + DEGREE + "(?:いい|良い|よく|良く)|(?:背|身長)(?:は|が)(?=\\s*[0-9一二三四五六七八九百])|(?:背|身長)(?:は|が)?(?:" + Subjects.JA_SELF + "|平均|普通)(?:と同じ|並み|くらい|ぐらい)|高身長|低身長|長身|小柄|大柄|細身|スリム|痩せ(?:型|てい|てる|気味)?|華奢|がっちり|ガッチリ|がっしり|ガッシリ|ほっそり|ひょろっと|ひょろひょろ|むっちり|ムキムキ|筋肉質|マッチョ|ガタイ"
                    + "|ぽっちゃり|ふくよか|太め|細め|太っちょ|(?:でっかい|でかい|ちっちゃい|ちっさい|ちっちゃな)(?=[男女人子])|(?:体|からだ|図体)(?:も|が|は)?" + DEGREE + "(?:でか|でっか|大き|ちっちゃ|小さ)|太って(?:る|いる|て|ます)|中肉中背|恰幅|スタイル(?:が|の)?(?:い|良)|体型|体格|[0-9]{3}\\s*(?:cm|センチ)|身長"
                    + "|黒髪|茶髪|金髪|銀髪|白髪|短髪|長髪|髪(?:の毛)?|ヘア|ロング(?:ヘア)?|セミロング|ショート(?:ヘア|カット)?|ボブ(?:ヘア|カット)?|ポニーテール"
                    + "|ツインテール|ブロンド|巻き毛|天パ|天然パーマ|くせっ毛|(?<![\\p{IsHiragana}])かみ(?:の毛|のけ)?(?:が|は)(?:なが|みじか|長|短)|(?<![\\p{IsHiragana}])せ(?:い|ぇ|え)?(?:が|は)" + COMPARED + DEGREE + "(?:たか|ひく|でか|でっか|ちっちゃ|ちっこ|ちっさ|ちいさ|高|低)|坊主|パーマ|七三|分け目|センター分け|オールバック|刈り上げ|ストレートヘア|巻き髪|くせ毛|ひげ|ヒゲ|髭"
                    + "|(?<!見た)(?<=[いなのたし])(?:目|瞳)|(?<![真見人一二三面役年回番度0-9])(?<!見た)(?:目|瞳)(?=[ぇえー]?[がはもの元つ、,。]|$)(?!が(?:ない|無い))|二重|一重|奥二重|切れ長|垂れ目|たれ目|タレ目"
                    + "|つり目|ツリ目|眉|まゆ毛|鼻筋|鼻|唇|口元|えくぼ|そばかす|ほくろ|ぼくろ|黒子|皺|シワ|笑いじわ|眼鏡|メガネ|めがね|サングラス|笑顔(?!が(?:多|絶えな|少な))|色白|色黒|日焼け|日に焼け|肌"
                    + "|童顔|丸顔|面長|塩顔|醤油顔|ソース顔|濃い顔|薄い顔|顔立ち|顔(?!に(?:すぐ|全部|よく|もろに)?(?:出|で))|美人|美形|イケメン|ハンサム|可愛い系|かわいい系|綺麗系|きれい系"
                    + "|かっこい|カッコい|格好い|(?<!とこが|ところが|とこも|ところも)(?:かわいい|可愛い|可愛らし)|綺麗|きれい|スーツ|服装|おしゃれ|オシャレ|清潔感|タトゥー|ピアス"
                    // skin, build and bearing in everyday words, a style, looking young (「色が黒い」, 「ガリガリ」, 「猫背」, 「清楚系」, 「若く見られる」)
                    + "|色(?:が|は)" + DEGREE + "(?:黒|白|浅黒)|ガリガリ|がりがり|猫背|姿勢(?:が|の|は|も)|背筋(?:が|の|を)?(?:ピン|ぴん|伸び|のび)|しゃんと|清楚|ボーイッシュ|ギャル(?:系|っぽ)|若く見(?:え|られ)|老け顔|年相応"
                    // size said alone as a clause (「小さくて、黒髪ショートで」), not 気が小さい or 大きい声
                    + "|(?<![^、,。!！\\s])(?:小さ|ちっちゃ|ちっさ|ちいさ|大き|でか|でっか|おっき)(?:くて|め|い(?=[、,。!！\\s]|$))"
                    // eyes said without their particle, as typed (「目でかい」, 「目ぱっちり」)
                    + "|(?<![真見人一二三面役年回番度0-9])(?:目|瞳)(?=(?:でか|でっか|おっき|大き|ちっちゃ|小さ|細|ほそ|丸|まる|くりっ|ぱっちり|パッチリ|キラキラ|きらきら))"
                    // a likeness to a kind of celebrity or to someone (「韓国アイドルみたいな感じ」, 「俳優の誰々似」)
                    + "|(?:アイドル|俳優|女優|モデル|芸能人|ジャニーズ)(?:みたい|っぽ|風|系)|(?<=[\\p{IsHan}\\p{IsKatakana}ー]{2})(?<!真)似(?=[のでだや、,。!！\\s]|$)");

    /** English look cues, over lower-case text. */
    static final Pattern EN = Pattern.compile(
            "\\b(?:hair|haired|eyes|eye|eyed|freckles|freckled|glasses|spectacles|beard|bearded|moustache|mustache|stubble|smile|dimples"
                    + "|skin|skinned|complexion|height|face|nose|lips|tall|petite|slim|slender|skinny|thin|athletic|muscular|curvy|chubby|stocky|handsome"
                    + "|beautiful|pretty(?=\\s*(?:[,.!?]|and\\b|$|face|eyes|smile))|cute|gorgeous|good-looking|attractive|blondes?|blonds?|brunettes?"
                    + "|redheads?|bald|tanned|tan|pale|tattoos?|piercings?|dreadlocks|ponytail|bun|buzz cut|crew cut"
                    // build and hair in everyday words: "lanky", "wee", "a big bloke", "broad-chested", "dad bod", "a mullet"
                    + "|lanky|gangly|wee(?! bit)|burly|brawny|beefy|heavyset|plump|broad-(?:chested|shouldered)|broad shoulders|dad bod|bod"
                    + "|short(?![- ]?(?:temper|fuse|-lived|term))|big (?:bloke|guy|man|lad|fella|frame)|mullet|afro|mohawk|goatee|sideburns|clean-shaven"
                    // round 8: a build, a style and a complexion ("a little belly", "braids", "always barefoot", "morena")
                    + "|sporty|huge(?! fan)|belly|braids|cornrows|barefoot|weathered|saree|sari|bindi|hijab|turban|morena|moreno|chinito|chinita|mestiza|mestizo"
                    // what someone is always seen in ("always in a big jumper", "lives in hoodies", "a flat cap")
                    + "|jumpers?|sweaters?|cardigans?|hoodies?|beanies?|flat cap|baseball cap|leather jacket|denim jacket|overalls|tracksuits?|trackies|gumboots|kurta)\\b"
                    + "|\\b\\d\\s?(?:'|ft|feet|foot)\\s?\\d{0,2}(?:\"|\\s?in(?:ches)?\\b)?(?:\\s+tall)?|\\b\\d{3}\\s?cm\\b");

    private LooksLexicon() {
    }

    /** Whether the whole word is a look word (so it is no name). */
    static boolean isLookWord(String word) {
        return hasJapanese(word, 0, word.length()) && JA.matcher(word).matches()
                || hasLatin(word, 0, word.length()) && EN.matcher(word.toLowerCase(java.util.Locale.ROOT)).matches();
    }

    /** Whether the text (and its lower-case form) holds a look word, each lexicon read only over text in its script. */
    static boolean holdsLookWord(String text, String lower) {
        return hasJapanese(text, 0, text.length()) && JA.matcher(text).find() || hasLatin(lower, 0, lower.length()) && EN.matcher(lower).find();
    }

    /** Whether [start, end) holds a kana or kanji: the Japanese lexicon finds nothing elsewhere. */
    static boolean hasJapanese(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 0x3040) {
                return true;
            }
        }
        return false;
    }

    /** Whether [start, end) holds a Latin letter (or a digit, for "5'10", "180cm"). */
    static boolean hasLatin(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x250 && Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        return false;
    }
}
