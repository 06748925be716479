package dev.hera.agent.interview.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.hera.model.Gender;
import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileField;
import dev.hera.profile.ProfileMerge;
import dev.hera.profile.ProfileRules;

/**
 * Whole interviews, message by message: each fragment is merged into the profile with
 * {@link ProfileMerge#merge} and the merged profile is the context of the next message, as the
 * interviewer does. The two interviews of sample-conversations.md, then two more of our own.
 */
class InterviewTest {

    private final ProfileExtractor extractor = new ProfileExtractor();

    /** A running interview. */
    private final class Interview {
        private final Language language;
        private UserProfile profile = UserProfile.empty();
        private Extraction last;

        Interview(Language language) {
            this.language = language;
        }

        Interview say(String message) {
            return say(null, message);
        }

        Interview say(String heraQuestion, String message) {
            last = extractor.extract(message, language, profile, heraQuestion);
            profile = ProfileMerge.merge(profile, last.fragment());
            return this;
        }

        boolean complete() {
            return ProfileRules.isComplete(profile);
        }
    }

    @Test
    void japaneseSampleInterview() {
        Interview i = new Interview(Language.JA);

        i.say("こんにちは。32歳の女性で、大阪に住んでいます。");
        assertEquals(32, i.profile.age());
        assertEquals(Gender.FEMALE, i.profile.gender());
        assertEquals("大阪", i.profile.location());
        assertFalse(i.complete());

        i.say("今は独身です。年収は450万円くらいです。");
        assertEquals(RelationshipStatus.SINGLE, i.profile.relationshipStatus());
        assertEquals("450万円", i.profile.incomeRange());
        assertFalse(i.complete());

        i.say("私は好奇心旺盛で、友達と出かけるのが好きな社交的なタイプです。");
        assertTrue(i.profile.userPersonalityTraits().openness() >= 0.7);
        assertTrue(i.profile.userPersonalityTraits().extraversion() >= 0.7);
        assertFalse(i.complete());

        i.say("理想の相手は穏やかで誠実な人。名前はけんたさんがいいな。背が高くて短い黒髪、眼鏡が似合う優しい目の人です。");
        Partner ideal = i.profile.idealPartner();
        assertNotNull(ideal);
        assertEquals("けんた", ideal.name());
        assertEquals("穏やかで誠実", ideal.temperament());
        assertEquals("背が高くて短い黒髪、眼鏡が似合う優しい目", ideal.appearance());
        assertEquals(ideal.appearance(), i.profile.partnerFaceDescription());
        assertNull(i.profile.currentPartner());
        // the partner's kindness and calm are not the user's
        assertNull(i.profile.userPersonalityTraits().agreeableness());
        assertNull(i.profile.userPersonalityTraits().neuroticism());
        assertFalse(i.complete());

        i.say("子供は二人欲しいです。女の子のみおと男の子のそうま。");
        assertEquals("女:みお,男:そうま", ExtractionCase.kids(i.profile.childrenInfo()));
        assertTrue(i.complete(), () -> "missing " + ProfileRules.missingFields(i.profile));
    }

