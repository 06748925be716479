package dev.hera.agent.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import dev.hera.agent.image.PortraitFeatures.FaceGender;

class PortraitRendererTest {

    private static BufferedImage portrait(String description, FaceGender gender) {
        return Pixels.decode(PortraitRenderer.render(FeatureReader.read(description, 32, gender), 7));
    }

    @Test
    void aPortraitIsA512SquarePng() {
        byte[] png = PortraitRenderer.render(FeatureReader.read("黒髪ロングで眼鏡"), 1);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        BufferedImage image = Pixels.decode(png);
        assertEquals(512, image.getWidth());
        assertEquals(512, image.getHeight());
        assertTrue(png.length < 100_000, "small enough to serve: " + png.length);
    }

    @Test
    void differentDescriptionsGiveClearlyDifferentFaces() {
        // measured about 32 at the time of writing; unrelated faces of the same seed differ by far more than 20
        double difference = Pixels.meanAbsoluteDifference(portrait("黒髪ロングで眼鏡", FaceGender.FEMALE),
                portrait("short curly red hair, freckles, beard", FaceGender.MALE));
        assertTrue(difference > 20, "mean absolute difference " + difference);
    }

    @Test
    void theSameFeaturesAndSeedGiveTheSameBytes() {
        PortraitFeatures features = FeatureReader.read("long curly red hair, green eyes and freckles");
        assertArrayEquals(PortraitRenderer.render(features, 42), PortraitRenderer.render(features, 42));
    }

    @Test
    void eachFeatureChangesWhatIsDrawn() {
        BufferedImage plain = portrait("短い黒髪", FaceGender.MALE);
        for (String changed : new String[] { "短い黒髪、眼鏡", "短い黒髪、ひげ", "短い金髪", "長い黒髪", "短い黒髪、そばかす",
                "短い黒髪、笑顔", "短い黒髪、青い目", "短い黒髪、丸顔", "短い黒髪、褐色の肌", "短い黒髪、切れ長の目", "短いくせ毛の黒髪",
                "短い黒髪、60歳" }) {
            double difference = Pixels.meanAbsoluteDifference(plain, portrait(changed, FaceGender.MALE));
            assertTrue(difference > 0.1, changed + " changed only " + difference);
        }
    }

    @Test
    void hairColourShowsAboveTheFace() {
        BufferedImage red = portrait("short red hair", FaceGender.MALE);
        BufferedImage black = portrait("short black hair", FaceGender.MALE);
        double redTop = Pixels.channelMean(red, 16, 206, 110, 306, 140);
        double blackTop = Pixels.channelMean(black, 16, 206, 110, 306, 140);
        assertTrue(redTop > blackTop + 100, redTop + " vs " + blackTop);
    }
}
