package dev.hera.agent.interview.reply;

import static dev.hera.agent.interview.reply.ReplyAssertions.assertClean;
import static dev.hera.agent.interview.reply.ReplyAssertions.assertMentions;
import static dev.hera.agent.interview.reply.ReplyAssertions.assertMentionsNone;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;

/** When nothing was understood, Hera asks again gently, in other words, with an example answer. */
class NothingUnderstoodTest {

    private static final Pattern JA_EXAMPLE = Pattern.compile("『([^』]+)』");
    private static final Pattern EN_EXAMPLE = Pattern.compile("“([^”]+)”");

    private final HeraReplies hera = new HeraReplies();

    /** Checks the example answer quoted in the reply, at several turns. */
    private void everyExample(Language language, TestProfiles.Builder profile, Consumer<String> check) {
        for (int turn = 0; turn < 9; turn++) {
            String reply = hera.reply(language, profile.turn(turn, 31));
            assertClean(reply);
            Matcher example = (language == Language.EN ? EN_EXAMPLE : JA_EXAMPLE).matcher(reply);
            assertTrue(example.find(), () -> "no example in: " + reply);
            check.accept(example.group(1));
        }
    }

    @Test
    void japaneseExampleAnswersTheFirstQuestion() {
        everyExample(Language.JA, TestProfiles.builder(), example -> assertMentions(example, "歳", "住んでいます", "年収"));
        everyExample(Language.JA, TestProfiles.osaka().income("450万円").status(RelationshipStatus.SINGLE),
                example -> assertMentions(example, "名前は", "髪"));
        everyExample(Language.JA, TestProfiles.osakaComplete().children(null),
                example -> assertTrue(example.contains("女の子") || example.contains("男の子"), example));
    }

    @Test
    void englishExampleAnswersTheFirstQuestion() {
        everyExample(Language.EN, TestProfiles.builder(), example -> assertMentions(example, "year", "I live in"));
        everyExample(Language.EN, TestProfiles.seattle().income("$90k").status(RelationshipStatus.MARRIED),
                example -> assertMentions(example, "name is", "hair"));
        everyExample(Language.EN, TestProfiles.seattleComplete().traits(null),
                example -> assertMentions(example, "I'm"));
        everyExample(Language.EN, TestProfiles.seattleComplete().children(null),
                example -> assertTrue(example.contains("girl") || example.contains("boy"), example));
    }

    @Test
    void theExampleOnlyCoversWhatIsMissing() {
        everyExample(Language.JA, TestProfiles.osaka(), example -> {
            assertMentions(example, "年収");
            assertMentionsNone(example, "歳", "住んでいます");
        });
        everyExample(Language.EN, TestProfiles.seattle().income("$90k").status(RelationshipStatus.SINGLE)
                .ideal(new Partner("Kenta", null, null, null, null, null, null)),
                example -> assertMentionsNone(example, "name"));
    }

    @Test
    void theReplyStartsGentlyAndAcknowledgesNothing() {
        for (int turn = 0; turn < 9; turn++) {
            String ja = hera.reply(Language.JA, TestProfiles.osaka().turn(turn, 31));
            assertMentionsNone(ja, "なのですね", "大阪");
            String en = hera.reply(Language.EN, TestProfiles.seattle().turn(turn, 31));
            assertMentionsNone(en, "Seattle", "thank you for");
        }
    }
}
