package dev.hera.agent.interview.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.hera.agent.interview.reply.QuestionPlan.PartnerDetail;
import dev.hera.agent.interview.reply.QuestionPlan.Topic;
import dev.hera.agent.text.Template;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus.PartnerField;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileField;
import dev.hera.profile.ProfileRules;

/**
 * Hera's questions, one sentence per topic of a {@link QuestionPlan}, and an example answer for
 * when the user did not understand what was asked. The simple facts are named by their
 * {@link ProfileField} labels.
 */
final class Questions {

    static final Phrases BASICS = Phrases.of(List.of(
            "よろしければ、{items}を教えていただけますか？",
            "{items}についても、聞かせてくださいね。",
            "差し支えなければ、{items}も伺えますか？",
            "あなたの{items}を、教えてくださいね。"), List.of(
            "Could you tell me {items}?",
            "I'd love to know {items}.",
            "Would you share {items} with me?",
            "If you don't mind, tell me {items}, too."));

    static final Phrases RELATIONSHIP = Phrases.of(List.of(
            "今の{status}も教えてください。独身、お付き合い中、ご結婚されているなど、どれでしょう？",
            "{status}はいかがですか？独身の方も、パートナーのいる方も、そのまま教えてくださいね。",
            "差し支えなければ、今の{status}（独身・交際中・既婚など）を教えていただけますか？"), List.of(
            "What's your {status} — single, in a relationship, or married?",
            "May I ask about your {status}? Single, with a partner, married — every answer is welcome here.",
            "Tell me your {status}, too: are you single, in a relationship or married?"));

    static final Phrases PARTNER = Phrases.of(List.of(
            "{who}についても教えてください。{items}はいかがでしょう？",
            "次は、{who}のことを伺わせてくださいね。{items}を、思い浮かぶままに聞かせてください。",
            "{who}は、どんな方でしょう？{items}を教えていただけますか？",
            "ぜひ{who}の{items}も知りたいです。"), List.of(
            "Tell me about {who}, too: {items}.",
            "Next, I'd love to hear about {who} — {items}.",
            "What is {who} like? Please share {items}.",
            "I'm curious about {who}: could you describe {items}?"));

    /**
     * The partner's name alone: in English no "what is … like" nor "describe", which asked for a character too ("could you
     * describe their name"); the Japanese questions ask for 「お名前」 either way.
     */
    static final Phrases PARTNER_NAME = Phrases.of(PARTNER.ja(), List.of(
            "Tell me about {who}, too: {items}.",
            "Next, I'd love to hear about {who} — {items}.",
            "Could you tell me about {who}, too — {items}?"));

    static final Phrases PERSONALITY = Phrases.of(List.of(
            "あなた自身の性格も聞かせてください。好奇心旺盛、社交的、慎重、穏やかなど、ご自分ではどんなタイプだと思いますか？",
            "あなたはどんな性格ですか？人と過ごすのが好きか、ひとりの時間が好きか、几帳面かおおらかか――思いつくままで構いません。",
            "ご自分の性格を、いくつかの言葉で表すとしたら何でしょう？",
            "あなたらしさも知りたいです。周りの方からどんな性格だと言われるか、教えてください。"), List.of(
            "Tell me about your own personality, too — are you curious, outgoing, careful, calm?",
            "How would you describe your personality? Do you love company or quiet time, planning or going with the flow?",
            "If you described your personality in a few words, what would they be?",
            "I'd love to know your personality — how would your friends describe you?"));

    static final Phrases PERSONALITY_MORE = Phrases.of(List.of(
            "あなたの性格について、もう少しだけ教えてください。計画的なほうですか、それとも気ままなほうですか？",
            "もう少し、あなたの性格を聞かせてくださいね。人付き合いは好きなほうですか？",
            "あなたの性格を、もうひとこと教えてください。慎重派ですか、それとも思い立ったらすぐ動くほうですか？"), List.of(
            "Tell me a little more about your personality — are you more of a planner or a free spirit?",
            "One more word about your personality, please: do you enjoy being around people?",
            "A little more about your personality, if you will — are you cautious, or quick to jump in?"));

    static final Phrases CHILDREN = Phrases.of(List.of(
            "そして、お子さんのことも。何人くらい、男の子か女の子か、お名前の候補もあれば教えてください。",
            "未来のお子さんについて伺わせてください。何人で、男の子か女の子か、どんなお名前にしたいですか？",
            "お子さんは何人ほしいですか？男の子か女の子か、そしてつけたいお名前も聞かせてくださいね。",
            "あなたの家族に迎えたいお子さんのことも教えてください。人数、男の子か女の子か、そしてお名前も。"), List.of(
            "And your future children: how many would you like, boys or girls, and what names do you have in mind?",
            "Tell me about the children you dream of — how many, boys or girls, and their names.",
            "How many children would you love to have? Boys, girls, and the names you'd give them?",
            "Let's imagine your children, too: how many, whether boys or girls, and what you'd name them."));

