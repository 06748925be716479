package dev.hera.api.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

/** Real, small images made with ImageIO, and things that only look like images. */
public final class TestImages {

    private TestImages() {
    }

    /** A real 64×48 JPEG. */
    public static byte[] jpeg() {
        return encode("jpg", BufferedImage.TYPE_INT_RGB);
    }

    /** A real 64×48 PNG with transparency. */
    public static byte[] png() {
        return encode("png", BufferedImage.TYPE_INT_ARGB);
    }

    /** The PNG signature followed by bytes that are no PNG. */
    public static byte[] pngHeaderWithGarbage() {
        byte[] bytes = new byte[512];
        Arrays.fill(bytes, (byte) 0x41);
        System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, 0, bytes, 0, 8);
        return bytes;
    }

    /** The JPEG signature followed by bytes that are no JPEG. */
    public static byte[] jpegHeaderWithGarbage() {
        byte[] bytes = new byte[512];
        Arrays.fill(bytes, (byte) 0x42);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    /** A real PNG cut off in the middle of its image data. */
    public static byte[] truncatedPng() {
        byte[] png = encode("png", BufferedImage.TYPE_INT_RGB);
        return Arrays.copyOf(png, png.length / 2);
    }

    /** Plain text. */
    public static byte[] text() {
        return "これは画像ではありません。 This is not an image.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code size} bytes that start like a JPEG. */
    public static byte[] oversized(int size) {
        byte[] bytes = new byte[size];
        byte[] jpeg = jpeg();
        System.arraycopy(jpeg, 0, bytes, 0, jpeg.length);
        return bytes;
    }

    private static byte[] encode(String format, int type) {
        BufferedImage image = new BufferedImage(64, 48, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 120, 90));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.fillOval(16, 8, 32, 32);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
