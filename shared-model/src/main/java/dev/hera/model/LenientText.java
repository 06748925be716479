package dev.hera.model;

import java.text.Normalizer;
import java.util.Locale;

/** How the lenient enum readers compare words: NFKC (full-width to half-width), trimmed, lower case. */
final class LenientText {

    private LenientText() {
    }

    /** The comparison key of {@code text}; never null, empty for null or blank input. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