    @Test
    void englishSampleInterview() {
        Interview i = new Interview(Language.EN);

        i.say("Hi, I'm a 29-year-old man living in Seattle.");
        assertEquals(29, i.profile.age());
        assertEquals(Gender.MALE, i.profile.gender());
        assertEquals("Seattle", i.profile.location());
        assertNull(i.profile.userName(), "\"I'm a ...\" is not a name");

        i.say("I'm married — my wife's name is Emma. I make about $90k a year.");
        assertEquals(RelationshipStatus.MARRIED, i.profile.relationshipStatus());
        assertEquals("Emma", i.profile.currentPartner().name());
        assertEquals("$90,000", i.profile.incomeRange());
        assertNull(i.profile.idealPartner());

        i.say("I'm calm and organized, a bit of an introvert.");
        assertEquals(0.25, i.profile.userPersonalityTraits().neuroticism());
        assertEquals(0.75, i.profile.userPersonalityTraits().conscientiousness());
        assertTrue(i.profile.userPersonalityTraits().extraversion() < 0.4);
        assertFalse(i.complete());

        i.say("Emma is cheerful and kind. She has long curly red hair, green eyes and freckles.");
        Partner emma = i.profile.currentPartner();
        assertEquals("Emma", emma.name());
        assertEquals("cheerful and kind", emma.temperament());
        assertEquals("long curly red hair, green eyes and freckles", emma.appearance());
        assertEquals(emma.appearance(), i.profile.partnerFaceDescription());
        assertNull(i.profile.userPersonalityTraits().agreeableness(), "Emma's kindness is not the user's");
        assertEquals(0.75, emma.personalityTraits().agreeableness());
        assertFalse(i.complete());

        i.say("We'd love two kids: a girl named Lily and a boy named Noah.");
        assertEquals("女:Lily,男:Noah", ExtractionCase.kids(i.profile.childrenInfo()));
        assertTrue(i.complete(), () -> "missing " + ProfileRules.missingFields(i.profile));
    }

    /** Casual speech and Kansai dialect, bare answers to Hera's questions and a correction. */
    @Test
    void kansaiInterview() {
        Interview i = new Interview(Language.JA);

        i.say("はじめまして！お名前と年齢、お住まいを教えてください。", "どうもー！あやかです。うちは27歳の女やで。京都に住んでんねん。");
        assertEquals("あやか", i.profile.userName());
        assertEquals(27, i.profile.age());
        assertEquals(Gender.FEMALE, i.profile.gender());
        assertEquals("京都", i.profile.location());

        i.say("ありがとうございます。交際状況と年収も教えていただけますか？", "彼氏おらへんし独身やで。稼ぎは年収350万くらいやな。");
        assertEquals(RelationshipStatus.SINGLE, i.profile.relationshipStatus());
        assertEquals("350万円", i.profile.incomeRange());

        i.say("年収は350万円くらいですね。", "いや、ほんまは380万やったわ");
        assertEquals("380万円", i.profile.incomeRange());
        assertEquals(Set.of(ProfileField.INCOME_RANGE), i.last.corrected());

        i.say("あなたの性格を教えてください。", "めっちゃ明るいけど、ちょっと心配性なとこもあるねん。人見知りはせえへんよ。");
        assertTrue(i.profile.userPersonalityTraits().extraversion() > 0.7);
        assertEquals(0.65, i.profile.userPersonalityTraits().neuroticism());

        i.say("理想のお相手はどんな人ですか？", "おもろくて優しい人がええな。名前はしょうたくんがええわ。");
        assertEquals("しょうた", i.profile.idealPartner().name());
        assertEquals("おもろくて優しい", i.profile.idealPartner().temperament());
        assertNull(i.profile.userPersonalityTraits().agreeableness(), "the ideal partner's kindness is not the user's");
        assertFalse(i.complete());

        i.say("しょうたくんの見た目はどんな感じがいいですか？", "背が高くて坊主頭で、笑顔がかわいい感じ！");
        assertEquals("背が高くて坊主頭で、笑顔がかわいい", i.profile.idealPartner().appearance());
        assertEquals(i.profile.idealPartner().appearance(), i.profile.partnerFaceDescription());
        assertFalse(i.complete());

        i.say("お子さんは何人、どんな名前がいいですか？", "３人ほしいわ。長男ははると、次女はゆい、三男はそうた！");
        assertEquals("男:はると,女:ゆい,男:そうた", ExtractionCase.kids(i.profile.childrenInfo()));
        assertTrue(i.complete(), () -> "missing " + ProfileRules.missingFields(i.profile));
    }

