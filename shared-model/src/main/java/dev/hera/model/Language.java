package dev.hera.model;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Language of a session: the one Hera and the family speak, and the one labels are given in. */
@RegisterForReflection
public enum Language {
    JA("ja"),
    EN("en");

    /** Hera's own language: the one spoken when a session or a request names none Hera speaks. */
    public static final Language DEFAULT = JA;

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, also the JSON value. */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Lenient parsing: accepts the code in any case, a locale tag ({@code ja-JP}, {@code en_US})
     * and the language's name ({@code japanese}, {@code 日本語}, {@code english}, {@code 英語}).
     * Blank, null or unknown input gives an empty result.
     */
    public static Optional<Language> parse(String text) {
        String value = LenientText.key(text);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String primary = value.split("[-_]", 2)[0];
        return switch (primary) {
            case "ja", "jp", "jpn", "japanese", "日本語" -> Optional.of(JA);
            case "en", "eng", "english", "英語" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /** The language of a locale as stored or sent, {@link #DEFAULT} when it names none Hera speaks. */
    public static Language ofLocale(String locale) {
        return parse(locale).orElse(DEFAULT);
    }

    /** JSON creator: like {@link #parse(String)}, but an unknown language is rejected. */
    @JsonCreator
    public static Language fromJson(String text) {
        if (LenientText.key(text).isEmpty()) {
            return null;
        }
        return parse(text).orElseThrow(() -> new IllegalArgumentException("unknown language: " + text));
    }
}
