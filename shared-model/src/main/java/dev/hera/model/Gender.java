package dev.hera.model;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The user's gender. The JSON value is the Japanese word the reference stores
 * ({@code 男性}, {@code 女性}, {@code その他}); reading also accepts English words and short
 * Japanese forms, in any case and width.
 */
@RegisterForReflection
public enum Gender {
    MALE("男性"),
    FEMALE("女性"),
    OTHER("その他");

    private final String value;

    Gender(String value) {
        this.value = value;
    }

    /** The Japanese value used in JSON. */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * Lenient parsing: {@code 男性/男/male/man/m}, {@code 女性/女/female/woman/f},
     * {@code その他/other/non-binary}; anything else gives an empty result.
     */
    public static Optional<Gender> parse(String text) {
        String key = LenientText.key(text);
        return switch (key) {
            case "男性", "男", "male", "man", "m" -> Optional.of(MALE);
            case "女性", "女", "female", "woman", "f" -> Optional.of(FEMALE);
            case "その他", "other", "non-binary", "nonbinary" -> Optional.of(OTHER);
            default -> Optional.empty();
        };
    }

    /** JSON creator: blank is absent ({@code null}); an unknown value is rejected. */
    @JsonCreator
    public static Gender fromJson(String text) {
        if (LenientText.key(text).isEmpty()) {
            return null;
        }
        return parse(text).orElseThrow(() -> new IllegalArgumentException("unknown gender: " + text));
    }
}
