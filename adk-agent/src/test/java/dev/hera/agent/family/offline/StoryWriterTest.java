package dev.hera.agent.family.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.agent.family.offline.FamilyFixtures.Shape;
import dev.hera.model.Language;
import dev.hera.model.Persona;
import dev.hera.model.TripInfo;
import dev.hera.model.UserProfile;

class StoryWriterTest {

    private static final int SEEDS = 50;

    static Stream<Object[]> japanese() {
        return FamilyFixtures.shapesAndTrips(false);
    }

    static Stream<Object[]> english() {
        return FamilyFixtures.shapesAndTrips(true);
    }

    private static void assertComplete(String story, List<Persona> family, TripInfo trip) {
        assertTrue(story.contains(trip.destination()), "destination missing");
        // an English label may start a sentence ("Sightseeing is …"): still the same activity
        String lower = story.toLowerCase(java.util.Locale.ROOT);
        for (String activity : trip.activities()) {
            assertTrue(lower.contains(activity.toLowerCase(java.util.Locale.ROOT)), () -> activity + " missing in:\n" + story);
        }
        for (Persona member : family) {
            assertTrue(story.contains(member.name()), () -> member.name() + " missing in:\n" + story);
        }
        assertFalse(story.contains("{") || story.contains("}") || story.contains("null"), story);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @MethodSource("japanese")
    void japaneseStoriesHaveTheRightLengthAndEveryone(Shape shape, TripInfo trip) {
        UserProfile profile = FamilyFixtures.profile(shape, false);
        for (long seed = 0; seed < SEEDS; seed++) {
            List<Persona> family = FamilyFixtures.family(shape, false, seed);
            String story = StoryWriter.write(profile, family, trip, FamilyFixtures.log(false), Language.JA, seed);
            int length = FamilyFixtures.japaneseLength(story);
            assertTrue(length >= 800 && length <= 1200, "length " + length + " for seed " + seed + ":\n" + story);
            assertComplete(story, family, trip);
            int paragraphs = story.split("\n\n").length;
            assertTrue(paragraphs >= 6 && paragraphs <= 9, paragraphs + " paragraphs");
            assertTrue(story.strip().endsWith("楽しみだね！"), story);
            assertTrue(story.split("「").length > 4, "too little dialogue:\n" + story);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @MethodSource("english")
    void englishStoriesAreProportionate(Shape shape, TripInfo trip) {
        UserProfile profile = FamilyFixtures.profile(shape, true);
        for (long seed = 0; seed < SEEDS; seed += 5) {
            List<Persona> family = FamilyFixtures.family(shape, true, seed);
            String story = StoryWriter.write(profile, family, trip, FamilyFixtures.log(true), Language.EN, seed);
            int words = FamilyFixtures.words(story);
            assertTrue(words >= 350 && words <= 600, words + " words for seed " + seed + ":\n" + story);
            assertComplete(story, family, trip);
            assertTrue(story.contains("can't wait"), story);
            assertTrue(story.split("“").length > 4, "too little dialogue:\n" + story);
        }
    }

    @Test
    void theStoryQuotesThePersonAndUsesTheProfile() {
        Shape named = new Shape(2, false, true, dev.hera.model.Gender.MALE);
        String story = StoryWriter.write(FamilyFixtures.profile(named, false), FamilyFixtures.family(named, false, 1),
                FamilyFixtures.TRIPS_JA.get(0), FamilyFixtures.log(false), Language.JA, 1);
        assertTrue(story.contains("「沖縄に行きたいな」"), story);
        assertTrue(story.contains("ゆうき"), story);
        assertTrue(story.contains("背が高くて短い黒髪"), story);
        Shape anonymous = new Shape(2, false, false, dev.hera.model.Gender.MALE);
        String english = StoryWriter.write(FamilyFixtures.profile(anonymous, true), FamilyFixtures.family(anonymous, true, 1),
                FamilyFixtures.TRIPS_EN.get(0), FamilyFixtures.log(true), Language.EN, 1);
        assertTrue(english.contains("“Let's go somewhere we can swim, maybe the sea!”"), english);
        assertTrue(english.contains("you"), english);
        assertTrue(english.contains("freckles") && english.contains("cheerful and kind"), english);
    }

    @Test
    void theSameSeedGivesTheSameStoryAndOtherSeedsOtherStories() {
        Shape shape = FamilyFixtures.SHAPES.get(1);
        UserProfile profile = FamilyFixtures.profile(shape, false);
        List<Persona> family = FamilyFixtures.family(shape, false, 3);
        TripInfo trip = FamilyFixtures.TRIPS_JA.get(0);
        assertEquals(StoryWriter.write(profile, family, trip, FamilyFixtures.log(false), Language.JA, 9),
                StoryWriter.write(profile, family, trip, FamilyFixtures.log(false), Language.JA, 9));
        Set<String> stories = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            stories.add(StoryWriter.write(profile, family, trip, FamilyFixtures.log(false), Language.JA, seed));
        }
        assertTrue(stories.size() >= 18, stories.size() + " different stories out of 20");
    }

    @Test
    void aTripWithoutDestinationOrActivitiesHasNoStory() {
        Shape shape = FamilyFixtures.SHAPES.get(0);
        List<Persona> family = FamilyFixtures.family(shape, false, 1);
        assertThrows(IllegalArgumentException.class, () -> StoryWriter.write(null, family, new TripInfo(" ", List.of("海水浴")),
                List.of(), Language.JA, 1));
        assertThrows(IllegalArgumentException.class, () -> StoryWriter.write(null, family, new TripInfo("沖縄", List.of()),
                List.of(), Language.JA, 1));
    }

    @Test
    void aMissingProfileLogOrFamilyStillGivesAStory() {
        TripInfo trip = FamilyFixtures.TRIPS_JA.get(0);
        String story = StoryWriter.write(null, List.of(), trip, null, Language.JA, 4);
        int length = FamilyFixtures.japaneseLength(story);
        assertTrue(length >= 800 && length <= 1200, length + ":\n" + story);
        assertTrue(story.contains("「みんなで沖縄に行こうか」"), story);
    }
}
