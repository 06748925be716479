package dev.hera.agent.image;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.agent.image.PortraitFeatures.AgeBand;
import dev.hera.agent.image.PortraitFeatures.EyeColour;
import dev.hera.agent.image.PortraitFeatures.EyeShape;
import dev.hera.agent.image.PortraitFeatures.FaceGender;
import dev.hera.agent.image.PortraitFeatures.FaceShape;
import dev.hera.agent.image.PortraitFeatures.FacialHair;
import dev.hera.agent.image.PortraitFeatures.HairColour;
import dev.hera.agent.image.PortraitFeatures.HairLength;
import dev.hera.agent.image.PortraitFeatures.HairStyle;
import dev.hera.agent.image.PortraitFeatures.SkinTone;

/**
 * Reads the features of a face from a free-text description, Japanese or English or both mixed.
 * <p>
 * English colour and length words are only taken for the noun they describe: the words between
 * "hair" and the previous noun (or the start of the sentence) describe the hair, so in
 * "brown eyes and black hair" the hair is black and the eyes brown. Japanese compounds
 * (黒髪, 青い目, 丸顔) carry their noun with them. Deterministic: the same text gives the same features.
 */
public final class FeatureReader {

    private static final Pattern NOUN = Pattern.compile(
            "\\b(hair|haired|eyes?|eyed|face|faced|skin|skinned|complexion|beard|moustache|mustache|glasses|freckles"
                    + "|nose|lips|smile|man|woman|person|guy|girl|boy|lady|gentleman|legs|height|body|build)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?。、，\\n]");
    private static final String NEGATED_JA = "(?:なし|無し|はない|がない|は無い|はかけない|をかけない|はかけていない|をかけていない|はしていない|のない)";

    private FeatureReader() {
    }

    /** Features from the text alone; gender and age band come from the text or stay unknown/adult. */
    public static PortraitFeatures read(String description) {
        return read(description, null, FaceGender.UNKNOWN);
    }

    /**
     * Features from the text, with what is known from elsewhere: an age (null when unknown) and
     * a gender (UNKNOWN when unknown). Words in the text ("woman", 「30代」) take precedence.
     */
    public static PortraitFeatures read(String description, Integer age, FaceGender knownGender) {
        String text = description == null ? "" : description.toLowerCase(Locale.ROOT).replace('　', ' ');
        FaceGender gender = genderOf(text).orElse(knownGender == null ? FaceGender.UNKNOWN : knownGender);
        AgeBand ageBand = ageOf(text).or(() -> Optional.ofNullable(age).map(AgeBand::ofAge)).orElse(AgeBand.ADULT);
        HairStyle style = hairStyleOf(text);
        HairLength length = hairLengthOf(text).orElseGet(() -> defaultLength(gender, style));
        HairColour colour = hairColourOf(text).orElse(ageBand == AgeBand.SENIOR ? HairColour.GREY : HairColour.BLACK);
        return new PortraitFeatures(length, colour, style, eyeShapeOf(text), eyeColourOf(text), glassesOf(text),
                facialHairOf(text), smileOf(text), has(text, "そばかす|ソバカス|freckle"), skinOf(text), faceShapeOf(text),
                ageBand, gender);
    }

    private static HairLength defaultLength(FaceGender gender, HairStyle style) {
        if (style == HairStyle.BUN || style == HairStyle.PONYTAIL) {
            return HairLength.LONG;
        }
        return switch (gender) {
            case MALE -> HairLength.SHORT;
            case FEMALE -> HairLength.LONG;
            case UNKNOWN -> HairLength.MEDIUM;
        };
    }

    static Optional<FaceGender> genderOf(String text) {
        int female = count(text, "女性|女の人|彼女|妻|奥さん|お嫁|\\bwoman\\b|\\bfemale\\b|\\bshe\\b|\\bher\\b|\\bwife\\b"
                + "|\\bgirlfriend\\b|\\blady\\b");
        int male = count(text.replace("彼女", ""), "男性|男の人|彼(?!女)|夫|旦那|\\bman\\b|\\bmale\\b|\\bhe\\b|\\bhis\\b|\\bhim\\b"
                + "|\\bhusband\\b|\\bboyfriend\\b|\\bguy\\b|\\bgentleman\\b");
        if (female == male) {
            return Optional.empty();
        }
        return Optional.of(female > male ? FaceGender.FEMALE : FaceGender.MALE);
    }

    static Optional<AgeBand> ageOf(String text) {
        Matcher decade = Pattern.compile("(\\d{1,2})0代|in (?:his|her|their) (\\d)0s|(\\d)0-something").matcher(text);
        if (decade.find()) {
            String digit = decade.group(1) != null ? decade.group(1) : decade.group(2) != null ? decade.group(2) : decade.group(3);
            return Optional.of(AgeBand.ofAge(Integer.parseInt(digit) * 10 + 5));
        }
        Matcher years = Pattern.compile("(\\d{1,2})\\s*(?:歳|才|-year-old|years old| year old)").matcher(text);
        if (years.find()) {
            return Optional.of(AgeBand.ofAge(Integer.parseInt(years.group(1))));
        }
        return Optional.empty();
    }

