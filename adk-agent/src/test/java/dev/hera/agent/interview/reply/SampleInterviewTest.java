package dev.hera.agent.interview.reply;

import static dev.hera.agent.interview.reply.ReplyAssertions.assertClean;
import static dev.hera.agent.interview.reply.ReplyAssertions.assertMentions;
import static dev.hera.agent.interview.reply.ReplyAssertions.assertMentionsNone;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileRules;

/**
 * The visible sample interviews (shared/docs/sample-conversations.md), turn by turn, with the
 * profile the extractor is expected to produce: each reply acknowledges that turn and asks for
 * what the next turn of the sample answers.
 */
class SampleInterviewTest {

    private static final long SEED = 20240607L;
    private final HeraReplies hera = new HeraReplies();

    private String turn(Language language, TestProfiles.Builder profile, int turn, String... understood) {
        UserProfile built = profile.build();
        String reply = hera.reply(language, new ReplyContext(built, ProfileRules.missingFields(built),
                List.of(understood), turn, SEED, ProfileRules.isComplete(built)));
        assertClean(reply);
        return reply;
    }

    @Test
    void japaneseInterview() {
        assertMentions(hera.greeting(Language.JA, SEED), "年齢", "性別", "居住地");

        TestProfiles.Builder profile = TestProfiles.osaka();
        String first = turn(Language.JA, profile, 1, "age", "gender", "location");
        assertMentions(first, "大阪にお住まいの32歳の女性", "年収", "交際状況");

        profile.status(RelationshipStatus.SINGLE).income("450万円");
        String second = turn(Language.JA, profile, 2, "relationship_status", "income_range");
        assertMentions(second, "450万円", "理想のお相手", "性格");

        profile.traits(TestProfiles.CURIOUS_SOCIAL);
        String third = turn(Language.JA, profile, 3, "user_personality_traits");
        assertMentions(third, "好奇心旺盛で社交的", "理想のお相手", "お子さん");

        profile.ideal(TestProfiles.KENTA).face(TestProfiles.KENTA.appearance());
        String fourth = turn(Language.JA, profile, 4, "partner.name", "partner.temperament", "partner.appearance");
        assertMentions(fourth, "けんたさん", "穏やかで誠実", "お子さん", "名前");

        profile.children(TestProfiles.MIO_SOUMA);
        String fifth = turn(Language.JA, profile, 5, "children_info");
        assertMentions(fifth, "みおちゃん", "そうまくん", "十分な情報が揃いました");
    }

    @Test
    void englishInterview() {
        assertMentions(hera.greeting(Language.EN, SEED), "age", "gender", "where you live");

        TestProfiles.Builder profile = TestProfiles.seattle();
        String first = turn(Language.EN, profile, 1, "age", "gender", "location");
        assertMentions(first, "29-year-old man", "Seattle", "annual income", "relationship status");

        profile.status(RelationshipStatus.MARRIED).income("$90k")
                .current(new Partner("Emma", null, null, null, null, null, null));
        String second = turn(Language.EN, profile, 2, "relationship_status", "partner.name", "income_range");
        assertMentions(second, "$90k", "Emma", "personality", "look");
        assertMentionsNone(second, "ideal");

        profile.traits(TestProfiles.CALM_ORGANIZED_INTROVERT);
        String third = turn(Language.EN, profile, 3, "user_personality_traits");
        assertMentions(third, "organized", "Emma", "children");

        profile.current(TestProfiles.EMMA).face(TestProfiles.EMMA.appearance());
        String fourth = turn(Language.EN, profile, 4, "partner.temperament", "partner.appearance");
        assertMentions(fourth, "cheerful and kind", "freckles", "children", "name");

        profile.children(TestProfiles.LILY_NOAH);
        String fifth = turn(Language.EN, profile, 5, "children_info");
        assertMentions(fifth, "Lily", "Noah", "Thank you");
        assertMentionsNone(fifth, "?");
    }
}