    /** English with bare answers, a correction, a typo and the ideal partner described over two turns. */
    @Test
    void englishOwnInterview() {
        Interview i = new Interview(Language.EN);

        i.say("Hi! I'm Hera. Tell me a little about yourself.", "Hey! Name's Jordan, 34, and I'm based in Toronto.");
        assertEquals("Jordan", i.profile.userName());
        assertEquals(34, i.profile.age());
        assertEquals("Toronto", i.profile.location());

        i.say("Nice to meet you, Jordan! Are you a man or a woman, and are you seeing anyone?", "A woman. Single, never married.");
        assertEquals(Gender.FEMALE, i.profile.gender());
        assertEquals(RelationshipStatus.SINGLE, i.profile.relationshipStatus());

        i.say("Got it. How old did you say you were?", "Oh wait, I'm actually 35, not 34.");
        assertEquals(35, i.profile.age());
        assertEquals(Set.of(ProfileField.AGE), i.last.corrected());

        i.say("What's your annual income?", "Around 85k CAD.");
        assertEquals("CA$85,000", i.profile.incomeRange());

        i.say("How would you describe your personality?", "Honestly I'm pretty laid-back and curious, not very organized though.");
        assertEquals(0.25, i.profile.userPersonalityTraits().neuroticism());
        assertEquals(0.75, i.profile.userPersonalityTraits().openness());
        assertEquals(0.3, i.profile.userPersonalityTraits().conscientiousness());

        i.say("What would your ideal partner be like?", "My dream partner would be thoughtful and witty, someone named Sam.");
        assertEquals("Sam", i.profile.idealPartner().name());
        assertEquals("thoughtful and witty", i.profile.idealPartner().temperament());
        assertFalse(i.complete());

        i.say("And what does Sam look like?", "Tall, with dark curly hair and glasses.");
        assertEquals("Tall, with dark curly hair and glasses", i.profile.idealPartner().appearance());
        assertFalse(i.complete());

        i.say("Would you like children?", "I'd like three someday: a boy called Leo, a girl called Mia, and another girl named Ava.");
        assertEquals("男:Leo,女:Mia,女:Ava", ExtractionCase.kids(i.profile.childrenInfo()));
        assertEquals("Toronto", i.profile.location(), "earlier answers are kept");
        assertTrue(i.complete(), () -> "missing " + ProfileRules.missingFields(i.profile));
    }

    /**
     * A count alone is in the fragment (two children with nothing known yet), but the merge prunes
     * children with neither gender nor name, so the count does not survive; named children of a
     * later message are then added as they come, once each.
     */
    @Test
    void childrenCountedThenNamed() {
        Interview i = new Interview(Language.JA);
        i.say("子供は二人欲しいです。");
        assertEquals("?:?,?:?", ExtractionCase.kids(i.last.fragment().childrenInfo()));
        assertTrue(i.last.understood().contains("children_info[2]=?/?"));
        i.say("お子さんのお名前は？", "女の子のみおと男の子のそうまがいいな");
        assertEquals("女:みお,男:そうま", ExtractionCase.kids(i.profile.childrenInfo()));
        i.say("みおちゃんとそうまくん、素敵ですね。", "女の子のみおと男の子のそうま、やっぱりこれで！");
        assertEquals("女:みお,男:そうま", ExtractionCase.kids(i.profile.childrenInfo()), "a repeated wish is not added twice");
    }

    /** Genders first, names later: the merge gives each name to the child of its gender. */
    @Test
    void childrenGenderedThenNamed() {
        Interview i = new Interview(Language.JA);
        i.say("男の子と女の子が一人ずつ欲しいな");
        assertEquals("男:?,女:?", ExtractionCase.kids(i.profile.childrenInfo()));
        i.say("女の子はみお、男の子はそうまにしたい");
        assertEquals("男:そうま,女:みお", ExtractionCase.kids(i.profile.childrenInfo()));
    }

