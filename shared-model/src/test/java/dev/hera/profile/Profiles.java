package dev.hera.profile;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.hera.model.BigFive;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Gender;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/** Test profiles: a complete one for each status, and a builder to take one field away or change it. */
final class Profiles {

    static final String LOOKS = "背が高く、笑顔が優しい";
    static final Partner PARTNER = new Partner("健太", 32, null, "穏やかで誠実", List.of("料理"), null, LOOKS);
    static final BigFive TWO_TRAITS = new BigFive(0.7, null, 0.8, null, null);
    static final ChildWish SAKURA = new ChildWish(ChildGender.GIRL, "さくら", 1);

    private Profiles() {
    }

    /** A complete profile whose required partner is {@link #PARTNER}; the other partner is absent. */
    static Builder complete(RelationshipStatus status) {
        Builder builder = new Builder()
                .userName("美咲").age(29).gender(Gender.FEMALE).relationshipStatus(status).location("東京都港区")
                .incomeRange("500〜600万円").traits(TWO_TRAITS).face(LOOKS).children(List.of(SAKURA));
        return status.partnerField() == RelationshipStatus.PartnerField.CURRENT
                ? builder.currentPartner(PARTNER)
                : builder.idealPartner(PARTNER);
    }

    static Builder empty() {
        return new Builder();
    }

    /** Mutable stand-in for a wither per field. */
    static final class Builder {
        String userName;
        Integer age;
        Gender gender;
        RelationshipStatus relationshipStatus;
        String location;
        String incomeRange;
        BigFive traits;
        String face;
        List<ChildWish> children;
        Partner currentPartner;
        Partner idealPartner;
        List<String> interests;
        String workStyle;
        String futureCareer;
        Map<String, String> lifestyle;
        Instant createdAt;

        Builder userName(String v) { userName = v; return this; }
        Builder age(Integer v) { age = v; return this; }
        Builder gender(Gender v) { gender = v; return this; }
        Builder relationshipStatus(RelationshipStatus v) { relationshipStatus = v; return this; }
        Builder location(String v) { location = v; return this; }
        Builder incomeRange(String v) { incomeRange = v; return this; }
        Builder traits(BigFive v) { traits = v; return this; }
        Builder face(String v) { face = v; return this; }
        Builder children(List<ChildWish> v) { children = v; return this; }
        Builder currentPartner(Partner v) { currentPartner = v; return this; }
        Builder idealPartner(Partner v) { idealPartner = v; return this; }
        Builder interests(List<String> v) { interests = v; return this; }
        Builder workStyle(String v) { workStyle = v; return this; }
        Builder futureCareer(String v) { futureCareer = v; return this; }
        Builder lifestyle(Map<String, String> v) { lifestyle = v; return this; }
        Builder createdAt(Instant v) { createdAt = v; return this; }

        /** Clears one required field. */
        Builder without(ProfileField field) {
            switch (field) {
                case AGE -> age = null;
                case GENDER -> gender = null;
                case RELATIONSHIP_STATUS -> relationshipStatus = null;
                case LOCATION -> location = null;
                case INCOME_RANGE -> incomeRange = null;
                case USER_PERSONALITY_TRAITS -> traits = null;
                case PARTNER_FACE_DESCRIPTION -> face = null;
                case CHILDREN_INFO -> children = null;
                case CURRENT_PARTNER -> currentPartner = null;
                case IDEAL_PARTNER -> idealPartner = null;
            }
            return this;
        }

        UserProfile build() {
            return new UserProfile(userName, age, gender, relationshipStatus, location, incomeRange, traits, face,
                    children, currentPartner, idealPartner, interests, workStyle, futureCareer, lifestyle, createdAt);
        }
    }
}
