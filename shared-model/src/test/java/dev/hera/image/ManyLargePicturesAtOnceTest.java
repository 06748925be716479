package dev.hera.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dozen people sending a large photo at the same moment, to a service with the heap of a small container:
 * every photo comes back re-encoded, none fails for lack of memory. A 1.5 MB JPEG of 7,000 × 7,000 pixels is
 * a legitimate phone or camera picture, and decoding one takes tens of megabytes; before the decoding budget
 * a dozen at once exhausted a 128 MB heap (an API then answered 500, or 415 for a PNG whose reader reported
 * the failure as broken data). The pictures are decoded in a JVM of their own, started with that heap.
 */
class ManyLargePicturesAtOnceTest {

    private static final int PEOPLE = 12;
    private static final int SIDE = 7_000;

    @Test
    void aDozenLargePhotosAtOnceAllComeBackWithinASmallHeap(@TempDir Path dir) throws Exception {
        Path photo = dir.resolve("large.jpg");
        Files.write(photo, largePhoto());
        Process decoding = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ManyAtOnce.class.getName(), photo.toString(), String.valueOf(PEOPLE))
                .redirectErrorStream(true).start();
        assertTrue(decoding.waitFor(5, TimeUnit.MINUTES), "the decoding JVM did not finish");
        String output = new String(decoding.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, decoding.exitValue(), output);
        assertTrue(output.contains("re-encoded " + PEOPLE + " of " + PEOPLE), output);
    }

    /** Coloured discs on a 7,000-pixel square: about 1.5 MB as a JPEG. */
    private static byte[] largePhoto() throws IOException {
        BufferedImage picture = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(SIDE), random.nextInt(SIDE), 300 + random.nextInt(900), 300 + random.nextInt(900));
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpeg", out);
        return out.toByteArray();
    }

    /** The decoding JVM: re-encodes the photo on that many threads at once and says how many came back. */
    public static final class ManyAtOnce {

        public static void main(String[] args) throws Exception {
            byte[] photo = Files.readAllBytes(Path.of(args[0]));
            int people = Integer.parseInt(args[1]);
            ExecutorService threads = Executors.newFixedThreadPool(people);
            List<Future<byte[]>> uploads = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                uploads.add(threads.submit(() -> PictureCodec.reencode(photo, "jpeg")));
            }
            int back = 0;
            for (Future<byte[]> upload : uploads) {
                try {
                    BufferedImage clean = ImageIO.read(new ByteArrayInputStream(upload.get()));
                    if (clean != null && Math.max(clean.getWidth(), clean.getHeight()) <= PictureCodec.MAX_SIDE) {
                        back++;
                    }
                } catch (Exception failed) {
                    System.out.println("failed: " + failed.getCause());
                }
            }
            threads.shutdown();
            System.out.println("re-encoded " + back + " of " + people);
            System.exit(back == people ? 0 : 1);
        }
    }
}