    static final Phrases CHILDREN_NAMES = Phrases.of(List.of(
            "お子さん（{kinds}）には、どんなお名前をつけたいですか？",
            "{kinds}のお子さんのお名前も、ぜひ聞かせてください。",
            "{kinds}のお子さんに、どんなお名前を考えていますか？"), List.of(
            "What would you like to name {kinds}?",
            "Do you have names in mind for {kinds}?",
            "And the names — what would you call {kinds}?"));

    static final Phrases CHILD_GENDER = Phrases.of(List.of(
            "お子さんの{names}は、男の子ですか、女の子ですか？",
            "{names}――男の子でしょうか、女の子でしょうか？",
            "{names}のこと、男の子か女の子かも教えてくださいね。"), List.of(
            "Would {names} be a boy or a girl?",
            "Is {names} a boy or a girl in your dreams?",
            "Tell me, is {names} a boy or a girl?"));

    static final Phrases CHILDREN_GENDERS = Phrases.of(CHILD_GENDER.ja(), List.of(
            "Would {names} be boys or girls?",
            "Which of {names} are boys, and which are girls?",
            "Tell me, are {names} boys or girls?"));

    static final Phrases EXAMPLE = Phrases.of(List.of(
            "たとえば『{ex}』のように答えていただければ十分です。",
            "『{ex}』――こんなふうに、気軽に教えてくださいね。",
            "たとえば『{ex}』といった答え方で大丈夫ですよ。"), List.of(
            "For example: “{ex}.”",
            "Something like “{ex}” is plenty.",
            "You might say, for instance, “{ex}.”"));

