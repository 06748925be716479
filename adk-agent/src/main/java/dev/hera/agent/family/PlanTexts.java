package dev.hera.agent.family;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.hera.agent.family.offline.LetterWriter;
import dev.hera.agent.family.offline.StoryWriter;
import dev.hera.agent.model.JsonModel;
import dev.hera.agent.model.ModelFailure;
import dev.hera.agent.model.Models;
import dev.hera.agent.model.PromptText;
import dev.hera.model.ConversationEntry;
import dev.hera.model.FamilyPlan;
import dev.hera.model.Language;
import dev.hera.model.Persona;
import dev.hera.model.UserProfile;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.smallrye.mutiny.Uni;

/**
 * The story and the letter of an agreed plan. The offline writers always write them; with a
 * language model configured, the model writes them instead, and its texts are kept only when
 * they have the offline texts' lengths and name the destination, every activity and every
 * family member (the letter signed by all of them). Otherwise the offline texts stay.
 */
@ApplicationScoped
public class PlanTexts {

    static final String TASK = "family_plan";
    /** Earlier family messages shown to the model, each cut to a bounded length. */
    static final int LOG_ENTRIES = 20;
    static final int ENTRY_CHARS = 300;

    static final String INSTRUCTIONS = """
            You write for an "AI family simulator": a person has imagined their future family, and \
            the family has just agreed on a trip together. Write, in the session language, two texts:
            - "story": the story of that trip, warm and concrete: the departure, the journey to the \
            destination, every planned activity, a moment for each family member in their own \
            voice, and a hopeful ending. It must name the destination, every activity and every \
            family member.
            - "letter": a letter from the future family to the person, addressed to them, recalling \
            the trip and looking forward to meeting them, signed at the end by every family member \
            by name.
            Lengths: in Japanese (ja) the story has 800 to 1,200 characters and the letter 600 to \
            900; in English (en) the story has 350 to 600 words and the letter 250 to 450 words.
            Use only the facts given; invent no other family members.""";

    private static final JsonObjectSchema SCHEMA = JsonObjectSchema.builder()
            .addStringProperty("story").addStringProperty("letter").required("story", "letter").build();

    private final Optional<JsonModel> model;
    private final ObjectMapper json;

    public PlanTexts(Models models, ObjectMapper json) {
        this.model = models.model();
        this.json = json;
    }

    /** The plan with the model's story and letter, or {@code offline} itself when there is no model or it failed. */
    public Uni<FamilyPlan> write(FamilyPlan offline, UserProfile profile, List<Persona> family, Language language) {
        if (model.isEmpty()) {
            return Uni.createFrom().item(offline);
        }
        return model.get().ask(TASK, INSTRUCTIONS, content(offline, profile, family, language), SCHEMA,
                answer -> checked(answer, offline, family, language))
                .onFailure(ModelFailure.class).recoverWithItem(offline);
    }

    private String content(FamilyPlan plan, UserProfile profile, List<Persona> family, Language language) {
        ObjectNode content = json.createObjectNode();
        content.put("language", language.code());
        ObjectNode person = content.putObject("person");
        person.put("name", profile.userName());
        person.put("age", profile.age());
        person.put("lives_in", profile.location());
        ArrayNode members = content.putArray("family");
        for (Persona member : family) {
            ObjectNode node = members.addObject().put("role", member.role()).put("name", member.name())
                    .put("relation", member.relation()).put("age", member.age())
                    .put("speaking_style", member.speakingStyle());
            node.set("traits", json.valueToTree(member.traitWords() == null ? List.of() : member.traitWords()));
        }
        content.put("destination", plan.destination());
        content.set("activities", json.valueToTree(plan.activities()));
        ArrayNode talk = content.putArray("family_conversation");
        List<ConversationEntry> log = plan.conversationLog() == null ? List.of() : plan.conversationLog();
        for (ConversationEntry entry : log.subList(Math.max(0, log.size() - LOG_ENTRIES), log.size())) {
            talk.addObject().put("speaker", entry.speaker()).put("message", PromptText.cut(entry.message(), ENTRY_CHARS));
        }
        return content.toString();
    }

    private static FamilyPlan checked(JsonNode answer, FamilyPlan offline, List<Persona> family, Language language) {
        String story = answer.get("story").asText().strip();
        String letter = answer.get("letter").asText().strip();
        if (!StoryWriter.fitsLength(story, language) || !LetterWriter.fitsLength(letter, language)) {
            throw new ModelFailure(ModelFailure.Kind.INVALID, "story or letter of the wrong length");
        }
        if (!story.contains(offline.destination()) || !offline.activities().stream().allMatch(story::contains)) {
            throw new ModelFailure(ModelFailure.Kind.INVALID, "story misses the destination or an activity");
        }
        for (Persona member : family) {
            if (!story.contains(member.name()) || !letter.contains(member.name())) {
                throw new ModelFailure(ModelFailure.Kind.INVALID, "a family member is not named");
            }
        }
        return new FamilyPlan(offline.destination(), offline.activities(), story, letter, offline.conversationLog());
    }
}
