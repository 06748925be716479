package dev.hera.api.photo;

import java.util.Arrays;
import java.util.Optional;

/** The image formats the API accepts, recognised by their leading bytes ("magic numbers"). */
enum ImageFormat {

    PNG("png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),
    JPEG("jpg", "jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

    private final String extension;
    private final String imageIoName;
    private final byte[] magic;

    ImageFormat(String extension, String imageIoName, byte[] magic) {
        this.extension = extension;
        this.imageIoName = imageIoName;
        this.magic = magic;
    }

    /** The extension the image is stored under: {@code png} or {@code jpg}. */
    String extension() {
        return extension;
    }

    /** The format name javax.imageio knows the decoder by. */
    String imageIoName() {
        return imageIoName;
    }

    /** The format whose signature the bytes start with, if any. */
    static Optional<ImageFormat> sniff(byte[] bytes) {
        return Arrays.stream(values()).filter(format -> startsWith(bytes, format.magic)).findFirst();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