    static HairStyle hairStyleOf(String text) {
        if (has(text, "お団子|おだんご|シニヨン|\\bbun\\b|\\bupdo\\b|chignon")) {
            return HairStyle.BUN;
        }
        if (has(text, "ポニーテール|ポニテ|pony ?tail")) {
            return HairStyle.PONYTAIL;
        }
        if (has(text, "巻き|カール|くせ毛|癖毛|パーマ|天パ|\\bcurl|afro|ringlet")) {
            return HairStyle.CURLY;
        }
        if (has(text, "ウェーブ|ウエーブ|ゆるふわ|波打|\\bwav")) {
            return HairStyle.WAVY;
        }
        return HairStyle.STRAIGHT;
    }

    static Optional<HairLength> hairLengthOf(String text) {
        String hair = hairWords(text);
        if (has(text, "セミロング|ボブ|肩まで|肩くらい|肩にかかる|ミディアム") || has(hair, "shoulder|medium|\\bbob") || has(text, "\\bbob\\b")) {
            return Optional.of(HairLength.MEDIUM);
        }
        if (has(text, "ロング|長髪|長い[^、。 ]{0,4}髪|髪が長|髪の長い|長め") || has(hair, "\\blong")) {
            return Optional.of(HairLength.LONG);
        }
        if (has(text, "ショート|短髪|短い[^、。 ]{0,4}髪|髪が短|髪の短い|短め|坊主|刈り上げ|スポーツ刈り|buzz ?cut|crew ?cut|pixie")
                || has(hair, "\\bshort|cropped")) {
            return Optional.of(HairLength.SHORT);
        }
        return Optional.empty();
    }

    static Optional<HairColour> hairColourOf(String text) {
        String hair = hairWords(text);
        if (has(text, "白髪|白い髪|真っ白な髪") || has(hair, "\\bwhite")) {
            return Optional.of(HairColour.WHITE);
        }
        if (has(text, "銀髪|グレー(?:の|な)?髪|灰色の髪|ロマンスグレー|白髪交じり") || has(hair, "\\bgr[ae]y|silver|salt")) {
            return Optional.of(HairColour.GREY);
        }
        if (has(text, "金髪|ブロンド|金色の髪|blond") || has(hair, "golden|fair")) {
            return Optional.of(HairColour.BLONDE);
        }
        if (has(text, "赤毛|赤髪|赤い髪|ginger|redhead") || has(hair, "\\bred\\b|copper")) {
            return Optional.of(HairColour.RED);
        }
        if (has(text, "auburn|赤茶")) {
            return Optional.of(HairColour.AUBURN);
        }
        if (has(text, "茶髪|茶色い髪|茶色の髪|明るい髪|ブラウン(?:の|な)?髪|brunette") || has(hair, "\\bbrown|chestnut|light")) {
            return Optional.of(HairColour.BROWN);
        }
        if (has(text, "黒髪|黒い髪|黒の髪|髪は黒|髪が黒") || has(hair, "\\bblack|\\bdark|jet")) {
            return Optional.of(text.contains("黒髪") || has(hair, "\\bblack|jet") ? HairColour.BLACK : HairColour.DARK_BROWN);
        }
        return Optional.empty();
    }

    static EyeShape eyeShapeOf(String text) {
        String eyes = wordsFor(text, "eyes?|eyed");
        if (has(text, "たれ目|垂れ目|タレ目") || has(eyes, "droop|downturned|sleepy")) {
            return EyeShape.DROOPY;
        }
        if (has(text, "切れ長|細い目|細目|一重") || has(eyes, "narrow|slim|thin|sharp")) {
            return EyeShape.NARROW;
        }
        if (has(text, "アーモンド") || has(eyes, "almond")) {
            return EyeShape.ALMOND;
        }
        if (has(text, "大きい目|大きな目|目が大きい|ぱっちり|パッチリ|つぶらな|二重") || has(eyes, "\\bbig|large|wide|doe")) {
            return EyeShape.BIG;
        }
        return EyeShape.ROUND;
    }

    static EyeColour eyeColourOf(String text) {
        String eyes = wordsFor(text, "eyes?|eyed");
        if (has(text, "青い(?:目|瞳)|青の(?:目|瞳)|碧眼|ブルーの(?:目|瞳)") || has(eyes, "blue")) {
            return EyeColour.BLUE;
        }
        if (has(text, "緑(?:色)?の(?:目|瞳)|緑色?い(?:目|瞳)|グリーンの(?:目|瞳)") || has(eyes, "green|emerald")) {
            return EyeColour.GREEN;
        }
        if (has(text, "ヘーゼル|hazel")) {
            return EyeColour.HAZEL;
        }
        if (has(text, "灰色の(?:目|瞳)|グレーの(?:目|瞳)") || has(eyes, "gr[ae]y")) {
            return EyeColour.GREY;
        }
        if (has(text, "茶色い(?:目|瞳)|茶色の(?:目|瞳)|ブラウンの(?:目|瞳)") || has(eyes, "brown|amber")) {
            return EyeColour.BROWN;
        }
        return EyeColour.DARK;
    }

