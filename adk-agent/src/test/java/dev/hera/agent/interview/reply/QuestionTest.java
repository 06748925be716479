package dev.hera.agent.interview.reply;

import static dev.hera.agent.interview.reply.ReplyAssertions.assertClean;
import static dev.hera.agent.interview.reply.ReplyAssertions.assertMentions;
import static dev.hera.agent.interview.reply.ReplyAssertions.assertMentionsNone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.hera.agent.interview.reply.QuestionPlan.Topic;
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

/** The second part of a reply: what is still missing, a few topics at a time. */
class QuestionTest {

    private static final int TURNS = 12;
    private final HeraReplies hera = new HeraReplies();

    /** Runs the check on the reply at several turns, with and without something understood. */
    private void everyReply(Language language, TestProfiles.Builder profile, Consumer<String> check) {
        for (int turn = 0; turn < TURNS; turn++) {
            String heard = hera.reply(language, profile.turn(turn, 21, "income_range"));
            String unheard = hera.reply(language, profile.turn(turn, 21));
            check.accept(heard);
            check.accept(unheard);
            assertClean(heard);
            assertClean(unheard);
        }
    }

    private static List<Topic> topics(TestProfiles.Builder profile) {
        UserProfile built = profile.build();
        return QuestionPlan.of(built, ProfileRules.missingFields(built)).topics();
    }

    @Test
    void missingFactsAreAskedForByTheirLabels() {
        TestProfiles.Builder onlyAge = TestProfiles.builder().age(30);
        everyReply(Language.JA, onlyAge, reply -> assertMentions(reply, "性別", "居住地", "年収", "交際状況"));
        everyReply(Language.EN, onlyAge,
                reply -> assertMentions(reply, "gender", "where you live", "annual income", "relationship status"));
        everyReply(Language.EN, onlyAge, reply -> assertMentionsNone(reply, "your age"));
    }

    @Test
    void labelsComeFromProfileField() {
        String items = Questions.basicItems(Language.JA, List.of(ProfileField.AGE, ProfileField.LOCATION), false);
        assertEquals(ProfileField.AGE.japaneseLabel() + "と" + ProfileField.LOCATION.japaneseLabel(), items);
        assertEquals("your age, your gender and where you live", Questions.basicItems(Language.EN,
                List.of(ProfileField.AGE, ProfileField.GENDER, ProfileField.LOCATION), false));
    }

    @Test
    void relationshipStatusIsAskedAloneWhenTheFactsAreKnown() {
        TestProfiles.Builder profile = TestProfiles.osaka().income("450万円");
        everyReply(Language.JA, profile, reply -> assertMentions(reply, "交際状況", "独身"));
        everyReply(Language.EN, profile, reply -> assertMentions(reply, "relationship status", "single"));
    }

    @Test
    void singleUsersAreAskedAboutTheirIdealPartner() {
        TestProfiles.Builder profile = TestProfiles.osaka().income("450万円").status(RelationshipStatus.SINGLE);
        everyReply(Language.JA, profile, reply -> assertMentions(reply, "理想のお相手", "名前", "性格", "外見"));
        everyReply(Language.EN, profile, reply -> assertMentions(reply, "ideal partner", "name", "personality", "look"));
    }

    @Test
    void otherStatusIsAskedAboutTheIdealPartnerToo() {
        TestProfiles.Builder profile = TestProfiles.seattle().income("$90k").status(RelationshipStatus.OTHER);
        everyReply(Language.EN, profile, reply -> assertMentions(reply, "ideal partner"));
    }

    @Test
    void marriedUsersAreAskedAboutTheirCurrentPartnerNotAnIdealOne() {
        TestProfiles.Builder married = TestProfiles.seattle().income("$90k").status(RelationshipStatus.MARRIED);
        everyReply(Language.EN, married, reply -> {
            assertMentions(reply, "your partner", "name", "personality", "look");
            assertMentionsNone(reply, "ideal");
        });
        TestProfiles.Builder partnered = TestProfiles.osaka().income("450万円").status(RelationshipStatus.PARTNERED);
        everyReply(Language.JA, partnered, reply -> {
            assertMentions(reply, "あなたのパートナー", "名前", "性格", "外見");
            assertMentionsNone(reply, "理想");
        });
    }

    @Test
    void theKnownPartnerNameIsUsedAndNotAskedForAgain() {
        TestProfiles.Builder married = TestProfiles.seattle().income("$90k").status(RelationshipStatus.MARRIED)
                .current(new Partner("Emma", null, null, null, null, null, null));
        everyReply(Language.EN, married, reply -> {
            assertMentions(reply, "Emma", "personality", "look");
            assertMentionsNone(reply, "their name", "your partner");
        });
        TestProfiles.Builder single = TestProfiles.osaka().income("450万円").status(RelationshipStatus.SINGLE)
                .ideal(new Partner("けんた", null, null, "穏やか", null, null, null));
        everyReply(Language.JA, single, reply -> {
            assertMentions(reply, "けんたさん", "外見");
            assertMentionsNone(reply, "お名前（", "性格、", "性格と");
        });
    }

