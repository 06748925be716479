package dev.hera.agent.interview.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.hera.agent.text.Template;
import dev.hera.model.ChildWish;
import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus.PartnerField;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileRules;

/**
 * Hera's voice when no model answers: warm template replies in Japanese or English that
 * acknowledge what was understood, ask for what is missing a few topics at a time, and vary
 * from turn to turn. Every choice of words comes from the session seed and the turn number, so
 * the same input always gives the same text. Stateless and thread-safe.
 * <p>
 * A {@code null} language is Japanese, Hera's own language.
 */
public final class HeraReplies {

    /**
     * The first words of a session: a welcome, who Hera is, what will happen (she learns about
     * the user, then the user meets the future family) and the first question (age, gender and
     * where the user lives).
     */
    public String greeting(Language language, long seed) {
        Language lang = Wording.orDefault(language);
        Variants variants = new Variants(seed, 0);
        QuestionPlan opening = QuestionPlan.opening();
        List<String> parts = new ArrayList<>();
        parts.add(variants.pick("g.welcome", Greetings.WELCOME.in(lang)));
        parts.add(variants.pick("g.who", Greetings.WHO.in(lang)));
        parts.add(variants.pick("g.plan", Greetings.PLAN.in(lang)));
        parts.add(Template.fill(variants.pick("g.question", Greetings.QUESTION.in(lang)), "items",
                Questions.basicItems(lang, opening.basicFields(), false)));
        parts.add(Template.fill(variants.pick("g.example", Greetings.EXAMPLE.in(lang)), "ex",
                Questions.exampleAnswer(lang, opening, variants)));
        return Wording.sentences(lang, parts);
    }

    /**
     * Hera's answer to one interview turn: first what she understood, quoting the values, then
     * (until the profile is complete) the next questions, at most {@value QuestionPlan#MAX_TOPICS}
     * topics. When nothing was understood she asks again in other words, with an example answer.
     * When the turn completed the profile she says that everything needed is there. When a name
     * was in doubt she asks only whether it is one ({@link ReplyContext#nameCheck}).
     */
    public String reply(Language language, ReplyContext context) {
        Language lang = Wording.orDefault(language);
        Variants variants = new Variants(context.seed(), context.turnNumber());
        UserProfile profile = context.profile();
        boolean heard = !context.understood().isEmpty();
        boolean complete = context.justCompleted() || context.missing().isEmpty();
        List<String> parts = new ArrayList<>();
        if (heard) {
            List<String> acknowledgements = Acknowledgements.sentences(lang, profile,
                    Understood.parse(context.understood()), variants);
            parts.addAll(acknowledgements);
            // Plain thanks only before questions: the closing sentences thank the user themselves.
            if (acknowledgements.isEmpty() && !complete) {
                parts.add(variants.pick("t.thanks", Transitions.THANKS.in(lang)));
            }
        }
        if (context.nameCheck() != null) {
            // one short question alone, so that the next message answers it
            parts.add(context.nameCheck().question(lang));
            return Wording.sentences(lang, parts);
        }
        if (context.justCompleted()) {
            parts.add(variants.pick("c.done", Closings.JUST_COMPLETED.in(lang)));
            return Wording.sentences(lang, parts);
        }
        if (context.missing().isEmpty()) {
            parts.add(variants.pick("c.after", Closings.ALREADY_COMPLETE.in(lang)));
            return Wording.sentences(lang, parts);
        }
        QuestionPlan plan = QuestionPlan.of(profile, context.missing());
        if (heard) {
            Phrases onward = context.missing().size() <= Transitions.NEARLY_DONE ? Transitions.NEARLY
                    : Transitions.ONWARD;
            parts.add(variants.pick("t.onward", onward.in(lang)));
        } else {
            parts.add(variants.pick("t.gentle", Transitions.GENTLE.in(lang)));
        }
        parts.addAll(Questions.ask(lang, plan, profile, variants));
        parts.add(heard ? variants.pick("t.encourage", Transitions.ENCOURAGE.in(lang))
                : Questions.example(lang, plan, variants));
        return Wording.sentences(lang, parts);
    }

    /**
     * The completion message, sent once: thanks, the family Hera now pictures (the partner and the
     * children by name) and what comes next (meeting the future family; a photo of the user can be
     * uploaded for the portraits).
     */
    public String completion(Language language, UserProfile profile, long seed) {
        Language lang = Wording.orDefault(language);
        UserProfile known = profile == null ? UserProfile.empty() : profile;
        Variants variants = new Variants(seed, 0);
        List<String> members = familyMembers(lang, known);
        List<String> parts = new ArrayList<>();
        parts.add(variants.pick("m.thanks", CompletionMessages.THANKS.in(lang)));
        parts.add(members.isEmpty()
                ? variants.pick("m.family", CompletionMessages.FAMILY_UNNAMED.in(lang))
                : Template.fill(variants.pick("m.family", CompletionMessages.FAMILY.in(lang)),
                        Map.of("members", Wording.and(lang, members))));
        parts.add(variants.pick("m.next", CompletionMessages.NEXT.in(lang)));
        return Wording.sentences(lang, parts);
    }

    /** The partner (the one the status requires, else the one described) and the named children. */
    private static List<String> familyMembers(Language lang, UserProfile profile) {
        List<String> members = new ArrayList<>();
        PartnerField kind = profile.requiredPartnerField().orElse(
                profile.currentPartner() != null ? PartnerField.CURRENT : PartnerField.IDEAL);
        Partner partner = profile.partner(kind);
        if (partner != null && ProfileRules.hasText(partner.name())) {
            String name = Wording.personName(lang, partner.name());
            boolean ideal = kind == PartnerField.IDEAL;
            if (lang == Language.EN) {
                members.add((ideal ? "your ideal partner " : "your partner ") + name);
            } else {
                members.add((ideal ? "理想のお相手の" : "パートナーの") + name);
            }
        }
        for (ChildWish child : Wording.present(profile.childrenInfo())) {
            if (ProfileRules.hasText(child.name())) {
                members.add(Wording.childName(lang, child));
            }
        }
        return members;
    }
}
