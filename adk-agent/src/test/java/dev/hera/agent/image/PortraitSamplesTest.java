package dev.hera.agent.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;

/**
 * Writes the example portraits of the README when {@code -Dhera.portraits.samples=<dir>} is set:
 * {@code ./mvnw -B -o -pl shared-model,adk-agent test -Dtest=PortraitSamplesTest -Dhera.portraits.samples=$PWD/docs/images}.
 */
class PortraitSamplesTest {

    static final String JAPANESE = "背が高くて短い黒髪、眼鏡が似合う優しい目の人";
    static final String ENGLISH = "long curly red hair, green eyes and freckles";

    @Test
    @EnabledIfSystemProperty(named = "hera.portraits.samples", matches = ".+")
    void writesTheExamplePortraits() throws IOException {
        Path dir = Path.of(System.getProperty("hera.portraits.samples"));
        Files.createDirectories(dir);
        byte[] ja = PortraitRenderer.render(FeatureReader.read(JAPANESE, 34, PortraitFeatures.FaceGender.MALE), 1);
        byte[] en = PortraitRenderer.render(FeatureReader.read(ENGLISH, 31, PortraitFeatures.FaceGender.FEMALE), 2);
        Files.write(dir.resolve("portrait-partner-ja.png"), ja);
        Files.write(dir.resolve("portrait-partner-en.png"), en);
        byte[] child = ChildPortrait.render(image(ja), image(en), new ChildWish(ChildGender.GIRL, "みお", 1), 1, 3);
        Files.write(dir.resolve("portrait-child.png"), child);
    }

    private static BufferedImage image(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
