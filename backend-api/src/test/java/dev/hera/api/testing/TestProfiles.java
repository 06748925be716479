package dev.hera.api.testing;

import java.util.List;

import dev.hera.model.BigFive;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Gender;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/** Profiles as the agent would store them. */
public final class TestProfiles {

    public static final String LOOKS = "背が高く、笑顔が優しい";

    private TestProfiles() {
    }

    /** Complete: single, with an ideal partner, two traits and one child. */
    public static UserProfile complete() {
        return new UserProfile(null, 30, Gender.FEMALE, RelationshipStatus.SINGLE, "東京", "500〜600万円",
                new BigFive(0.7, null, 0.8, null, null), LOOKS,
                List.of(new ChildWish(ChildGender.GIRL, "さくら", 1)), null,
                new Partner("健太", 32, null, "穏やかで誠実", null, null, LOOKS), null, null, null, null, null);
    }

    /** Age and location only. */
    public static UserProfile ageAndLocation() {
        return new UserProfile(null, 30, null, null, "大阪", null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** Complete except that nothing is known about the partner's looks. */
    public static UserProfile withoutPartnerLooks() {
        return new UserProfile(null, 30, Gender.FEMALE, RelationshipStatus.SINGLE, "東京", "500〜600万円",
                new BigFive(0.7, null, 0.8, null, null), null,
                List.of(new ChildWish(ChildGender.GIRL, "さくら", 1)), null,
                new Partner("健太", 32, null, "穏やかで誠実", null, null, null), null, null, null, null, null);
    }

    /** Complete except for the children. */
    public static UserProfile withoutChildren() {
        return new UserProfile(null, 30, Gender.FEMALE, RelationshipStatus.SINGLE, "東京", "500〜600万円",
                new BigFive(0.7, null, 0.8, null, null), LOOKS, null, null,
                new Partner("健太", 32, null, "穏やかで誠実", null, null, LOOKS), null, null, null, null, null);
    }
}