    /** Example people whose words make the example answers; the choice rotates with the turn. */
    private record Sample(int age, String jaGender, String enGender, String jaCity, String enCity, int jaIncome,
            int enIncomeK, String jaStatus, String enStatus) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample(35, "女性", "woman", "福岡", "Denver", 400, 70, "今は独身です", "I'm single"),
            new Sample(28, "男性", "man", "札幌", "Boston", 380, 60, "結婚しています", "I'm married"),
            new Sample(41, "女性", "woman", "横浜", "Melbourne", 520, 85, "お付き合いしている人がいます",
                    "I'm in a relationship"));

    private record PartnerSample(String jaName, String jaTemperament, String jaLooks, String enName, String enObject,
            String enPossessive, String enTemperament, String enLooks) {
    }

    private static final List<PartnerSample> PARTNER_SAMPLES = List.of(
            new PartnerSample("けんた", "穏やかで誠実な人です", "背が高くて短い黒髪、目元が優しいです",
                    "Daniel", "him", "His", "He's gentle and honest", "He's tall, with short dark hair and kind brown eyes"),
            new PartnerSample("さくら", "明るくて思いやりのある人です", "肩までの茶色い髪で、笑うとえくぼができます",
                    "Sophie", "her", "Her", "She's cheerful and caring", "She has shoulder-length brown hair and dimples"),
            new PartnerSample("ゆう", "おおらかでよく笑う人です", "丸い眼鏡が似合って、ふんわりした髪です",
                    "Alex", "them", "Their", "They're easygoing and laugh a lot", "They wear round glasses and have soft curly hair"));

    private static final Phrases PERSONALITY_SAMPLES = Phrases.of(List.of(
            "好奇心旺盛で、人と話すのが好きです。少し心配性なところもあります",
            "几帳面で、ひとりの時間も大切にするタイプです",
            "おおらかで、友達からは聞き上手だと言われます"), List.of(
            "I'm curious and love meeting people, though I worry a bit",
            "I'm organized and I enjoy quiet time on my own",
            "I'm easygoing, and my friends say I'm a good listener"));

    private static final Phrases CHILDREN_SAMPLES = Phrases.of(List.of(
            "子どもはふたりほしいです。女の子のひなと、男の子のはると",
            "ひとりっ子がいいな。男の子で、名前はそら",
            "三人ほしいです。女の子のゆいとあおい、男の子のれん"), List.of(
            "Two: a girl named Mia and a boy named Leo",
            "Just one, a boy named Sam",
            "Three — two girls, Ava and Rose, and a boy named Ben"));

    private Questions() {
    }

    /** One sentence per topic of the plan; the status is folded into the facts when both are asked. */
    static List<String> ask(Language language, QuestionPlan plan, UserProfile profile, Variants variants) {
        List<String> sentences = new ArrayList<>();
        for (Topic topic : plan.topics()) {
            switch (topic) {
                case BASICS -> sentences.add(Template.fill(variants.pick("q.basics", BASICS.in(language)), "items",
                        basicItems(language, plan.basicFields(), plan.asks(Topic.RELATIONSHIP))));
                case RELATIONSHIP -> {
                    if (!plan.asks(Topic.BASICS)) {
                        sentences.add(Template.fill(variants.pick("q.status", RELATIONSHIP.in(language)), "status",
                                statusLabel(language)));
                    }
                }
                case PARTNER -> sentences.add(partner(language, plan, profile, variants));
                case PERSONALITY -> sentences.add(variants.pick("q.personality",
                        traitsKnown(profile) > 0 ? PERSONALITY_MORE.in(language) : PERSONALITY.in(language)));
                case CHILDREN -> sentences.add(children(language, profile, variants));
            }
        }
        return sentences;
    }

    private static int traitsKnown(UserProfile profile) {
        return profile.userPersonalityTraits() == null ? 0 : profile.userPersonalityTraits().count();
    }

    /**
     * The simple facts to ask for, by their labels: 「年齢、性別、居住地」 or "your age, your gender
     * and where you live"; with the relationship status last when {@code withStatus}.
     */
    static String basicItems(Language language, List<ProfileField> fields, boolean withStatus) {
        List<String> items = new ArrayList<>();
        for (ProfileField field : fields) {
            items.add(basicItem(language, field));
        }
        if (withStatus) {
            items.add(language == Language.EN
                    ? "your " + statusLabel(language) + " (single, in a relationship or married)"
                    : statusLabel(language) + "（独身・交際中・既婚など）");
        }
        return Wording.items(language, items);
    }

    private static String basicItem(Language language, ProfileField field) {
        String label = field.label(language);
        if (language != Language.EN) {
            return field == ProfileField.INCOME_RANGE ? "おおよその" + label : label;
        }
        String lower = decapitalize(label);
        return switch (field) {
            case LOCATION -> lower;
            case INCOME_RANGE -> "your rough " + lower;
            default -> "your " + lower;
        };
    }

    private static String statusLabel(Language language) {
        String label = ProfileField.RELATIONSHIP_STATUS.label(language);
        return language == Language.EN ? decapitalize(label) : label;
    }

    private static String decapitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private static String partner(Language language, QuestionPlan plan, UserProfile profile, Variants variants) {
        boolean ideal = plan.partnerKind() == PartnerField.IDEAL;
        Partner partner = profile.partner(plan.partnerKind());
        String name = partner != null && ProfileRules.hasText(partner.name()) ? partner.name() : null;
        List<String> items = new ArrayList<>();
        for (PartnerDetail detail : PartnerDetail.values()) {
            if (plan.partnerDetails().contains(detail)) {
                items.add(partnerItem(language, detail, ideal));
            }
        }
        Phrases phrases = plan.partnerDetails().equals(Set.of(PartnerDetail.NAME)) ? PARTNER_NAME : PARTNER;
        return Template.fill(variants.pick("q.partner", phrases.in(language)),
                Map.of("who", partnerWho(language, ideal, name), "items", Wording.items(language, items)));
    }

    /** How the question names the partner: by name when known, otherwise as ideal or current. */
    static String partnerWho(Language language, boolean ideal, String name) {
        if (name != null) {
            String called = Wording.personName(language, name);
            if (language == Language.EN) {
                return called;
            }
            return (ideal ? "理想のお相手の" : "パートナーの") + called;
        }
        if (language == Language.EN) {
            return ideal ? "your ideal partner" : "your partner";
        }
        return ideal ? "あなたの理想のお相手" : "あなたのパートナー";
    }

    private static String partnerItem(Language language, PartnerDetail detail, boolean ideal) {
        if (language == Language.EN) {
            return switch (detail) {
                case NAME -> ideal ? "their name (any name you'd love to call them)" : "their name";
                case TEMPERAMENT -> "their personality";
                case LOOKS -> "how they look (hair, eyes, face, height)";
            };
        }
        return switch (detail) {
            case NAME -> ideal ? "お名前（呼んでみたい名前で構いません）" : "お名前";
            case TEMPERAMENT -> "性格";
            case LOOKS -> "外見（髪型や目元、背の高さなど）";
        };
    }

    private static String children(Language language, UserProfile profile, Variants variants) {
        List<ChildWish> children = Wording.present(profile.childrenInfo());
        List<ChildWish> unnamed = children.stream()
                .filter(child -> child.desiredGender() != null && !ProfileRules.hasText(child.name())).toList();
        if (!unnamed.isEmpty()) {
            List<String> kinds = unnamed.stream().map(child -> kindWithArticle(language, child.desiredGender()))
                    .toList();
            return Template.fill(variants.pick("q.children.names", CHILDREN_NAMES.in(language)), "kinds",
                    Wording.and(language, kinds));
        }
        List<ChildWish> ungendered = children.stream()
                .filter(child -> child.desiredGender() == null && ProfileRules.hasText(child.name())).toList();
        if (!ungendered.isEmpty()) {
            Phrases phrases = ungendered.size() == 1 ? CHILD_GENDER : CHILDREN_GENDERS;
            List<String> names = ungendered.stream().map(child -> Wording.childName(language, child)).toList();
            return Template.fill(variants.pick("q.children.genders", phrases.in(language)), "names",
                    Wording.and(language, names));
        }
        return variants.pick("q.children", CHILDREN.in(language));
    }

    private static String kindWithArticle(Language language, ChildGender gender) {
        String kind = Wording.childKind(language, gender);
        return language == Language.EN ? "the " + kind : kind;
    }

    /** One sentence with an example answer to the plan's first topic. */
    static String example(Language language, QuestionPlan plan, Variants variants) {
        String answer = exampleAnswer(language, plan, variants);
        return Template.fill(variants.pick("q.example", EXAMPLE.in(language)), "ex", answer);
    }

    /** An answer the user could give to the plan's first topic, in the user's voice. */
    static String exampleAnswer(Language language, QuestionPlan plan, Variants variants) {
        if (plan.isEmpty()) {
            return "";
        }
        return switch (plan.topics().get(0)) {
            case BASICS -> basicsAnswer(language, plan.basicFields(), plan.asks(Topic.RELATIONSHIP),
                    variants.pick("ex.sample", SAMPLES));
            case RELATIONSHIP -> {
                Sample sample = variants.pick("ex.sample", SAMPLES);
                yield language == Language.EN ? sample.enStatus() : sample.jaStatus();
            }
            case PARTNER -> partnerAnswer(language, plan, variants.pick("ex.partner", PARTNER_SAMPLES));
            case PERSONALITY -> variants.pick("ex.personality", PERSONALITY_SAMPLES.in(language));
            case CHILDREN -> variants.pick("ex.children", CHILDREN_SAMPLES.in(language));
        };
    }

    private static String basicsAnswer(Language language, List<ProfileField> fields, boolean withStatus,
            Sample sample) {
        boolean en = language == Language.EN;
        List<String> parts = new ArrayList<>();
        boolean age = fields.contains(ProfileField.AGE);
        boolean gender = fields.contains(ProfileField.GENDER);
        if (age && gender) {
            parts.add(en ? "I'm " + Wording.article(Integer.toString(sample.age())) + " " + sample.age()
                    + "-year-old " + sample.enGender() : sample.age() + "歳の" + sample.jaGender() + "です");
        } else if (age) {
            parts.add(en ? "I'm " + sample.age() : sample.age() + "歳です");
        } else if (gender) {
            parts.add(en ? "I'm a " + sample.enGender() : sample.jaGender() + "です");
        }
        if (fields.contains(ProfileField.LOCATION)) {
            parts.add(en ? "I live in " + sample.enCity() : sample.jaCity() + "に住んでいます");
        }
        if (fields.contains(ProfileField.INCOME_RANGE)) {
            parts.add(en ? "I earn about $" + sample.enIncomeK() + "k a year" : "年収は" + sample.jaIncome() + "万円くらいです");
        }
        if (withStatus) {
            parts.add(en ? sample.enStatus() : sample.jaStatus());
        }
        return String.join(en ? ". " : "。", parts);
    }

    private static String partnerAnswer(Language language, QuestionPlan plan, PartnerSample sample) {
        boolean en = language == Language.EN;
        boolean ideal = plan.partnerKind() == PartnerField.IDEAL;
        List<String> parts = new ArrayList<>();
        if (plan.partnerDetails().contains(PartnerDetail.NAME)) {
            if (en) {
                parts.add(ideal ? "I'd call " + sample.enObject() + " " + sample.enName()
                        : sample.enPossessive() + " name is " + sample.enName());
            } else {
                parts.add("名前は" + sample.jaName() + (ideal ? "がいいです" : "です"));
            }
        }
        if (plan.partnerDetails().contains(PartnerDetail.TEMPERAMENT)) {
            parts.add(en ? sample.enTemperament() : sample.jaTemperament());
        }
        if (plan.partnerDetails().contains(PartnerDetail.LOOKS)) {
            parts.add(en ? sample.enLooks() : sample.jaLooks());
        }
        return String.join(en ? ". " : "。", parts);
    }
}
