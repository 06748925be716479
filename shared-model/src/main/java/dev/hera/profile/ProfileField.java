package dev.hera.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.hera.model.Language;
import dev.hera.model.RelationshipStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The fields a profile needs before the family can be created, in the reference order: the eight
 * base fields, then the two partner fields of which the relationship status requires one.
 * Serialised as the snake_case JSON name of the field; each has a Japanese and an English label
 * for messages such as 「不足している項目: 年齢, 性別」.
 */
@RegisterForReflection
public enum ProfileField {
    AGE("age", "年齢", "Age"),
    GENDER("gender", "性別", "Gender"),
    RELATIONSHIP_STATUS("relationship_status", "交際状況", "Relationship status"),
    LOCATION("location", "居住地", "Where you live"),
    INCOME_RANGE("income_range", "年収", "Annual income"),
    USER_PERSONALITY_TRAITS("user_personality_traits", "ユーザー性格（ビッグファイブの5つ中2つ以上）",
            "Your personality (at least 2 of the Big Five)"),
    PARTNER_FACE_DESCRIPTION("partner_face_description", "パートナーの外見", "Your partner's appearance"),
    CHILDREN_INFO("children_info", "子供情報（性別と名前が必須）", "Children (gender and name required)"),
    CURRENT_PARTNER("current_partner", "現在のパートナー（名前、性格、外見が必須）",
            "Your current partner (name, personality and appearance required)"),
    IDEAL_PARTNER("ideal_partner", "理想のパートナー（名前、性格、外見が必須）",
            "Your ideal partner (name, personality and appearance required)");

    /** The eight fields every profile needs, in order. */
    public static final List<ProfileField> BASE = List.of(AGE, GENDER, RELATIONSHIP_STATUS, LOCATION, INCOME_RANGE,
            USER_PERSONALITY_TRAITS, PARTNER_FACE_DESCRIPTION, CHILDREN_INFO);

    private final String jsonName;
    private final String japaneseLabel;
    private final String englishLabel;

    ProfileField(String jsonName, String japaneseLabel, String englishLabel) {
        this.jsonName = jsonName;
        this.japaneseLabel = japaneseLabel;
        this.englishLabel = englishLabel;
    }

    /** The snake_case property name in the profile JSON. */
    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    /** The Japanese label (the reference's wording). */
    public String japaneseLabel() {
        return japaneseLabel;
    }

    /** The English label. */
    public String englishLabel() {
        return englishLabel;
    }

    /** The label in {@code language}; Japanese when the language is null. */
    public String label(Language language) {
        return language == Language.EN ? englishLabel : japaneseLabel;
    }

    /** Whether this is one of the two partner fields. */
    public boolean isPartner() {
        return this == CURRENT_PARTNER || this == IDEAL_PARTNER;
    }

    /** The profile field that holds the partner a status requires. */
    public static ProfileField of(RelationshipStatus.PartnerField partnerField) {
        return partnerField == RelationshipStatus.PartnerField.CURRENT ? CURRENT_PARTNER : IDEAL_PARTNER;
    }

    /** The field with this JSON name, if any. */
    public static Optional<ProfileField> fromJsonName(String name) {
        return Arrays.stream(values()).filter(field -> field.jsonName.equals(name)).findFirst();
    }
}
