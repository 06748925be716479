package dev.hera.agent.interview.reply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hera.agent.text.Template;
import dev.hera.model.BigFive;
import dev.hera.model.ChildWish;
import dev.hera.model.Gender;
import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.RelationshipStatus.PartnerField;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileRules;

/**
 * Hera's warm acknowledgement of what was understood this turn, quoting the values from the
 * profile: 「大阪にお住まいの32歳の女性なのですね。」, "Seattle — what a lovely place to call home."
 * A note whose value is not in the profile is passed over rather than acknowledged vaguely.
 */
final class Acknowledgements {

    static final Phrases USER_NAME = Phrases.of(List.of(
            "{name}、すてきなお名前ですね。",
            "{name}とお呼びしますね。",
            "{name}、お名前を教えてくださってありがとうございます。"), List.of(
            "{name} — what a lovely name.",
            "I'll call you {name}, then.",
            "Thank you for telling me your name, {name}."));

    static final Phrases BASICS = Phrases.of(List.of(
            "{desc}なのですね。",
            "{desc}でいらっしゃるのですね。教えてくださってありがとうございます。",
            "まあ、{desc}なのですね。お話しできて嬉しいです。",
            "{desc}――しっかりと心に刻みました。"), List.of(
            "So {clause} — thank you for telling me.",
            "I see: {clause}.",
            "How lovely — {clause}.",
            "Thank you for sharing that {clause}."));

    static final Phrases LOCATION = Phrases.of(List.of(
            "{loc}は素敵なところですね。",
            "{loc}での毎日は、きっと彩り豊かなのでしょうね。",
            "{loc}での温かな暮らしが、目に浮かぶようです。",
            "{loc}で紡がれるあなたの日々を思うと、心がなごみます。"), List.of(
            "{loc} — what a lovely place to call home.",
            "I can picture your days in {loc}; what a wonderful place to live.",
            "{loc} sounds like a warm place to make a home.",
            "What a lovely home {loc} must be."));

    static final Phrases INCOME = Phrases.of(List.of(
            "収入は{income}なのですね。率直に教えてくださってありがとうございます。",
            "収入は{income}とのこと、大切に受け止めました。",
            "収入は{income}――心に留めておきますね。"), List.of(
            "An income of {income} — thank you for trusting me with that.",
            "Thank you for sharing your income ({income}).",
            "I've noted your income of {income} with care."));

    static final Phrases MARRIED = Phrases.of(List.of(
            "ご結婚されているのですね。",
            "素敵な伴侶と結ばれていらっしゃるのですね。",
            "ご結婚されているとのこと、家庭を守る神として嬉しく思います。"), List.of(
            "You're married — how wonderful; marriage is dear to my heart.",
            "So you've found your spouse; I'm so glad.",
            "Married! As guardian of marriage, that warms my heart."));

    static final Phrases PARTNERED = Phrases.of(List.of(
            "大切なお相手がいらっしゃるのですね。",
            "今はお付き合いしている方がいらっしゃるのですね、素敵です。",
            "愛する人がそばにいるのですね。"), List.of(
            "You have someone special in your life — how lovely.",
            "So you're in a relationship; I'm glad you have someone by your side.",
            "Someone dear is already at your side — wonderful."));

    static final Phrases SINGLE = Phrases.of(List.of(
            "今はおひとりなのですね。",
            "今は独身でいらっしゃるのですね。これからの出会いが楽しみですね。",
            "おひとりの今だからこそ、理想を自由に描けますね。"), List.of(
            "You're single for now — that leaves your heart free to dream.",
            "So you're single; someone may well be waiting for you.",
            "Single for now — what a lovely time to picture your ideal partner."));

    static final Phrases OTHER_STATUS = Phrases.of(List.of(
            "今のあなたの歩みを、大切に受け止めました。",
            "教えてくださってありがとうございます。あなたらしい形で大丈夫ですよ。",
            "あなたの今の在り方、よくわかりました。"), List.of(
            "Thank you for telling me where you are in love and life.",
            "I understand — every path of the heart is welcome here.",
            "Thank you; your own way is exactly right."));

