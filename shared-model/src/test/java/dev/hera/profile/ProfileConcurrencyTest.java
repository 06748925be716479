package dev.hera.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.model.BigFive;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Gender;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;

/** Concurrent merges of profile fragments never lose a field gathered earlier (D1, D5, D6, D12). */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
class ProfileConcurrencyTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    SessionStore store;

    @Test
    void fiftyConcurrentFragmentsAllLandInTheStoredProfile() {
        String id = store.create("ja").await().atMost(WAIT).sessionId();
        List<UserProfile> fragments = new ArrayList<>();
        fragments.add(Profiles.empty().age(32).build());
        fragments.add(Profiles.empty().gender(Gender.FEMALE).build());
        fragments.add(Profiles.empty().relationshipStatus(RelationshipStatus.SINGLE).build());
        fragments.add(Profiles.empty().location("大阪").build());
        fragments.add(Profiles.empty().incomeRange("450万円").build());
        fragments.add(Profiles.empty().traits(new BigFive(0.8, null, null, null, null)).build());
        fragments.add(Profiles.empty().traits(new BigFive(null, null, 0.75, null, null)).build());
        fragments.add(Profiles.empty().idealPartner(new Partner("けんた", null, null, null, null, null, null)).build());
        fragments.add(Profiles.empty().idealPartner(new Partner(null, null, null, "穏やかで誠実", null, null, null)).build());
        fragments.add(Profiles.empty().face("背が高くて短い黒髪、眼鏡").build());
        fragments.add(Profiles.empty().children(List.of(new ChildWish(ChildGender.GIRL, "みお", null))).build());
        fragments.add(Profiles.empty().children(List.of(new ChildWish(ChildGender.BOY, "そうま", null))).build());
        for (int i = 0; fragments.size() < 50; i++) {
            fragments.add(Profiles.empty().interests(List.of("趣味" + i)).build());
        }

        List<Uni<UserProfile>> merges = fragments.stream()
                .map(f -> store.update(id, SessionKey.USER_PROFILE, UserProfile.class, UserProfile::empty,
                        stored -> ProfileMerge.merge(stored, f)))
                .toList();
        Uni.join().all(merges).andFailFast().await().atMost(WAIT);

        UserProfile profile = store.readDocument(id, SessionKey.USER_PROFILE, UserProfile.class).await().atMost(WAIT).orElseThrow();
        assertEquals(32, profile.age());
        assertEquals(Gender.FEMALE, profile.gender());
        assertEquals(RelationshipStatus.SINGLE, profile.relationshipStatus());
        assertEquals("大阪", profile.location());
        assertEquals("450万円", profile.incomeRange());
        assertEquals(0.8, profile.userPersonalityTraits().openness());
        assertEquals(0.75, profile.userPersonalityTraits().extraversion());
        assertEquals("けんた", profile.idealPartner().name());
        assertEquals("穏やかで誠実", profile.idealPartner().temperament());
        assertEquals("背が高くて短い黒髪、眼鏡", profile.partnerFaceDescription());
        Set<String> children = profile.childrenInfo().stream().map(ChildWish::name).collect(Collectors.toSet());
        assertEquals(Set.of("みお", "そうま"), children);
        assertEquals(38, Set.copyOf(profile.interests()).size(), "all 38 interests: " + profile.interests());
        assertTrue(ProfileRules.isComplete(profile), "every fragment landed, so the profile is complete: "
                + ProfileRules.missingFields(profile));
    }
}
