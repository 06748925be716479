package dev.hera.agent.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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

class FeatureReaderTest {

    private static PortraitFeatures read(String text) {
        return FeatureReader.read(text);
    }

    @Test
    void theJapaneseSampleIsShortBlackHairWithGlassesAndAGentleSmile() {
        PortraitFeatures f = read("背が高くて短い黒髪、眼鏡が似合う優しい目の人");
        assertEquals(HairLength.SHORT, f.hairLength());
        assertEquals(HairColour.BLACK, f.hairColour());
        assertTrue(f.glasses());
        assertTrue(f.smile());
        assertEquals(FacialHair.NONE, f.facialHair());
    }

    @Test
    void blackLongHairWithGlasses() {
        PortraitFeatures f = read("黒髪ロングで眼鏡");
        assertEquals(HairLength.LONG, f.hairLength());
        assertEquals(HairColour.BLACK, f.hairColour());
        assertTrue(f.glasses());
    }

    @Test
    void shortCurlyRedHairFrecklesBeard() {
        PortraitFeatures f = read("short curly red hair, freckles, beard");
        assertEquals(HairLength.SHORT, f.hairLength());
        assertEquals(HairStyle.CURLY, f.hairStyle());
        assertEquals(HairColour.RED, f.hairColour());
        assertTrue(f.freckles());
        assertEquals(FacialHair.BEARD, f.facialHair());
        assertFalse(f.glasses());
    }

    @Test
    void theEnglishSampleIsLongCurlyRedWithGreenEyesAndFreckles() {
        PortraitFeatures f = read("long curly red hair, green eyes and freckles");
        assertEquals(HairLength.LONG, f.hairLength());
        assertEquals(HairStyle.CURLY, f.hairStyle());
        assertEquals(HairColour.RED, f.hairColour());
        assertEquals(EyeColour.GREEN, f.eyeColour());
        assertTrue(f.freckles());
    }

    @Test
    void coloursGoToTheNounTheyDescribe() {
        PortraitFeatures f = read("brown eyes and black hair");
        assertEquals(EyeColour.BROWN, f.eyeColour());
        assertEquals(HairColour.BLACK, f.hairColour());
        PortraitFeatures g = read("blue eyes, her hair is blonde and wavy");
        assertEquals(EyeColour.BLUE, g.eyeColour());
        assertEquals(HairColour.BLONDE, g.hairColour());
        assertEquals(HairStyle.WAVY, g.hairStyle());
    }

    @Test
    void aLongFaceIsNotLongHair() {
        PortraitFeatures f = read("a long face with short brown hair");
        assertEquals(FaceShape.LONG, f.faceShape());
        assertEquals(HairLength.SHORT, f.hairLength());
        assertEquals(HairColour.BROWN, f.hairColour());
    }

    @Test
    void japaneseHairColours() {
        assertEquals(HairColour.BROWN, read("茶髪のボブ").hairColour());
        assertEquals(HairLength.MEDIUM, read("茶髪のボブ").hairLength());
        assertEquals(HairColour.BLONDE, read("金髪で青い目").hairColour());
        assertEquals(EyeColour.BLUE, read("金髪で青い目").eyeColour());
        assertEquals(HairColour.RED, read("赤毛の人").hairColour());
        assertEquals(HairColour.GREY, read("銀髪").hairColour());
        assertEquals(HairColour.WHITE, read("白髪の紳士").hairColour());
    }

    @Test
    void englishHairColours() {
        assertEquals(HairColour.RED, read("ginger hair").hairColour());
        assertEquals(HairColour.AUBURN, read("auburn waves").hairColour());
        assertEquals(HairColour.GREY, read("grey hair").hairColour());
        assertEquals(HairColour.WHITE, read("white hair").hairColour());
        assertEquals(HairColour.BLONDE, read("a blonde").hairColour());
    }

    @Test
    void japaneseHairStyles() {
        assertEquals(HairStyle.CURLY, read("くせ毛でふわふわ").hairStyle());
        assertEquals(HairStyle.CURLY, read("パーマをかけた髪").hairStyle());
        assertEquals(HairStyle.WAVY, read("ゆるいウェーブの髪").hairStyle());
        assertEquals(HairStyle.BUN, read("お団子ヘア").hairStyle());
        assertEquals(HairStyle.PONYTAIL, read("ポニーテールが似合う").hairStyle());
        assertEquals(HairLength.LONG, read("お団子ヘア").hairLength());
    }

    @Test
    void englishHairStylesAndLengths() {
        assertEquals(HairStyle.BUN, read("hair in a bun").hairStyle());
        assertEquals(HairStyle.PONYTAIL, read("a high ponytail").hairStyle());
        assertEquals(HairLength.MEDIUM, read("shoulder-length straight hair").hairLength());
        assertEquals(HairLength.MEDIUM, read("a neat bob").hairLength());
    }

