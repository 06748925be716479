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

    /** What {@link #jpegWithGpsExif()} writes into its EXIF segment, to look for afterwards. */
    public static final String GPS_MARKER = "GPSLatitude 35.681236 N GPSLongitude 139.767125 E Ginza";

    /** {@link #jpeg()} carrying an EXIF (APP1) segment with a GPS position in it, as a phone writes one. */
    public static byte[] jpegWithGpsExif() {
        byte[] jpeg = jpeg();
        byte[] tiff = ("Exif\0\0MM\0*\0\0\0\b" + GPS_MARKER).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int length = tiff.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(tiff, 0, tiff.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A JPEG of the given size. */
    public static byte[] jpeg(int width, int height) {
        return encode("jpg", BufferedImage.TYPE_INT_RGB, width, height);
    }

    /** A 60-megapixel PNG (8,000 × 7,500), small on disk: one bit per pixel, all white. */
    public static byte[] sixtyMegapixelPng() {
        return encode("png", BufferedImage.TYPE_BYTE_BINARY, 8000, 7500);
    }

    private static byte[] encode(String format, int type) {
        return encode(format, type, 64, 48);
    }

    private static byte[] encode(String format, int type, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 120, 90));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 6, width / 2, height * 2 / 3);
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
