package dev.hera.image;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a session image: {@code user}, {@code partner} or {@code child_<n>} (n = 1..99,
 * no leading zero) with the extension {@code png}, {@code jpg} or {@code jpeg}.
 * <p>
 * Input is case-insensitive and normalised to lower case ({@code USER.PNG} is {@code user.png}).
 * Anything else is rejected, so a name can be used as the last segment of an object key or a
 * file path without escaping: no separators, no dots but the one before the extension, no
 * percent-escapes, no whitespace, no non-ASCII look-alikes.
 */
public final class ImageName {

    /** The base name of the person's own photo. */
    public static final String USER = "user";
    /** The base name of the partner's portrait. */
    public static final String PARTNER = "partner";

    /** Applied after lower-casing ASCII input; everything outside it is not an image name. */
    private static final Pattern FILE_NAME = Pattern.compile("(user|partner|child_[1-9][0-9]?)\\.(png|jpg|jpeg)");
    private static final Pattern BASE = Pattern.compile("user|partner|child_[1-9][0-9]?");
    private static final Pattern EXTENSION = Pattern.compile("png|jpg|jpeg");
    /** Longer input cannot be a name; checked first so that hostile input is not scanned at length. */
    private static final int MAX_LENGTH = "child_99.jpeg".length();

    private final String base;
    private final String extension;

    private ImageName(String base, String extension) {
        this.base = base;
        this.extension = extension;
    }

    /** The name written as {@code <base>.<extension>}, or empty when it is not a valid image name. */
    public static Optional<ImageName> parse(String fileName) {
        String normalised = normalise(fileName);
        if (normalised == null) {
            return Optional.empty();
        }
        Matcher matcher = FILE_NAME.matcher(normalised);
        return matcher.matches()
                ? Optional.of(new ImageName(matcher.group(1), matcher.group(2)))
                : Optional.empty();
    }

    /**
     * The name with this base ({@code user}, {@code partner}, {@code child_<n>}) and extension
     * ({@code png}, {@code jpg}, {@code jpeg}, without the dot).
     *
     * @throws IllegalArgumentException when either part is not allowed
     */
    public static ImageName of(String base, String extension) {
        String normalisedBase = normalise(base);
        String normalisedExtension = normalise(extension);
        if (normalisedBase == null || !BASE.matcher(normalisedBase).matches()) {
            throw new IllegalArgumentException("not an image base name: " + printable(base));
        }
        if (normalisedExtension == null || !EXTENSION.matcher(normalisedExtension).matches()) {
            throw new IllegalArgumentException("not an image extension: " + printable(extension));
        }
        return new ImageName(normalisedBase, normalisedExtension);
    }

    /** {@code user}, {@code partner} or {@code child_<n>}. */
    public String base() {
        return base;
    }

    /** {@code png}, {@code jpg} or {@code jpeg}, lower case, without the dot. */
    public String extension() {
        return extension;
    }

    /** {@code image/png} or {@code image/jpeg}. */
    public String contentType() {
        return "png".equals(extension) ? "image/png" : "image/jpeg";
    }

    /** {@code <base>.<extension>}, e.g. {@code child_2.jpg}. */
    public String fileName() {
        return base + "." + extension;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImageName that && base.equals(that.base) && extension.equals(that.extension);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, extension);
    }

    @Override
    public String toString() {
        return fileName();
    }

    /**
     * Lower-cases input made only of ASCII letters, digits, '_' and '.'; null otherwise.
     * Checking the characters before lower-casing matters: {@code toLowerCase} maps some
     * non-ASCII characters (the Kelvin sign, for one) onto ASCII letters.
     */
    private static String normalise(String input) {
        if (input == null || input.isEmpty() || input.length() > MAX_LENGTH) {
            return null;
        }
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.';
            if (!allowed) {
                return null;
            }
        }
        return input.toLowerCase(Locale.ROOT);
    }

    /** Echoes rejected input in messages without control characters or unbounded length. */
    private static String printable(String input) {
        if (input == null) {
            return "null";
        }
        String shortened = input.length() > 20 ? input.substring(0, 20) + "..." : input;
        return "'" + shortened.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
