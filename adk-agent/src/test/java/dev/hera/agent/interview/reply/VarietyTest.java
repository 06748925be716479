package dev.hera.agent.interview.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.hera.model.Language;
import dev.hera.model.RelationshipStatus;

/** Hera does not repeat herself: consecutive turns differ, and the seed decides, always the same way. */
class VarietyTest {

    private final HeraReplies hera = new HeraReplies();

    /** States worth repeating: the start, mid-interview, one thing left, and each with nothing understood. */
    private static List<TestProfiles.Builder> states() {
        return List.of(TestProfiles.builder(), TestProfiles.osaka(),
                TestProfiles.osaka().income("450万円").status(RelationshipStatus.SINGLE),
                TestProfiles.seattle().income("$90k").status(RelationshipStatus.MARRIED).current(TestProfiles.EMMA),
                TestProfiles.osakaComplete().children(null));
    }

    private static final List<List<String>> NOTES = List.of(List.of(), List.of("age", "location"),
            List.of("partner.name"), List.of("unknown_key"));

    @ParameterizedTest
    @EnumSource(Language.class)
    void fiveConsecutiveTurnsInTheSameStateGiveAtLeastThreeReplies(Language language) {
        for (TestProfiles.Builder state : states()) {
            for (List<String> notes : NOTES) {
                for (long seed : new long[] { 0, 1, 42, -7, Long.MAX_VALUE }) {
                    Set<String> replies = new HashSet<>();
                    for (int turn = 3; turn < 8; turn++) {
                        replies.add(hera.reply(language, state.turn(turn, seed, notes.toArray(String[]::new))));
                    }
                    assertTrue(replies.size() >= 3, () -> replies.size() + " replies for " + notes + ": " + replies);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noReplyIsRepeatedOnTheNextTurn(Language language) {
        for (TestProfiles.Builder state : states()) {
            for (List<String> notes : NOTES) {
                String previous = null;
                for (int turn = 0; turn < 40; turn++) {
                    String reply = hera.reply(language, state.turn(turn, 99, notes.toArray(String[]::new)));
                    assertNotEquals(previous, reply, "turn " + turn);
                    previous = reply;
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noQuestionSentenceIsRepeatedOnTheNextTurnWhenNothingWasUnderstood(Language language) {
        String splitter = language == Language.EN ? "(?<=[.?!”])\\s+" : "(?<=[。？])";
        for (TestProfiles.Builder state : states()) {
            Set<String> previous = Set.of();
            for (int turn = 0; turn < 20; turn++) {
                Set<String> sentences = Set.of(hera.reply(language, state.turn(turn, 5)).split(splitter));
                for (String sentence : sentences) {
                    assertTrue(!previous.contains(sentence) || sentence.length() < 8,
                            () -> "repeated: " + sentence);
                }
                previous = sentences;
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void sameSeedAndTurnGiveTheSameReply(Language language) {
        for (TestProfiles.Builder state : states()) {
            ReplyContext context = state.turn(4, 123456789L, "age", "gender", "location");
            assertEquals(hera.reply(language, context), new HeraReplies().reply(language, context));
        }
    }

    @Test
    void differentSessionsSoundDifferent() {
        Set<String> replies = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            replies.add(hera.reply(Language.JA, TestProfiles.osaka().turn(1, seed, "age", "gender", "location")));
        }
        assertTrue(replies.size() >= 5, () -> replies.size() + " replies");
    }

    @Test
    void variantsMoveEverySlotOnEachTurn() {
        List<String> options = List.of("a", "b", "c");
        for (long seed = -50; seed < 50; seed++) {
            for (int turn = -3; turn < 10; turn++) {
                assertNotEquals(new Variants(seed, turn).pick("slot", options),
                        new Variants(seed, turn + 1).pick("slot", options));
            }
        }
    }

    @Test
    void variantsStartDifferentSlotsAtDifferentPlaces() {
        List<Integer> options = List.of(0, 1, 2, 3, 4, 5, 6, 7);
        Set<Integer> starts = new HashSet<>();
        for (String slot : List.of("a", "b", "c", "d", "e", "f", "g", "h")) {
            starts.add(new Variants(17, 0).pick(slot, options));
        }
        assertTrue(starts.size() >= 3, starts::toString);
    }

    @Test
    void everySlotHasAtLeastThreePhrasingsInEachLanguage() {
        List<Phrases> all = List.of(Greetings.WELCOME, Greetings.WHO, Greetings.PLAN, Greetings.QUESTION,
                Acknowledgements.USER_NAME, Acknowledgements.BASICS, Acknowledgements.LOCATION,
                Acknowledgements.INCOME, Acknowledgements.MARRIED, Acknowledgements.PARTNERED,
                Acknowledgements.SINGLE, Acknowledgements.OTHER_STATUS, Acknowledgements.PERSONALITY,
                Acknowledgements.PERSONALITY_PLAIN, Acknowledgements.IDEAL_NAME, Acknowledgements.CURRENT_NAME,
                Acknowledgements.TEMPERAMENT, Acknowledgements.APPEARANCE, Acknowledgements.CHILDREN,
                Questions.BASICS, Questions.RELATIONSHIP, Questions.PARTNER, Questions.PERSONALITY,
                Questions.PERSONALITY_MORE, Questions.CHILDREN, Questions.CHILDREN_NAMES, Questions.CHILD_GENDER,
                Questions.CHILDREN_GENDERS, Questions.EXAMPLE, Transitions.ONWARD, Transitions.NEARLY,
                Transitions.GENTLE, Transitions.THANKS, Transitions.ENCOURAGE, Closings.JUST_COMPLETED,
                Closings.ALREADY_COMPLETE, CompletionMessages.THANKS, CompletionMessages.FAMILY,
                CompletionMessages.FAMILY_UNNAMED, CompletionMessages.NEXT);
        for (Phrases phrases : all) {
            assertTrue(phrases.size() >= 3, phrases::toString);
            assertEquals(phrases.ja().size(), Set.copyOf(phrases.ja()).size(), phrases::toString);
            assertEquals(phrases.en().size(), Set.copyOf(phrases.en()).size(), phrases::toString);
        }
    }
}