    static boolean glassesOf(String text) {
        if (has(text, "(?:眼鏡|メガネ|めがね)" + NEGATED_JA + "|(?:\\bno|without|never wears?|doesn'?t wear) (?:\\w+ )?(?:glasses|spectacles)")) {
            return false;
        }
        return has(text, "眼鏡|メガネ|めがね|glasses|spectacles|\\bspecs\\b|bespectacled");
    }

    static FacialHair facialHairOf(String text) {
        if (has(text, "(?:ひげ|髭|ヒゲ)" + NEGATED_JA + "|clean[- ]shaven|\\bno (?:beard|moustache|mustache|facial hair)|without (?:a )?(?:beard|moustache)")) {
            return FacialHair.NONE;
        }
        if (has(text, "無精|ぶしょう|stubble|five o'?clock")) {
            return FacialHair.STUBBLE;
        }
        if (has(text, "あごひげ|顎髭|あご髭|顎ひげ|beard|goatee")) {
            return FacialHair.BEARD;
        }
        if (has(text, "口ひげ|口髭|moustache|mustache")) {
            return FacialHair.MOUSTACHE;
        }
        return has(text, "ひげ|髭|ヒゲ") ? FacialHair.BEARD : FacialHair.NONE;
    }

    static boolean smileOf(String text) {
        if (has(text, "笑わない|無表情|クール|真顔|厳し|serious|stern|\\bcool\\b|stoic")) {
            return false;
        }
        return has(text, "笑顔|笑う|優し|やさし|にこにこ|ニコニコ|朗らか|明るい|穏やか|温和|温厚|smil|cheer|warm|kind|gentle|friendly|happy|jolly");
    }

    static SkinTone skinOf(String text) {
        String skin = wordsFor(text, "skin|skinned|complexion");
        if (has(text, "褐色|浅黒|黒い肌|色黒") || has(skin, "dark|brown|black|deep|ebony")) {
            return SkinTone.DARK;
        }
        if (has(text, "日焼け|小麦色|焼けた肌|tanned|suntanned|sun-kissed") || has(skin, "\\btan")) {
            return SkinTone.TAN;
        }
        if (has(text, "オリーブ|olive")) {
            return SkinTone.OLIVE;
        }
        if (has(text, "色白|白い肌|肌が白|透明感|\\bpale\\b|porcelain") || has(skin, "fair|light|white")) {
            return SkinTone.FAIR;
        }
        return SkinTone.LIGHT;
    }

    static FaceShape faceShapeOf(String text) {
        String face = wordsFor(text, "face|faced");
        if (has(text, "丸顔|丸い顔|童顔|ふっくら") || has(face, "round|chubby|baby")) {
            return FaceShape.ROUND;
        }
        if (has(text, "面長|細長い顔") || has(face, "\\blong|narrow|thin")) {
            return FaceShape.LONG;
        }
        if (has(text, "四角い顔|ベース型|エラ|角ばった|がっしりした顔|square[- ]jaw|strong jaw|chiseled|chiselled") || has(face, "square|angular")) {
            return FaceShape.SQUARE;
        }
        return FaceShape.OVAL;
    }

    /** The English words that describe "hair" (before it, or after it as "hair is ..."). */
    private static String hairWords(String text) {
        return wordsFor(text, "hair|haired");
    }

    /**
     * The words attached to a noun: those between it and the previous noun or sentence end,
     * plus "is/are ..." after it up to the next noun or sentence end.
     */
    static String wordsFor(String text, String noun) {
        StringBuilder words = new StringBuilder();
        Matcher target = Pattern.compile("\\b(?:" + noun + ")\\b").matcher(text);
        while (target.find()) {
            int from = 0;
            Matcher before = NOUN.matcher(text).region(0, target.start());
            while (before.find()) {
                from = before.end();
            }
            Matcher end = SENTENCE_END.matcher(text).region(from, target.start());
            while (end.find()) {
                from = end.end();
            }
            words.append(text, from, target.start()).append(' ');
            String after = text.substring(target.end());
            Matcher linking = Pattern.compile("^\\s*(?:is|are|was|were)\\b").matcher(after);
            if (linking.find()) {
                int to = after.length();
                Matcher next = NOUN.matcher(after);
                if (next.find()) {
                    to = next.start();
                }
                Matcher stop = SENTENCE_END.matcher(after);
                if (stop.find() && stop.start() < to) {
                    to = stop.start();
                }
                words.append(after, 0, to).append(' ');
            }
        }
        return words.toString();
    }

    private static boolean has(String text, String regex) {
        return Pattern.compile(regex).matcher(text).find();
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