    /** A married man answering Hera's questions; the wife's details come over three turns. */
    @Test
    void japaneseMarriedInterview() {
        Interview i = new Interview(Language.JA);
        i.say("はじめまして、ヘーラーです。まずはあなたのことを教えてください。", "こんばんは！34歳、会社員の男です。福岡市に住んでます。");
        i.say("ありがとうございます。ご結婚はされていますか？年収も教えてください。", "はい、妻と二人で暮らしています。年収は650万円前後です。");
        assertEquals(RelationshipStatus.MARRIED, i.profile.relationshipStatus());
        assertEquals("650万円", i.profile.incomeRange());

        i.say("奥様のお名前と、どんな方か教えてください。", "妻はあかりといいます。しっかり者で、気配りができる人です。");
        assertEquals("あかり", i.profile.currentPartner().name());
        assertNull(i.profile.userName(), "the wife's name is not the user's");
        assertNull(i.profile.userPersonalityTraits(), "the wife's character is not the user's");

        i.say("あなた自身の性格は？", "自分はのんびり屋で、わりと社交的なほうだと思います。");
        assertEquals(0.65, i.profile.userPersonalityTraits().extraversion());

        i.say("奥様の見た目の特徴を教えてください。", "黒髪のロングで、目がくりっとしていて、笑顔がかわいいです。");
        assertEquals("黒髪のロングで、目がくりっとしていて、笑顔がかわいい", i.profile.currentPartner().appearance());
        assertNull(i.profile.idealPartner());
        assertFalse(i.complete());

        i.say("お子さんは何人、どんなお名前がいいですか？", "二人ほしいです。上が女の子でひまり、下が男の子でれん。");
        assertEquals("女:ひまり,男:れん", ExtractionCase.kids(i.profile.childrenInfo()));
        assertEquals(Gender.MALE, i.profile.gender());
        assertTrue(i.complete(), () -> "missing " + ProfileRules.missingFields(i.profile));
    }

    /** A woman with a boyfriend; hometown and home differ; the boyfriend's looks follow his character. */
    @Test
    void englishPartneredInterview() {
        Interview i = new Interview(Language.EN);
        i.say("Hi, I'm Hera! Tell me about yourself.",
                "Hello Hera! I'm Olivia, a 31 year old woman from Dublin, Ireland. I currently live in London.");
        assertEquals("Olivia", i.profile.userName());
        assertEquals(31, i.profile.age());
        assertEquals(Gender.FEMALE, i.profile.gender());
        assertEquals("London", i.profile.location());

        i.say("Lovely! Are you in a relationship? And roughly what's your income?",
                "I've been with my boyfriend for three years. I earn about £48k.");
        assertEquals(RelationshipStatus.PARTNERED, i.profile.relationshipStatus());
        assertEquals("£48,000", i.profile.incomeRange());

        i.say("How would you describe yourself?", "I'd say I'm creative and easy-going, though I can be a little disorganised.");
        assertEquals(0.35, i.profile.userPersonalityTraits().conscientiousness());

        i.say("Tell me about your boyfriend — his name, personality and looks.",
                "His name is Tom. He's thoughtful and a bit shy, with messy brown hair and a scruffy beard.");
        Partner tom = i.profile.currentPartner();
        assertEquals("Tom", tom.name());
        assertEquals("thoughtful and a bit shy", tom.temperament());
        assertEquals("messy brown hair and a scruffy beard", tom.appearance());
        assertNull(tom.personalityTraits().conscientiousness(), "messy hair says nothing about character");
        assertNull(i.profile.childrenInfo(), "\"personality\" is no question about a son");
        assertFalse(i.complete());

        i.say("Would you like children?", "Definitely! Two would be perfect — maybe a girl called Isla and a boy called Finn.");
        assertEquals("女:Isla,男:Finn", ExtractionCase.kids(i.profile.childrenInfo()));
        assertTrue(i.complete(), () -> "missing " + ProfileRules.missingFields(i.profile));
    }
}