    static final Phrases PERSONALITY = Phrases.of(List.of(
            "{traits}ところが、あなたの魅力なのですね。",
            "{traits}あなたの姿が、目に浮かぶようです。",
            "あなたは{traits}方なのですね。素敵です。",
            "{traits}ところ、とても素敵だと思います。"), List.of(
            "You sound {traits} — what a lovely spirit.",
            "{^traits}: I can feel that in your words.",
            "I can tell you're {traits}, and I love that about you.",
            "{^article} {traits} heart — that's a gift to any family."));

    static final Phrases PERSONALITY_PLAIN = Phrases.of(List.of(
            "あなたらしさが、言葉から伝わってきました。",
            "あなたの人柄が、少しずつ見えてきました。",
            "ご自分のことを教えてくださって、ありがとうございます。"), List.of(
            "I can feel who you are in your words.",
            "Your character is coming into view, little by little.",
            "Thank you for telling me about yourself."));

    static final Phrases IDEAL_NAME = Phrases.of(List.of(
            "理想のお相手のお名前は{name}――素敵な響きですね。",
            "{name}、やさしい響きのお名前ですね。",
            "{name}と呼べる日が、いつか来るといいですね。"), List.of(
            "{name} — what a lovely name for your ideal partner.",
            "{name}: I like the sound of that.",
            "{name} it is — a name full of promise."));

    static final Phrases CURRENT_NAME = Phrases.of(List.of(
            "{name}とおっしゃるのですね。素敵なお名前です。",
            "パートナーの{name}、お名前を教えてくださってありがとうございます。",
            "{name}――あなたの大切な方のお名前、しっかり覚えました。"), List.of(
            "{name} — what a beautiful name.",
            "So your partner is {name}; I'll remember that.",
            "Thank you for introducing me to {name}."));

    static final Phrases TEMPERAMENT = Phrases.of(List.of(
            "{who}のお人柄は「{t}」なのですね。",
            "「{t}」――{who}のぬくもりが伝わってきます。",
            "{who}は{t}とのこと、一緒にいると心が安らぎそうですね。"), List.of(
            "{^who} is {t} — I can feel the warmth already.",
            "“{t}” — what a lovely picture of {who}.",
            "I love how you see {who}: {t}."));

    static final Phrases APPEARANCE = Phrases.of(List.of(
            "「{looks}」――{who}の姿が目に浮かぶようです。",
            "{who}の姿、「{looks}」と伺って、はっきり思い描けました。",
            "「{looks}」、とても素敵ですね。"), List.of(
            "“{looks}” — I can picture {who} clearly.",
            "I can almost see {who}: {looks}.",
            "How lovely: {looks}."));

    static final Phrases CHILDREN = Phrases.of(List.of(
            "{kids}――想像するだけで、胸があたたかくなります。",
            "お子さんは{count}、{kids}なのですね。なんて幸せな光景でしょう。",
            "{kids}の笑い声が、今にも聞こえてきそうです。"), List.of(
            "{^kids} — my heart is warm already.",
            "{^count}: {kids}. What a joyful family that will be.",
            "I can almost hear {kids} laughing."));

    /** Words for a clearly high or low Big Five score; the middle says nothing worth repeating. */
    private record TraitWord(BigFive.Trait trait, boolean high, String jaJoin, String jaEnd, String en) {
    }

    private static final List<TraitWord> TRAIT_WORDS = List.of(
            new TraitWord(BigFive.Trait.OPENNESS, true, "好奇心旺盛で", "好奇心旺盛な", "curious"),
            new TraitWord(BigFive.Trait.OPENNESS, false, "堅実で", "堅実な", "down-to-earth"),
            new TraitWord(BigFive.Trait.CONSCIENTIOUSNESS, true, "きちんとしていて", "きちんとした", "organized"),
            new TraitWord(BigFive.Trait.CONSCIENTIOUSNESS, false, "おおらかで", "おおらかな", "easygoing"),
            new TraitWord(BigFive.Trait.EXTRAVERSION, true, "社交的で", "社交的な", "outgoing"),
            new TraitWord(BigFive.Trait.EXTRAVERSION, false, "物静かで", "物静かな", "reflective"),
            new TraitWord(BigFive.Trait.AGREEABLENESS, true, "思いやりがあって", "思いやりのある", "kind-hearted"),
            new TraitWord(BigFive.Trait.AGREEABLENESS, false, "率直で", "率直な", "straightforward"),
            new TraitWord(BigFive.Trait.NEUROTICISM, true, "繊細で", "繊細な", "sensitive"),
            new TraitWord(BigFive.Trait.NEUROTICISM, false, "穏やかで", "穏やかな", "calm"));

