package dev.hera.agent.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hera.model.ChildWish;
import dev.hera.model.ConversationEntry;
import dev.hera.model.Language;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileMerge;
import dev.hera.profile.ProfileRules;

/**
 * The sample interviews through the whole offline engine, with Hera's own replies in the history
 * (the extractor reads her last question for context), as the agent runs them.
 */
class OfflineInterviewEngineTest {

    private final OfflineInterviewEngine engine = new OfflineInterviewEngine();

    private UserProfile interview(Language language, List<String> messages) {
        return interview(language, messages, new ArrayList<>());
    }

    /** The interview, with Hera's replies collected in {@code replies}. */
    private UserProfile interview(Language language, List<String> messages, List<String> replies) {
        UserProfile profile = UserProfile.empty();
        List<ConversationEntry> history = new ArrayList<>();
        history.add(new ConversationEntry("hera", engine.greeting(language, 1), Instant.now()));
        int turn = 1;
        for (String message : messages) {
            InterviewEngine.Step step = engine.compute(new InterviewEngine.Input(language, profile, history, null, message, turn, turn * 7L));
            profile = ProfileMerge.merge(profile, step.fragment());
            history.add(new ConversationEntry("user", message, Instant.now()));
            history.add(new ConversationEntry("hera", step.reply(), Instant.now()));
            replies.add(step.reply());
            turn++;
        }
        return profile;
    }

    @Test
    void theJapaneseSampleInterviewCompletesWithTheRightChildren() {
        UserProfile profile = interview(Language.JA, List.of(
                "こんにちは。32歳の女性で、大阪に住んでいます。",
                "今は独身です。年収は450万円くらいです。",
                "私は好奇心旺盛で、友達と出かけるのが好きな社交的なタイプです。",
                "理想の相手は穏やかで誠実な人。名前はけんたさんがいいな。背が高くて短い黒髪、眼鏡が似合う優しい目の人です。",
                "子供は二人欲しいです。女の子のみおと男の子のそうま。"));
        assertEquals("けんた", profile.idealPartner().name());
        assertEquals(List.of("みお", "そうま"), profile.childrenInfo().stream().map(ChildWish::name).toList());
        assertTrue(ProfileRules.isComplete(profile), ProfileRules.missingFields(profile).toString());
    }

    @Test
    void herasReplyAcknowledgesWhatTheExtractorUnderstood() {
        InterviewEngine.Step en = engine.compute(new InterviewEngine.Input(Language.EN, UserProfile.empty(), List.of(), null,
                "Hi, I'm a 29-year-old man living in Seattle.", 1, 3));
        assertTrue(en.reply().contains("Seattle") && en.reply().contains("29"), en.reply());
        InterviewEngine.Step ja = engine.compute(new InterviewEngine.Input(Language.JA, UserProfile.empty(), List.of(), null,
                "こんにちは。32歳の女性で、大阪に住んでいます。", 1, 3));
        assertTrue(ja.reply().contains("大阪") && ja.reply().contains("32"), ja.reply());
    }

    @Test
    void theEnglishSampleInterviewCompletesWithTheRightChildren() {
        UserProfile profile = interview(Language.EN, List.of(
                "Hi, I'm a 29-year-old man living in Seattle.",
                "I'm married — my wife's name is Emma. I make about $90k a year.",
                "I'm calm and organized, a bit of an introvert.",
                "Emma is cheerful and kind. She has long curly red hair, green eyes and freckles.",
                "We'd love two kids: a girl named Lily and a boy named Noah."));
        assertEquals("Emma", profile.currentPartner().name());
        assertEquals(List.of("Lily", "Noah"), profile.childrenInfo().stream().map(ChildWish::name).toList());
        assertTrue(ProfileRules.isComplete(profile), ProfileRules.missingFields(profile).toString());
    }

    @Test
    void aNameThatIsAlsoAWordIsAskedAboutNotGuessed() {
        List<String> replies = new ArrayList<>();
        UserProfile profile = interview(Language.JA, List.of("28歳の男です。大阪住み。", "彼女がいます。彼女は空です", "うん、そうだよ"), replies);
        assertTrue(replies.get(1).contains("お相手のお名前は「空」、でいいのかな？"), replies.get(1));
        assertEquals("空", profile.currentPartner().name());
        assertEquals(RelationshipStatus.PARTNERED, profile.relationshipStatus());

        replies.clear();
        profile = interview(Language.JA, List.of("子どもは一人、男の子なら海がいいな", "ううん、かいです"), replies);
        assertTrue(replies.get(0).contains("男の子のお名前は「海」、でいいのかな？"), replies.get(0));
        assertEquals(List.of(new ChildWish(dev.hera.model.ChildGender.BOY, "かい", 1)), profile.childrenInfo());

        replies.clear();
        profile = interview(Language.JA, List.of("子どもは一人、男の子なら海がいいな", "ちがうちがう"), replies);
        assertTrue(profile.childrenInfo().stream().allMatch(child -> child.name() == null), profile.childrenInfo().toString());
        assertTrue(!replies.get(1).contains("でいいのかな"), "asked once: " + replies.get(1));
    }

    @Test
    void anEnglishNameCheckIsAnsweredYesOrWithTheRightName() {
        List<String> replies = new ArrayList<>();
        UserProfile profile = interview(Language.EN, List.of("I'm 30, a woman in Leeds.", "My boyfriend is Sky", "No, it's Skye"), replies);
        assertTrue(replies.get(1).contains("Just to check — is \"Sky\" your partner's name?"), replies.get(1));
        assertEquals("Skye", profile.currentPartner().name());
    }

    @Test
    void theKansaiGirlfriendMentionedInPassingIsThePartnerNotTheUser() {
        // the example of issue 19, five messages as a new user would type them
        UserProfile profile = interview(Language.JA, List.of(
                "28歳の男です。大阪に住んでるで。",
                "彼女がいて、名前はみさき。めっちゃ優しくて、ちょっと天然なところがかわいい。",
                "肩くらいの茶色い髪で、目が大きくて、背は低めやな。",
                "年収は400万くらいやな。俺は人見知りやけど、几帳面なほうやと思う。",
                "子どもは二人ほしいな。男の子のはるとと女の子のゆい。"));
        assertEquals(null, profile.userName());
        assertEquals(RelationshipStatus.PARTNERED, profile.relationshipStatus());
        assertEquals("みさき", profile.currentPartner().name());
        assertTrue(profile.currentPartner().appearance().contains("茶色い髪"), profile.currentPartner().appearance());
        assertTrue(profile.currentPartner().personalityTraits().agreeableness() > 0.5);
        Double userAgreeableness = profile.userPersonalityTraits().agreeableness();
        assertTrue(userAgreeableness == null, "the girlfriend's kindness is not the user's: " + userAgreeableness);
        assertTrue(ProfileRules.isComplete(profile), ProfileRules.missingFields(profile).toString());
    }
}
