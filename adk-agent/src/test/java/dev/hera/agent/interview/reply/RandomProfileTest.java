package dev.hera.agent.interview.reply;

import static dev.hera.agent.interview.reply.ReplyAssertions.assertClean;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.hera.model.BigFive;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Gender;
import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileField;
import dev.hera.profile.ProfileRules;

/**
 * Property-style: over thousands of random profiles, notes, turns and seeds, every reply is clean
 * text (no placeholder, no "null", no doubled punctuation), ends a sentence, stays a reasonable
 * length and asks about at most {@value QuestionPlan#MAX_TOPICS} topics.
 */
class RandomProfileTest {

    private static final int CASES = 3000;
    private static final String[] TEXTS = { "大阪", "東京都港区", "Seattle", "  ", "　", "", "São Paulo", "けんた",
            "Emma", "穏やかで誠実な人です。", "long curly red hair, green eyes and freckles.", "「優しい」",
            "とても背が高くて、笑顔が素敵で、眼鏡が似合って、髪は短くて黒くて、目元が優しい人です。",
            "$90k", "450万円", "ありさ様", "Zoë", "O'Brien" };
    private static final String[] NOTES = { "age", "gender", "location", "income_range", "relationship_status",
            "user_personality_traits", "user_personality_traits.openness", "partner.name", "partner.temperament",
            "partner.appearance", "ideal_partner", "current_partner.face_description", "partner_face_description",
            "children_info", "user_name", "hobbies", "partner.hobbies", "", "  ", "AGE", "lifestyle.future_hope" };

    private final HeraReplies hera = new HeraReplies();

    @Test
    void everyReplyIsCleanAndAsksAboutAtMostTwoTopics() {
        Random random = new Random(20240607L);
        for (int i = 0; i < CASES; i++) {
            UserProfile profile = randomProfile(random);
            List<ProfileField> missing = random.nextInt(10) == 0 ? randomFields(random)
                    : ProfileRules.missingFields(profile);
            List<String> notes = randomNotes(random);
            Language language = random.nextInt(10) == 0 ? null : Language.values()[random.nextInt(2)];
            ReplyContext context = new ReplyContext(profile, missing, notes, random.nextInt(50) - 5,
                    random.nextLong(), random.nextInt(8) == 0);
            String reply = assertDoesNotThrow(() -> hera.reply(language, context), context::toString);
            String where = context + " -> " + reply;
            assertClean(reply);
            assertTrue(reply.matches("(?s).*[。？！.?!”』]$"), where);
            assertTrue(reply.length() < 900, where);
            assertTrue(QuestionPlan.of(profile, context.missing()).topics().size() <= QuestionPlan.MAX_TOPICS, where);
        }
    }

    @Test
    void everyCompletionIsClean() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            UserProfile profile = randomProfile(random);
            Language language = Language.values()[random.nextInt(2)];
            String message = hera.completion(language, profile, random.nextLong());
            assertClean(message);
            assertTrue(message.length() < 600, message);
        }
    }

    @Test
    void everyGreetingIsClean() {
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            assertClean(hera.greeting(Language.values()[random.nextInt(2)], random.nextLong()));
        }
    }

    private static UserProfile randomProfile(Random random) {
        return new UserProfile(maybe(random, text(random)), maybe(random, random.nextInt(90) + 1),
                maybe(random, pick(random, Gender.values())), maybe(random, pick(random, RelationshipStatus.values())),
                maybe(random, text(random)), maybe(random, text(random)), maybe(random, traits(random)),
                maybe(random, text(random)), maybe(random, children(random)), maybe(random, partner(random)),
                maybe(random, partner(random)), null, null, null, null, null);
    }

    private static Partner partner(Random random) {
        return new Partner(maybe(random, text(random)), null, null, maybe(random, text(random)), null, null,
                maybe(random, text(random)));
    }

    private static BigFive traits(Random random) {
        return new BigFive(score(random), score(random), score(random), score(random), score(random));
    }

    private static Double score(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> Double.NaN;
            case 2 -> random.nextDouble() * 4 - 2;
            default -> random.nextDouble();
        };
    }

    private static List<ChildWish> children(Random random) {
        List<ChildWish> children = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            children.add(random.nextInt(8) == 0 ? null
                    : new ChildWish(maybe(random, pick(random, ChildGender.values())), maybe(random, text(random)),
                            null));
        }
        return children;
    }

    private static List<ProfileField> randomFields(Random random) {
        List<ProfileField> fields = new ArrayList<>(Arrays.asList(ProfileField.values()));
        fields.removeIf(field -> random.nextBoolean());
        return fields;
    }

    private static List<String> randomNotes(Random random) {
        List<String> notes = new ArrayList<>();
        int count = random.nextInt(4) == 0 ? 0 : random.nextInt(6);
        for (int i = 0; i < count; i++) {
            notes.add(pick(random, NOTES));
        }
        return notes;
    }

    private static String text(Random random) {
        return pick(random, TEXTS);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T maybe(Random random, T value) {
        return random.nextBoolean() ? value : null;
    }
}
