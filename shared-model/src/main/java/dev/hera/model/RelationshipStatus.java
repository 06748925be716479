package dev.hera.model;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The user's relationship status, which decides which partner the profile must describe:
 * the current partner when married or partnered, the ideal partner when single or other.
 * <p>
 * The JSON values are the reference's English codes. Reading also accepts the Japanese words
 * the reference let through unchecked (「既婚」 used to mean "no partner required");
 * anything else is rejected, so a profile can never hold a status outside the four values.
 */
@RegisterForReflection
public enum RelationshipStatus {
    MARRIED("married", PartnerField.CURRENT),
    PARTNERED("partnered", PartnerField.CURRENT),
    SINGLE("single", PartnerField.IDEAL),
    OTHER("other", PartnerField.IDEAL);

    /** Which of the two partner fields of the profile a status requires. */
    public enum PartnerField {
        /** {@code current_partner}: the real partner. */
        CURRENT,
        /** {@code ideal_partner}: the partner the user wishes for. */
        IDEAL
    }

    private final String code;
    private final PartnerField partnerField;

    RelationshipStatus(String code, PartnerField partnerField) {
        this.code = code;
        this.partnerField = partnerField;
    }

    /** The JSON value. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The partner field this status requires. */
    public PartnerField partnerField() {
        return partnerField;
    }

    /**
     * Lenient parsing: the code in any case and width, or a common Japanese word
     * (既婚, 結婚している, 交際中, 恋人がいる, 独身, 未婚, その他, ...); unknown gives an empty result.
     */
    public static Optional<RelationshipStatus> parse(String text) {
        String key = LenientText.key(text);
        return switch (key) {
            case "married", "既婚", "結婚している", "結婚済み", "夫婦" -> Optional.of(MARRIED);
            case "partnered", "in a relationship", "交際中", "恋人がいる", "恋人あり", "パートナーあり", "パートナーがいる", "付き合っている" ->
                Optional.of(PARTNERED);
            case "single", "独身", "未婚", "恋人なし", "恋人がいない", "シングル" -> Optional.of(SINGLE);
            case "other", "その他" -> Optional.of(OTHER);
            default -> Optional.empty();
        };
    }

    /** JSON creator: blank is absent ({@code null}); an unknown value is rejected. */
    @JsonCreator
    public static RelationshipStatus fromJson(String text) {
        if (LenientText.key(text).isEmpty()) {
            return null;
        }
        return parse(text).orElseThrow(() -> new IllegalArgumentException("unknown relationship status: " + text));
    }
}
