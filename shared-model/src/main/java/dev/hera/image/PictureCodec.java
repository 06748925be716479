package dev.hera.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * PictureCodec people send, decoded safely and written back clean, for the API (uploads) and the
 * agent (stored photos) alike: the size is read from the header and a picture with more than
 * {@link #MAX_PIXELS} pixels is refused before any decoding (a tiny file can expand to
 * gigabytes); larger ones are subsampled while decoding and scaled so that the longest side is
 * at most {@link #MAX_SIDE}; and they are written again from their pixels only, so no EXIF, GPS
 * position, comment or other metadata survives.
 * <p>
 * Pixels take far more memory than the file that holds them (a 1.5 MB JPEG of 49 megapixels decodes to
 * tens of megabytes), so decoding shares a budget of half the maximum heap: each decode holds its
 * estimated pixels' worth of it until it is done, and many large pictures at once wait their turn
 * instead of exhausting the heap, while small ones pass side by side.
 * <p>
 * Decoding and encoding are CPU work and block (also while waiting for the budget): call them on a
 * worker thread.
 */
public final class PictureCodec {

    /** PictureCodec with more pixels are refused unread. */
    public static final long MAX_PIXELS = 50_000_000L;
    /** The longest side a picture is kept at. */
    public static final int MAX_SIDE = 2048;
    private static final float JPEG_QUALITY = 0.9f;
    /** Bytes a pixel of a scaled copy takes (an int raster). */
    private static final int SCALED_BYTES_PER_PIXEL = 4;
    /** The decoding budget, in KiB: half the maximum heap. */
    private static final int BUDGET_KIB = (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 2 / 1024);
    /** Fair, so that a large picture waiting for much of the budget is not overtaken forever by small ones. */
    private static final Semaphore BUDGET = new Semaphore(BUDGET_KIB, true);

    static {
        // Decode from memory only: no temporary files for people's photos.
        ImageIO.setUseCache(false);
    }

    /** The picture has more than {@link #MAX_PIXELS} pixels. */
    public static final class TooLarge extends RuntimeException {
        TooLarge(long pixels) {
            super(pixels + " pixels", null, false, false);
        }
    }

    /** The bytes are not a picture of that format that can be decoded. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String why) {
            super(why, null, false, false);
        }
    }

    private PictureCodec() {
    }

    /**
     * The picture (of a format its content shows), at most {@link #MAX_SIDE} pixels on its longest side.
     *
     * @throws TooLarge   when it has more than {@link #MAX_PIXELS} pixels (nothing is decoded)
     * @throws Unreadable when it does not decode completely
     */
    public static BufferedImage decode(byte[] bytes) {
        return decode(bytes, Function.identity());
    }

    /**
     * The picture's pixels alone, decoded as {@link #decode} does and written again as {@code png} or
     * {@code jpeg} while its share of the decoding budget is held.
     *
     * @throws TooLarge   when it has more than {@link #MAX_PIXELS} pixels (nothing is decoded)
     * @throws Unreadable when it does not decode completely
     */
    public static byte[] reencode(byte[] bytes, String format) {
        return decode(bytes, picture -> encode(picture, format));
    }

    /** The picture decoded and handed to {@code then}, within the decoding budget. */
    private static <T> T decode(byte[] bytes, Function<BufferedImage, T> then) {
        Decoded decoded = decodeWithinBudget(bytes);
        try {
            return then.apply(decoded.picture());
        } finally {
            BUDGET.release(decoded.permits());
        }
    }

    /** A decoded picture and the share of the budget it holds until released. */
    private record Decoded(BufferedImage picture, int permits) {
    }

    private static Decoded decodeWithinBudget(byte[] bytes) {
        ImageReader reader = null;
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new Unreadable("no decoder knows these bytes");
            }
            reader = readers.next();
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            long pixels = (long) width * height;
            if (pixels > MAX_PIXELS) {
                throw new TooLarge(pixels);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / MAX_SIDE);
            param.setSourceSubsampling(step, step, 0, 0);
            int permits = permits(width, height, step, bytesPerPixel(reader));
            BUDGET.acquireUninterruptibly(permits);
            try {
                return new Decoded(fit(read(reader, param)), permits);
            } catch (IOException | RuntimeException | Error failed) {
                BUDGET.release(permits);
                throw failed;
            }
        } catch (TooLarge | Unreadable refused) {
            throw refused;
        } catch (IOException | RuntimeException notAPicture) {
            // Truncated data, a broken chunk, a header followed by garbage.
            throw new Unreadable(String.valueOf(notAPicture.getMessage()));
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    /**
     * The budget a decode holds, in KiB: its subsampled pixels and, when they must be scaled down, the
     * scaled copy (at most the whole budget, so that any one picture can run alone).
     */
    private static int permits(int width, int height, int step, int bytesPerPixel) {
        int decodedWidth = ceilDiv(width, step);
        int decodedHeight = ceilDiv(height, step);
        long decoded = (long) decodedWidth * decodedHeight * bytesPerPixel;
        long scaled = Math.max(decodedWidth, decodedHeight) > MAX_SIDE ? (long) MAX_SIDE * MAX_SIDE * SCALED_BYTES_PER_PIXEL : 0;
        long kib = (decoded + scaled + 1023) / 1024;
        return (int) Math.max(1, Math.min(BUDGET_KIB, kib));
    }

    /**
     * Bytes a decoded pixel takes in the raster the reader will fill (a 16-bit RGBA PNG: 8), or those of an
     * int raster when the reader cannot tell before decoding (a CMYK JPEG, whose colours it cannot convert).
     */
    private static int bytesPerPixel(ImageReader reader) {
        ImageTypeSpecifier type;
        try {
            type = reader.getRawImageType(0);
        } catch (IOException unsupported) {
            type = null;
        }
        if (type == null) {
            return SCALED_BYTES_PER_PIXEL;
        }
        SampleModel pixel = type.getSampleModel(1, 1);
        return Math.max(1, DataBuffer.getDataTypeSize(pixel.getDataType()) / Byte.SIZE * pixel.getNumDataElements());
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    /** The picture written as {@code png} or {@code jpeg}, from its pixels alone. */
    public static byte[] encode(BufferedImage picture, String format) {
        boolean jpeg = format.equals("jpeg");
        BufferedImage pixels = jpeg && picture.getColorModel().hasAlpha() ? opaque(picture) : picture;
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (jpeg) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(pixels, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage read(ImageReader reader, ImageReadParam param) throws IOException {
        try {
            return reader.read(0, param);
        } catch (javax.imageio.IIOException colourSpace) {
            // Four-channel JPEGs (CMYK, YCCK from some cameras and Photoshop) have no Java colour
            // conversion; their raster still reads, and is converted here.
            Raster raster = reader.readRaster(0, param);
            if (raster.getNumBands() != 4) {
                throw colourSpace;
            }
            return fromInvertedCmyk(raster);
        }
    }

    /** Adobe writes CMYK JPEGs inverted: each band is 255 minus the ink. */
    private static BufferedImage fromInvertedCmyk(Raster raster) {
        BufferedImage rgb = new BufferedImage(raster.getWidth(), raster.getHeight(), BufferedImage.TYPE_INT_RGB);
        int[] cmyk = new int[4];
        for (int y = 0; y < raster.getHeight(); y++) {
            for (int x = 0; x < raster.getWidth(); x++) {
                raster.getPixel(x, y, cmyk);
                int k = cmyk[3];
                int r = cmyk[0] * k / 255;
                int g = cmyk[1] * k / 255;
                int b = cmyk[2] * k / 255;
                rgb.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return rgb;
    }

    /** Scaled down (never up) so that the longest side is at most {@link #MAX_SIDE}. */
    private static BufferedImage fit(BufferedImage picture) {
        int longest = Math.max(picture.getWidth(), picture.getHeight());
        if (longest <= MAX_SIDE) {
            return picture;
        }
        double scale = (double) MAX_SIDE / longest;
        int width = Math.max(1, (int) Math.round(picture.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(picture.getHeight() * scale));
        boolean alpha = picture.getColorModel().hasAlpha();
        BufferedImage scaled = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(picture, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }

    private static BufferedImage opaque(BufferedImage picture) {
        BufferedImage rgb = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
            g.drawImage(picture, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
