package dev.hera.agent.interview.reply;

import java.util.List;

import dev.hera.model.BigFive;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Gender;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileRules;

/** Profiles of the sample interviews, turn by turn, and a builder for other states. */
final class TestProfiles {

    static final Partner KENTA = new Partner("けんた", null, null, "穏やかで誠実", null, null,
            "背が高くて短い黒髪、眼鏡が似合う優しい目の人です。");
    static final Partner EMMA = new Partner("Emma", null, null, "cheerful and kind", null, null,
            "long curly red hair, green eyes and freckles");
    static final List<ChildWish> MIO_SOUMA = List.of(new ChildWish(ChildGender.GIRL, "みお", null),
            new ChildWish(ChildGender.BOY, "そうま", null));
    static final List<ChildWish> LILY_NOAH = List.of(new ChildWish(ChildGender.GIRL, "Lily", null),
            new ChildWish(ChildGender.BOY, "Noah", null));
    static final BigFive CURIOUS_SOCIAL = new BigFive(0.8, null, 0.8, null, null);
    static final BigFive CALM_ORGANIZED_INTROVERT = new BigFive(null, 0.8, 0.2, null, 0.2);

    private TestProfiles() {
    }

    static Builder builder() {
        return new Builder();
    }

    /** The Japanese sample after turn 1: 32, woman, Osaka. */
    static Builder osaka() {
        return builder().age(32).gender(Gender.FEMALE).location("大阪");
    }

    /** The complete Japanese sample profile. */
    static Builder osakaComplete() {
        return osaka().status(RelationshipStatus.SINGLE).income("450万円").traits(CURIOUS_SOCIAL)
                .ideal(KENTA).face(KENTA.appearance()).children(MIO_SOUMA);
    }

    /** The English sample after turn 1: 29, man, Seattle. */
    static Builder seattle() {
        return builder().age(29).gender(Gender.MALE).location("Seattle");
    }

    /** The complete English sample profile. */
    static Builder seattleComplete() {
        return seattle().status(RelationshipStatus.MARRIED).income("$90k").traits(CALM_ORGANIZED_INTROVERT)
                .current(EMMA).face(EMMA.appearance()).children(LILY_NOAH);
    }

    static ReplyContext context(UserProfile profile, List<String> understood, int turn, long seed) {
        return ReplyContext.of(profile, understood, turn, seed, false);
    }

    /** Mutable stand-in for a wither per field. */
    static final class Builder {
        private String userName;
        private Integer age;
        private Gender gender;
        private RelationshipStatus status;
        private String location;
        private String income;
        private BigFive traits;
        private String face;
        private List<ChildWish> children;
        private Partner current;
        private Partner ideal;

        Builder userName(String value) { userName = value; return this; }
        Builder age(Integer value) { age = value; return this; }
        Builder gender(Gender value) { gender = value; return this; }
        Builder status(RelationshipStatus value) { status = value; return this; }
        Builder location(String value) { location = value; return this; }
        Builder income(String value) { income = value; return this; }
        Builder traits(BigFive value) { traits = value; return this; }
        Builder face(String value) { face = value; return this; }
        Builder children(List<ChildWish> value) { children = value; return this; }
        Builder current(Partner value) { current = value; return this; }
        Builder ideal(Partner value) { ideal = value; return this; }

        UserProfile build() {
            return new UserProfile(userName, age, gender, status, location, income, traits, face, children, current,
                    ideal, null, null, null, null, null);
        }

        ReplyContext turn(int turn, long seed, String... understood) {
            UserProfile profile = build();
            return new ReplyContext(profile, ProfileRules.missingFields(profile), List.of(understood), turn, seed,
                    false);
        }
    }
}
