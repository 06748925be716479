package dev.hera.agent.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form every offline matcher reads a person's words in: NFKC (full-width letters, digits
 * and punctuation become half-width, half-width katakana becomes full-width), one apostrophe, one
 * double quote, one wave dash (〜), a plain minus, and line breaks and tabs made plain.
 */
public final class Normalization {

    private Normalization() {
    }

    /** The text in the matchers' form, case kept. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> out.append('\'');
                case '\u201C', '\u201D' -> out.append('"');
                case '~', '\u301C', '\uFF5E' -> out.append('〜');
                case '\u2212' -> out.append('-');
                case '\r', '\t' -> out.append(c == '\r' ? '\n' : ' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #fold} in lower case (only Latin letters change, so Japanese offsets stay the same). */
    public static String foldLower(String text) {
        return fold(text).toLowerCase(Locale.ROOT);
    }
}