    @Test
    void eyes() {
        assertEquals(EyeShape.BIG, read("目が大きい").eyeShape());
        assertEquals(EyeShape.NARROW, read("切れ長の目").eyeShape());
        assertEquals(EyeShape.DROOPY, read("たれ目で穏やか").eyeShape());
        assertEquals(EyeShape.BIG, read("big brown eyes").eyeShape());
        assertEquals(EyeShape.ALMOND, read("almond-shaped eyes").eyeShape());
        assertEquals(EyeShape.NARROW, read("narrow eyes").eyeShape());
        assertEquals(EyeColour.HAZEL, read("hazel eyes").eyeColour());
        assertEquals(EyeColour.GREEN, read("緑の瞳").eyeColour());
    }

    @Test
    void glassesAndTheirAbsence() {
        assertTrue(read("メガネをかけている").glasses());
        assertTrue(read("wears spectacles").glasses());
        assertFalse(read("眼鏡なし").glasses());
        assertFalse(read("no glasses, long hair").glasses());
    }

    @Test
    void facialHair() {
        assertEquals(FacialHair.BEARD, read("ひげが似合う").facialHair());
        assertEquals(FacialHair.MOUSTACHE, read("口ひげ").facialHair());
        assertEquals(FacialHair.STUBBLE, read("無精ひげ").facialHair());
        assertEquals(FacialHair.MOUSTACHE, read("a thin moustache").facialHair());
        assertEquals(FacialHair.STUBBLE, read("light stubble").facialHair());
        assertEquals(FacialHair.NONE, read("clean-shaven").facialHair());
        assertEquals(FacialHair.NONE, read("ひげはない").facialHair());
    }

    @Test
    void smileFrecklesSkinAndFace() {
        assertTrue(read("笑顔が素敵").smile());
        assertTrue(read("a cheerful smile").smile());
        assertFalse(read("クールな雰囲気").smile());
        assertTrue(read("そばかすがある").freckles());
        assertEquals(SkinTone.FAIR, read("色白").skinTone());
        assertEquals(SkinTone.TAN, read("日焼けした肌").skinTone());
        assertEquals(SkinTone.DARK, read("褐色の肌").skinTone());
        assertEquals(SkinTone.OLIVE, read("olive skin").skinTone());
        assertEquals(SkinTone.DARK, read("dark skin and short black hair").skinTone());
        assertEquals(HairColour.BLACK, read("dark skin and short black hair").hairColour());
        assertEquals(FaceShape.ROUND, read("丸顔").faceShape());
        assertEquals(FaceShape.LONG, read("面長").faceShape());
        assertEquals(FaceShape.SQUARE, read("a square face").faceShape());
        assertEquals(FaceShape.OVAL, read("an oval face").faceShape());
    }

    @Test
    void ageBandsFromTheTextOrTheGivenAge() {
        assertEquals(AgeBand.ADULT, read("30代の男性").ageBand());
        assertEquals(AgeBand.SENIOR, read("a man in his 60s").ageBand());
        assertEquals(AgeBand.YOUNG, read("25歳").ageBand());
        assertEquals(AgeBand.MIDDLE, FeatureReader.read("短い髪", 50, FaceGender.UNKNOWN).ageBand());
        assertEquals(AgeBand.ADULT, read("短い髪").ageBand());
        assertEquals(HairColour.GREY, read("a man in his 60s").hairColour(), "an old face without a hair colour is grey");
    }

    @Test
    void genderFromTheTextWinsOverTheInferredOne() {
        assertEquals(FaceGender.FEMALE, FeatureReader.read("優しい女性", null, FaceGender.MALE).gender());
        assertEquals(FaceGender.MALE, read("a tall man").gender());
        assertEquals(FaceGender.FEMALE, read("she has long hair").gender());
        assertEquals(FaceGender.FEMALE, read("彼女は髪が長い").gender());
        assertEquals(FaceGender.MALE, FeatureReader.read("黒髪", null, FaceGender.MALE).gender());
        assertEquals(FaceGender.UNKNOWN, read("黒髪").gender());
    }

    @Test
    void undescribedHairLengthFollowsTheGender() {
        assertEquals(HairLength.SHORT, FeatureReader.read("黒髪", null, FaceGender.MALE).hairLength());
        assertEquals(HairLength.LONG, FeatureReader.read("黒髪", null, FaceGender.FEMALE).hairLength());
    }

    @Test
    void readingIsDeterministicAndSurvivesEmptyText() {
        assertEquals(read("long curly red hair"), read("long curly red hair"));
        PortraitFeatures none = FeatureReader.read(null);
        assertEquals(HairColour.BLACK, none.hairColour());
        assertEquals(FaceGender.UNKNOWN, none.gender());
    }
}
