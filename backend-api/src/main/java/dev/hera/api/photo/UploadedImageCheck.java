package dev.hera.api.photo;

import dev.hera.api.error.ApiException;
import dev.hera.error.ErrorCode;
import dev.hera.image.PictureCodec;
import dev.hera.model.Language;

/**
 * Decides what an upload really is from its bytes alone (it must start like a PNG or a JPEG and
 * decode completely as one; the client's file name and declared type play no part) and keeps
 * only its pixels: re-encoded in its own format, at most {@link PictureCodec#MAX_SIDE} pixels on the
 * longest side, with no EXIF, GPS position or other metadata.
 * <p>
 * Decoding is CPU work and blocks: call it on a worker thread, never on the event loop.
 */
final class UploadedImageCheck {

    /** An upload as it is kept: its verified format and its re-encoded bytes. */
    record CleanImage(ImageFormat format, byte[] bytes) {
    }

    private UploadedImageCheck() {
    }

    /**
     * The picture, verified and re-encoded.
     *
     * @throws ApiException 415 {@code IMAGE_FORMAT} when the bytes are not a decodable PNG or JPEG,
     *                      413 {@code IMAGE_TOO_LARGE} when the picture has too many pixels
     */
    static CleanImage clean(byte[] bytes, Language language) {
        ImageFormat format = ImageFormat.sniff(bytes)
                .orElseThrow(() -> new ApiException(ErrorCode.IMAGE_FORMAT, language));
        try {
            return new CleanImage(format, PictureCodec.reencode(bytes, format.imageIoName()));
        } catch (PictureCodec.TooLarge tooLarge) {
            throw new ApiException(ErrorCode.IMAGE_TOO_LARGE, language);
        } catch (PictureCodec.Unreadable unreadable) {
            throw new ApiException(ErrorCode.IMAGE_FORMAT, language);
        }
    }
}