    /** Asking for the name alone, Hera neither asks what the partner is like nor to describe a name (in English). */
    @Test
    void theNameAloneIsAskedForAsAName() {
        TestProfiles.Builder single = TestProfiles.seattle().income("$90k").status(RelationshipStatus.SINGLE)
                .ideal(new Partner(null, null, null, "kind", null, null, "tall")).face("tall");
        everyReply(Language.EN, single, reply -> {
            assertMentions(reply, "their name");
            assertMentionsNone(reply, "partner like?", "describe their name", "their personality");
        });
        TestProfiles.Builder singleJa = TestProfiles.osaka().income("450万円").status(RelationshipStatus.SINGLE)
                .ideal(new Partner(null, null, null, "穏やか", null, null, "背が高い")).face("背が高い");
        everyReply(Language.JA, singleJa, reply -> assertMentions(reply, "お名前"));
    }

    @Test
    void onlyTheMissingFaceIsAskedWhenThePartnerIsOtherwiseComplete() {
        TestProfiles.Builder profile = TestProfiles.seattleComplete().face(null);
        assertEquals(List.of(Topic.PARTNER), topics(profile));
        everyReply(Language.EN, profile, reply -> {
            assertMentions(reply, "Emma", "look");
            assertMentionsNone(reply, "personality", "their name");
        });
    }

    @Test
    void withoutAStatusThePartnerWaitsAndTheStatusIsAsked() {
        TestProfiles.Builder profile = TestProfiles.osaka().income("450万円");
        assertEquals(Topic.RELATIONSHIP, topics(profile).get(0));
        assertTrue(!topics(profile).contains(Topic.PARTNER));
        everyReply(Language.JA, profile, reply -> assertMentionsNone(reply, "理想のお相手", "あなたのパートナー", "外見"));
    }

    @Test
    void missingChildrenAreAskedForWithCountKindAndNames() {
        TestProfiles.Builder profile = TestProfiles.osakaComplete().children(null);
        everyReply(Language.JA, profile, reply -> assertMentions(reply, "お子さん", "男の子", "女の子", "名前"));
        TestProfiles.Builder english = TestProfiles.seattleComplete().children(null);
        everyReply(Language.EN, english, reply -> assertMentions(reply, "children", "boys", "girls", "name"));
    }

    @Test
    void childrenWithoutNamesAreAskedForNames() {
        List<ChildWish> girl = List.of(new ChildWish(ChildGender.GIRL, null, null));
        everyReply(Language.JA, TestProfiles.osakaComplete().children(girl),
                reply -> assertMentions(reply, "女の子", "名前"));
        everyReply(Language.EN, TestProfiles.seattleComplete().children(girl),
                reply -> assertMentions(reply, "the girl", "name"));
    }

    @Test
    void childrenWithoutAGenderAreAskedBoyOrGirl() {
        List<ChildWish> named = List.of(new ChildWish(null, "Sam", null));
        everyReply(Language.EN, TestProfiles.seattleComplete().children(named),
                reply -> assertMentions(reply, "Sam", "a boy or a girl"));
        List<ChildWish> twoNamed = List.of(new ChildWish(null, "Sam", null), new ChildWish(null, "Kai", null));
        everyReply(Language.EN, TestProfiles.seattleComplete().children(twoNamed),
                reply -> assertMentions(reply, "Sam and Kai", "boys"));
        everyReply(Language.JA, TestProfiles.osakaComplete().children(List.of(new ChildWish(null, "ひな", null))),
                reply -> assertMentions(reply, "ひな", "男の子", "女の子"));
    }

    @Test
    void personalityIsAskedForAndAskedForMoreWhenHalfKnown() {
        TestProfiles.Builder none = TestProfiles.seattleComplete().traits(null);
        everyReply(Language.EN, none, reply -> assertMentions(reply, "personality"));
        everyReply(Language.JA, TestProfiles.osakaComplete().traits(null), reply -> assertMentions(reply, "性格"));
        TestProfiles.Builder half = TestProfiles.seattleComplete().traits(new BigFive(0.8, null, null, null, null));
        everyReply(Language.EN, half, reply -> assertMentions(reply, "more", "personality"));
        everyReply(Language.JA, TestProfiles.osakaComplete().traits(new BigFive(0.8, null, null, null, null)),
                reply -> assertMentions(reply, "もう", "性格"));
    }

    @Test
    void severalItemsAreAskedTogether() {
        String reply = hera.reply(Language.EN, TestProfiles.builder().gender(Gender.FEMALE).turn(1, 1, "gender"));
        assertMentions(reply, "your age", "where you live", "annual income", "relationship status");
    }

    @Test
    void atMostTwoTopicsInTheDesignedOrder() {
        assertEquals(List.of(Topic.BASICS, Topic.RELATIONSHIP), topics(TestProfiles.builder()));
        assertEquals(List.of(Topic.PARTNER, Topic.PERSONALITY),
                topics(TestProfiles.seattle().income("$90k").status(RelationshipStatus.MARRIED)));
        assertEquals(List.of(Topic.PARTNER, Topic.CHILDREN), topics(TestProfiles.osakaComplete().ideal(null).face(null)
                .children(null)));
        assertEquals(List.of(Topic.CHILDREN), topics(TestProfiles.osakaComplete().children(null)));
    }

    @Test
    void topicsLeftForLaterAreNotAskedYet() {
        TestProfiles.Builder early = TestProfiles.osaka();
        everyReply(Language.JA, early, reply -> assertMentionsNone(reply, "お子さん", "外見"));
        everyReply(Language.EN, TestProfiles.seattle(), reply -> assertMentionsNone(reply, "children", "personality"));
    }
}
