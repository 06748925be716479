package dev.hera.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.hera.model.BigFive;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

class ProfilePruningTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "", " ", "\u3000", "\n\t" })
    @DisplayName("blank strings become absent, in the profile and inside partners and children")
    void blankStringsRemoved(String blank) {
        UserProfile profile = Profiles.empty().userName(blank).location(blank).incomeRange(blank).face(blank)
                .workStyle(blank).futureCareer(blank).idealPartner(new Partner(blank, null, null, blank, null, blank,
                        blank))
                .children(List.of(new ChildWish(ChildGender.BOY, blank, null))).build();
        UserProfile pruned = ProfilePruning.prune(profile);
        assertEquals(Profiles.empty().children(List.of(new ChildWish(ChildGender.BOY, null, null))).build(), pruned);
    }

    @Test
    @DisplayName("blank and null list items are dropped, and lists left empty become absent")
    void listItemsPruned() {
        UserProfile profile = Profiles.empty().interests(Arrays.asList("映画", " ", null, "登山"))
                .currentPartner(new Partner("健太", null, null, null, Arrays.asList("", null), null, null)).build();
        UserProfile pruned = ProfilePruning.prune(profile);
        assertEquals(List.of("映画", "登山"), pruned.interests());
        assertNull(pruned.currentPartner().hobbies());
        assertNull(ProfilePruning.prune(Profiles.empty().interests(List.of()).build()).interests());
    }

    @Test
    @DisplayName("children with neither gender nor name are dropped; a gender or a name alone is kept")
    void childrenPruned() {
        ChildWish genderOnly = new ChildWish(ChildGender.GIRL, null, null);
        ChildWish nameOnly = new ChildWish(null, "陽太", null);
        UserProfile profile = Profiles.empty().children(Arrays.asList(new ChildWish(null, " ", 1), genderOnly, null,
                nameOnly, new ChildWish(null, null, null))).build();
        assertEquals(List.of(genderOnly, nameOnly), ProfilePruning.prune(profile).childrenInfo());
        UserProfile nothingLeft = Profiles.empty().children(List.of(new ChildWish(null, "", 2))).build();
        assertNull(ProfilePruning.prune(nothingLeft).childrenInfo());
    }

    @Test
    @DisplayName("a partner with nothing left becomes absent; one with only an age is kept")
    void partnerPruned() {
        Partner hollow = new Partner(" ", null, new BigFive(null, null, null, null, null), "", List.of(" "), null, null);
        Partner ageOnly = new Partner(null, 0, null, null, null, null, null);
        UserProfile pruned = ProfilePruning.prune(Profiles.empty().idealPartner(hollow).currentPartner(ageOnly).build());
        assertNull(pruned.idealPartner());
        assertEquals(ageOnly, pruned.currentPartner());
    }

    @Test
    @DisplayName("a Big Five with no score becomes absent; scores of 0 are kept")
    void bigFivePruned() {
        assertNull(ProfilePruning.prune(Profiles.empty().traits(new BigFive(null, null, null, null, null)).build())
                .userPersonalityTraits());
        BigFive zeros = new BigFive(0.0, null, null, null, 0.0);
        assertEquals(zeros, ProfilePruning.prune(Profiles.empty().traits(zeros).build()).userPersonalityTraits());
    }

    @Test
    @DisplayName("lifestyle entries with a blank key or value are dropped; an empty lifestyle becomes absent")
    void lifestylePruned() {
        Map<String, String> lifestyle = new LinkedHashMap<>();
        lifestyle.put("future_hope", "海の近くで暮らす");
        lifestyle.put("pets", " ");
        lifestyle.put(" ", "x");
        lifestyle.put("hobby", null);
        assertEquals(Map.of("future_hope", "海の近くで暮らす"),
                ProfilePruning.prune(Profiles.empty().lifestyle(lifestyle).build()).lifestyle());
        assertNull(ProfilePruning.prune(Profiles.empty().lifestyle(Map.of("pets", "")).build()).lifestyle());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RelationshipStatus.class)
    @DisplayName("pruning keeps everything a complete profile says (age 0 included) and changes nothing the second time")
    void pruningKeepsContentAndIsIdempotent(RelationshipStatus status) {
        UserProfile complete = Profiles.complete(status).age(0).build();
        assertEquals(complete, ProfilePruning.prune(complete));
        UserProfile messy = Profiles.complete(status).location(" ").interests(Arrays.asList("", "読書")).build();
        UserProfile once = ProfilePruning.prune(messy);
        assertEquals(once, ProfilePruning.prune(once));
        assertEquals(List.of("読書"), once.interests());
    }

    @Test
    @DisplayName("a missing profile prunes to the empty profile")
    void nullPrunesToEmpty() {
        assertEquals(UserProfile.empty(), ProfilePruning.prune((UserProfile) null));
    }
}