    /** How far from the middle (0.5) a score must be to be put into words. */
    private static final double SALIENT = 0.15;
    /** How many trait words one acknowledgement uses. */
    private static final int MAX_TRAIT_WORDS = 2;

    private Acknowledgements() {
    }

    /** The acknowledgement sentences for {@code understood}; empty when none has a value to quote. */
    static List<String> sentences(Language language, UserProfile profile, Set<Understood> understood,
            Variants variants) {
        List<String> out = new ArrayList<>();
        if (understood.contains(Understood.USER_NAME) && ProfileRules.hasText(profile.userName())) {
            out.add(fill(variants, "a.name", USER_NAME, language, Map.of("name",
                    Wording.personName(language, profile.userName()))));
        }
        basics(language, profile, understood, variants, out);
        if (understood.contains(Understood.INCOME) && ProfileRules.hasText(profile.incomeRange())) {
            out.add(fill(variants, "a.income", INCOME, language,
                    Map.of("income", Wording.quote(profile.incomeRange()))));
        }
        if (understood.contains(Understood.RELATIONSHIP_STATUS) && profile.relationshipStatus() != null) {
            out.add(variants.pick("a.status", status(profile.relationshipStatus()).in(language)));
        }
        if (understood.contains(Understood.PERSONALITY) && profile.userPersonalityTraits() != null
                && profile.userPersonalityTraits().count() > 0) {
            out.add(personality(language, profile.userPersonalityTraits(), variants));
        }
        partner(language, profile, understood, variants, out);
        if (understood.contains(Understood.CHILDREN)) {
            children(language, profile.childrenInfo(), variants, out);
        }
        return out;
    }

    private static String fill(Variants variants, String slot, Phrases phrases, Language language,
            Map<String, String> values) {
        return Template.fill(variants.pick(slot, phrases.in(language)), values);
    }

    private static void basics(Language language, UserProfile profile, Set<Understood> understood,
            Variants variants, List<String> out) {
        Integer age = understood.contains(Understood.AGE) ? profile.age() : null;
        Gender gender = understood.contains(Understood.GENDER) ? profile.gender() : null;
        String location = understood.contains(Understood.LOCATION) ? Wording.quote(profile.location()) : "";
        String person = language == Language.EN ? englishClause(age, gender, location)
                : japaneseDescription(age, gender, location);
        if (person != null) {
            out.add(fill(variants, "a.basics", BASICS, language, Map.of("desc", person, "clause", person)));
        }
        if (!location.isEmpty()) {
            out.add(fill(variants, "a.location", LOCATION, language, Map.of("loc", location)));
        }
    }

    /** 「大阪にお住まいの32歳の女性」; null when there is nothing to say. */
    private static String japaneseDescription(Integer age, Gender gender, String location) {
        boolean gendered = gender == Gender.MALE || gender == Gender.FEMALE;
        if (age == null && !gendered && location.isEmpty()) {
            return null;
        }
        String noun = gendered ? gender.value() : "方";
        return (location.isEmpty() ? "" : location + "にお住まいの") + (age == null ? "" : age + "歳の") + noun;
    }

    /** "you're a 29-year-old man living in Seattle"; null when there is nothing to say. */
    private static String englishClause(Integer age, Gender gender, String location) {
        String noun = gender == Gender.MALE ? "man" : gender == Gender.FEMALE ? "woman" : null;
        String clause;
        boolean ageOnly = false;
        if (age != null && noun != null) {
            clause = "you're " + Wording.article(age.toString()) + " " + age + "-year-old " + noun;
        } else if (age != null) {
            clause = "you're " + age;
            ageOnly = true;
        } else if (noun != null) {
            clause = "you're a " + noun;
        } else {
            clause = null;
        }
        if (location.isEmpty()) {
            return clause;
        }
        if (clause == null) {
            return "you live in " + location;
        }
        return clause + (ageOnly ? " and live in " : " living in ") + location;
    }

