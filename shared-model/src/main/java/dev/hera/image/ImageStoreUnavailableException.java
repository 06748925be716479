package dev.hera.image;

/**
 * The image store's backend (the S3 service or the local directory) failed or cannot be reached.
 * The HTTP API answers it with 503; the message names the operation, never the image content.
 */
public class ImageStoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImageStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public ImageStoreUnavailableException(String message) {
        super(message);
    }
}
