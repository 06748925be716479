package dev.hera.model;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The gender of a wished-for child. The JSON value is the reference's {@code 男} / {@code 女};
 * reading also accepts English and other Japanese words (boy, son, 男の子, 息子, girl, 娘, ...).
 */
@RegisterForReflection
public enum ChildGender {
    BOY("男"),
    GIRL("女");

    private final String value;

    ChildGender(String value) {
        this.value = value;
    }

    /** The Japanese value used in JSON. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Lenient parsing, in any case and width; anything unknown gives an empty result. */
    public static Optional<ChildGender> parse(String text) {
        String key = LenientText.key(text);
        return switch (key) {
            case "男", "男の子", "男子", "息子", "長男", "次男", "男性", "boy", "son", "male", "m" -> Optional.of(BOY);
            case "女", "女の子", "女子", "娘", "長女", "次女", "女性", "girl", "daughter", "female", "f" -> Optional.of(GIRL);
            default -> Optional.empty();
        };
    }

    /** JSON creator: blank is absent ({@code null}); an unknown value is rejected. */
    @JsonCreator
    public static ChildGender fromJson(String text) {
        if (LenientText.key(text).isEmpty()) {
            return null;
        }
        return parse(text).orElseThrow(() -> new IllegalArgumentException("unknown child gender: " + text));
    }
}