    private static Phrases status(RelationshipStatus status) {
        return switch (status) {
            case MARRIED -> MARRIED;
            case PARTNERED -> PARTNERED;
            case SINGLE -> SINGLE;
            case OTHER -> OTHER_STATUS;
        };
    }

    private static String personality(Language language, BigFive traits, Variants variants) {
        List<TraitWord> words = TRAIT_WORDS.stream().filter(word -> isSalient(word, traits))
                .sorted(Comparator.comparingDouble((TraitWord word) -> -distance(word, traits)))
                .limit(MAX_TRAIT_WORDS)
                .sorted(Comparator.comparingInt((TraitWord word) -> word.trait().ordinal()))
                .toList();
        if (words.isEmpty()) {
            return variants.pick("a.personality", PERSONALITY_PLAIN.in(language));
        }
        String phrase;
        if (language == Language.EN) {
            phrase = Wording.and(language, words.stream().map(TraitWord::en).toList());
        } else {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < words.size() - 1; i++) {
                joined.append(words.get(i).jaJoin());
            }
            phrase = joined.append(words.get(words.size() - 1).jaEnd()).toString();
        }
        return fill(variants, "a.personality", PERSONALITY, language,
                Map.of("traits", phrase, "article", Wording.article(phrase)));
    }

    private static boolean isSalient(TraitWord word, BigFive traits) {
        Double score = word.trait().valueIn(traits);
        if (score == null || !Double.isFinite(score)) {
            return false;
        }
        return word.high() ? score >= 0.5 + SALIENT : score <= 0.5 - SALIENT;
    }

    private static double distance(TraitWord word, BigFive traits) {
        return Math.abs(word.trait().valueIn(traits) - 0.5);
    }

    private static void partner(Language language, UserProfile profile, Set<Understood> understood,
            Variants variants, List<String> out) {
        PartnerField kind = profile.requiredPartnerField()
                .orElse(profile.currentPartner() != null ? PartnerField.CURRENT : PartnerField.IDEAL);
        boolean ideal = kind == PartnerField.IDEAL;
        Partner partner = profile.partner(kind);
        String name = partner != null && ProfileRules.hasText(partner.name())
                ? Wording.personName(language, partner.name())
                : "";
        String who = !name.isEmpty() ? name : unnamedPartner(language, ideal);
        if (understood.contains(Understood.PARTNER_NAME) && !name.isEmpty()) {
            out.add(fill(variants, "a.partner.name", ideal ? IDEAL_NAME : CURRENT_NAME, language,
                    Map.of("name", name)));
        }
        if (understood.contains(Understood.PARTNER_TEMPERAMENT) && partner != null) {
            String temperament = Wording.quote(partner.temperament());
            if (!temperament.isEmpty()) {
                out.add(fill(variants, "a.partner.temperament", TEMPERAMENT, language,
                        Map.of("who", who, "t", temperament)));
            }
        }
        if (understood.contains(Understood.PARTNER_APPEARANCE)) {
            String looks = Wording.quote(partner != null && ProfileRules.hasText(partner.appearance())
                    ? partner.appearance()
                    : profile.partnerFaceDescription());
            if (!looks.isEmpty()) {
                out.add(fill(variants, "a.partner.looks", APPEARANCE, language, Map.of("who", who, "looks", looks)));
            }
        }
    }

    private static String unnamedPartner(Language language, boolean ideal) {
        if (language == Language.EN) {
            return ideal ? "your ideal partner" : "your partner";
        }
        return ideal ? "理想のお相手" : "パートナーの方";
    }

    private static void children(Language language, List<ChildWish> children, Variants variants,
            List<String> out) {
        long described = Wording.present(children).stream()
                .filter(child -> !Wording.child(language, child).isEmpty()).count();
        if (described == 0) {
            return;
        }
        out.add(fill(variants, "a.children", CHILDREN, language, Map.of("kids", Wording.children(language, children),
                "count", Wording.childCount(language, (int) described))));
    }
}
