package dev.hera.agent.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;

/**
 * The example portraits shown in the README are what the renderer draws today (same pixels).
 * With {@code -Dhera.portraits.samples=<dir>} it writes them anew instead:
 * {@code ./mvnw -B -o -pl shared-model,adk-agent test -Dtest=PortraitSamplesTest -Dhera.portraits.samples=$PWD/docs/images}.
 */
class PortraitSamplesTest {

    static final String JAPANESE = "背が高くて短い黒髪、眼鏡が似合う優しい目の人";
    static final String ENGLISH = "long curly red hair, green eyes and freckles";

    @Test
    void theReadmesExamplePortraitsAreWhatTheRendererDraws() throws IOException {
        byte[] ja = PortraitRenderer.render(FeatureReader.read(JAPANESE, 34, PortraitFeatures.FaceGender.MALE), 1);
        byte[] en = PortraitRenderer.render(FeatureReader.read(ENGLISH, 31, PortraitFeatures.FaceGender.FEMALE), 2);
        byte[] child = ChildPortrait.render(image(ja), image(en), new ChildWish(ChildGender.GIRL, "みお", 1), 1, 3);
        String target = System.getProperty("hera.portraits.samples");
        if (target != null && !target.isBlank()) {
            Path dir = Path.of(target);
            Files.createDirectories(dir);
            Files.write(dir.resolve("portrait-partner-ja.png"), ja);
            Files.write(dir.resolve("portrait-partner-en.png"), en);
            Files.write(dir.resolve("portrait-child.png"), child);
            return;
        }
        Path committed = Path.of("..", "docs", "images");
        assertSamePixels(Files.readAllBytes(committed.resolve("portrait-partner-ja.png")), ja);
        assertSamePixels(Files.readAllBytes(committed.resolve("portrait-partner-en.png")), en);
        assertSamePixels(Files.readAllBytes(committed.resolve("portrait-child.png")), child);
    }

    private static void assertSamePixels(byte[] expected, byte[] actual) throws IOException {
        BufferedImage a = image(expected);
        BufferedImage b = image(actual);
        org.junit.jupiter.api.Assertions.assertEquals(a.getWidth(), b.getWidth());
        org.junit.jupiter.api.Assertions.assertEquals(a.getHeight(), b.getHeight());
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    org.junit.jupiter.api.Assertions.fail("the example portraits are stale at " + x + "," + y
                            + ": regenerate them (see this class's Javadoc)");
                }
            }
        }
    }

    private static BufferedImage image(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
