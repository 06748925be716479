package dev.hera.api.photo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import dev.hera.api.error.ApiException;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;

/**
 * Decides what an upload really is from its bytes alone: it must start like a PNG or a JPEG
 * and decode completely as one; the client's file name and declared type play no part.
 * <p>
 * Decoding is CPU work and blocks: call it on a worker thread, never on the event loop.
 */
final class UploadedImageCheck {

    /** Larger pictures are refused before decoding: a tiny compressed file can expand to gigabytes. */
    static final long MAX_PIXELS = 50_000_000L;
    /** The decode check keeps at most about this many pixels in memory, by subsampling larger images. */
    private static final long CHECK_PIXELS = 1_000_000L;

    static {
        // Decode from memory only; no temporary files for uploads.
        ImageIO.setUseCache(false);
    }

    private UploadedImageCheck() {
    }

    /**
     * The verified format of the bytes.
     *
     * @throws ApiException 415 {@code IMAGE_FORMAT} when they are not a decodable PNG or JPEG,
     *                      413 {@code IMAGE_TOO_LARGE} when the picture has too many pixels
     */
    static ImageFormat verify(byte[] bytes, Language language) {
        ImageFormat format = ImageFormat.sniff(bytes)
                .orElseThrow(() -> new ApiException(ErrorCode.IMAGE_FORMAT, language));
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no " + format + " decoder in this runtime");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) {
                throw new ApiException(ErrorCode.IMAGE_TOO_LARGE, language);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(pixels);
            param.setSourceSubsampling(step, step, 0, 0);
            // Rasters skip colour conversion, so CMYK JPEGs from some cameras decode too.
            Object decoded = reader.canReadRaster() ? reader.readRaster(0, param) : reader.read(0, param);
            if (decoded == null) {
                throw new ApiException(ErrorCode.IMAGE_FORMAT, language);
            }
            return format;
        } catch (ApiException refused) {
            throw refused;
        } catch (IOException | RuntimeException notAnImage) {
            // Truncated data, a broken chunk, a header followed by garbage: not an image we can use.
            throw new ApiException(ErrorCode.IMAGE_FORMAT, language);
        } finally {
            reader.dispose();
        }
    }

    /** The smallest step n such that keeping every n-th pixel in both directions stays within {@link #CHECK_PIXELS}. */
    private static int subsampling(long pixels) {
        int step = 1;
        while (pixels / ((long) step * step) > CHECK_PIXELS) {
            step++;
        }
        return step;
    }
}
