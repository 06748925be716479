package dev.hera.agent.family.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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

class LetterWriterTest {

    private static final LocalDate DATE = LocalDate.of(2025, 7, 1);
    private static final int SEEDS = 50;

    static Stream<Object[]> japanese() {
        return FamilyFixtures.shapesAndTrips(false);
    }

    static Stream<Object[]> english() {
        return FamilyFixtures.shapesAndTrips(true);
    }

    private static void assertSignedAndComplete(String letter, List<Persona> family, TripInfo trip, String signedBy) {
        int signature = letter.indexOf(signedBy);
        assertTrue(signature > 0, "no signature:\n" + letter);
        String body = letter.substring(0, signature);
        String signed = letter.substring(signature);
        assertTrue(body.contains(trip.destination()), "destination missing");
        // an English label may start a sentence ("Sightseeing is …"): still the same activity
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        for (String activity : trip.activities()) {
            assertTrue(lower.contains(activity.toLowerCase(java.util.Locale.ROOT)), () -> activity + " missing in:\n" + letter);
        }
        for (Persona member : family) {
            assertTrue(body.contains(member.name()), () -> member.name() + " has no say in:\n" + letter);
            assertTrue(signed.contains(member.name()) && signed.contains(member.role()),
                    () -> member.role() + " " + member.name() + " did not sign:\n" + letter);
        }
        assertFalse(letter.contains("{") || letter.contains("}") || letter.contains("null"), letter);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @MethodSource("japanese")
    void japaneseLettersHaveTheRightLengthAndAreSignedByEveryone(Shape shape, TripInfo trip) {
        UserProfile profile = FamilyFixtures.profile(shape, false);
        for (long seed = 0; seed < SEEDS; seed++) {
            List<Persona> family = FamilyFixtures.family(shape, false, seed);
            String letter = LetterWriter.write(profile, family, trip, "物語", Language.JA, DATE, seed);
            int length = FamilyFixtures.japaneseLength(letter);
            assertTrue(length >= 600 && length <= 900, "length " + length + " for seed " + seed + ":\n" + letter);
            assertTrue(letter.startsWith(shape.named() ? "未来のゆうきへ" : "未来のあなたへ"), letter);
            assertTrue(letter.contains("2025年7月1日\n未来の家族より"), letter);
            assertTrue(letter.contains("楽しみに待っているね") && letter.contains("そばに"), letter);
            assertSignedAndComplete(letter, family, trip, "2025年7月1日");
        }
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @MethodSource("english")
    void englishLettersAreProportionate(Shape shape, TripInfo trip) {
        UserProfile profile = FamilyFixtures.profile(shape, true);
        for (long seed = 0; seed < SEEDS; seed += 5) {
            List<Persona> family = FamilyFixtures.family(shape, true, seed);
            String letter = LetterWriter.write(profile, family, trip, "story", Language.EN, DATE, seed);
            int words = FamilyFixtures.words(letter);
            assertTrue(words >= 250 && words <= 450, words + " words for seed " + seed + ":\n" + letter);
            assertTrue(letter.startsWith(shape.named() ? "Dear future Sam," : "Dear future you,"), letter);
            assertTrue(letter.contains("July 1, 2025\nWith love, from your future family"), letter);
            assertTrue(letter.contains("by your side"), letter);
            assertSignedAndComplete(letter, family, trip, "July 1, 2025");
        }
    }

    @Test
    void theSameSeedGivesTheSameLetterAndOtherSeedsOtherLetters() {
        Shape shape = FamilyFixtures.SHAPES.get(1);
        UserProfile profile = FamilyFixtures.profile(shape, false);
        List<Persona> family = FamilyFixtures.family(shape, false, 3);
        TripInfo trip = FamilyFixtures.TRIPS_JA.get(0);
        assertEquals(LetterWriter.write(profile, family, trip, "", Language.JA, DATE, 4),
                LetterWriter.write(profile, family, trip, "", Language.JA, DATE, 4));
        Set<String> letters = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            letters.add(LetterWriter.write(profile, family, trip, "", Language.JA, DATE, seed));
        }
        assertTrue(letters.size() >= 15, letters.size() + " different letters out of 20");
    }

    @Test
    void aTripWithoutDestinationOrActivitiesHasNoLetter() {
        List<Persona> family = FamilyFixtures.family(FamilyFixtures.SHAPES.get(0), false, 1);
        assertThrows(IllegalArgumentException.class, () -> LetterWriter.write(null, family, null, "", Language.JA, DATE, 1));
        assertThrows(IllegalArgumentException.class,
                () -> LetterWriter.write(null, family, new TripInfo("沖縄", null), "", Language.JA, DATE, 1));
    }
}
