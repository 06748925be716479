package dev.hera.agent.interview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.hera.model.ConversationEntry;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfilePruning;
import dev.hera.agent.model.PromptText;
import dev.hera.profile.ProfileRules;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

/**
 * What a language model is told for one interview message, and the JSON it must answer with.
 * The prompt is bounded whatever the length of the conversation: the pruned profile, the model's
 * own rolling summary, the last turns (each cut to a bounded length) and the new message. It
 * holds nothing of another session and never image bytes.
 */
final class InterviewPrompt {

    /** The fields of the model's answer, as its schema names them (the instructions name them too). */
    static final String REPLY = "reply";
    static final String PROFILE = "profile";
    static final String SUMMARY = "summary";

    /** Longest text of one earlier turn repeated in the prompt. */
    static final int TURN_CHARS = 600;
    /** Longest summary kept and repeated. */
    static final int SUMMARY_CHARS = 1_200;
    /** Longest new message put in the prompt (the API already bounds it). */
    static final int MESSAGE_CHARS = 4_000;
    /** Longest reply of the model accepted. */
    static final int REPLY_CHARS = 1_500;

    static final String INSTRUCTIONS = """
            You are Hera, a warm interviewer in an "AI family simulator". You learn about the person \
            you talk with so that a future family can be imagined for them: their age, gender, \
            relationship status, where they live, annual income, personality (Big Five, each 0 to 1), \
            their partner (the real one when married or partnered, the ideal one when single): \
            name, temperament, looks, and the children they wish for (gender and name of each).
            Input: a JSON object with the session language, the profile so far, the fields still \
            missing, a summary of earlier turns, the last turns, and the new message.
            Answer with one JSON object of the requested schema:
            - "profile": only what the NEW message tells (leave everything else out); a correction \
            replaces the old value; the partner's traits go to the partner, never to the person; \
            relationship_status is one of married, partnered, single, other; income_range is free \
            text as the person said it; personality scores are numbers from 0 to 1.
            - "reply": your answer in the session language (ja: natural polite Japanese; en: \
            English), two to four sentences: acknowledge what you understood, then ask for two or \
            three of the missing items. Never invent facts about the person.
            - "summary": an updated summary of the whole conversation so far, at most 600 \
            characters, in the session language.""";

    private InterviewPrompt() {
    }

    /** The user message: the session's own data only, bounded. */
    static String content(ObjectMapper json, InterviewEngine.Input input) {
        ObjectNode content = json.createObjectNode();
        content.put("language", input.language().code());
        content.set("profile_so_far", json.valueToTree(ProfilePruning.prune(input.profile())));
        ArrayNode missing = content.putArray("missing_fields");
        ProfileRules.missingFields(input.profile()).forEach(field -> missing.add(field.jsonName()));
        content.put("summary_of_earlier_turns", PromptText.cut(input.summary(), SUMMARY_CHARS));
        ArrayNode turns = content.putArray("last_turns");
        for (ConversationEntry entry : input.recentHistory()) {
            turns.addObject().put("speaker", entry.speaker()).put("message", PromptText.cut(entry.message(), TURN_CHARS));
        }
        content.put("new_message", PromptText.cut(input.message(), MESSAGE_CHARS));
        return content.toString();
    }

    /** The answer's schema: the reply, a profile fragment in the stored profile's own field names, the summary. */
    static JsonObjectSchema schema() {
        JsonObjectSchema bigFive = JsonObjectSchema.builder()
                .addNumberProperty("openness").addNumberProperty("conscientiousness").addNumberProperty("extraversion")
                .addNumberProperty("agreeableness").addNumberProperty("neuroticism").build();
        JsonObjectSchema partner = JsonObjectSchema.builder()
                .addStringProperty("name").addIntegerProperty("age").addStringProperty("temperament")
                .addStringProperty("appearance", "looks: hair, eyes, glasses, build, ...")
                .addProperty("personality_traits", bigFive)
                .addProperty("hobbies", JsonArraySchema.builder().items(new JsonStringSchema()).build())
                .build();
        JsonObjectSchema child = JsonObjectSchema.builder()
                .addEnumProperty("desired_gender", List.of("boy", "girl"))
                .addStringProperty("name").addIntegerProperty("order").build();
        JsonObjectSchema profile = JsonObjectSchema.builder()
                .addStringProperty("user_name").addIntegerProperty("age")
                .addEnumProperty("gender", List.of("male", "female", "other"))
                .addEnumProperty("relationship_status",
                        Arrays.stream(RelationshipStatus.values()).map(RelationshipStatus::code).toList())
                .addStringProperty("location").addStringProperty("income_range")
                .addProperty("user_personality_traits", bigFive)
                .addStringProperty("partner_face_description")
                .addProperty("children_info", JsonArraySchema.builder().items(child).build())
                .addProperty("current_partner", partner)
                .addProperty("ideal_partner", partner)
                .addProperty("interests", JsonArraySchema.builder().items(new JsonStringSchema()).build())
                .build();
        return JsonObjectSchema.builder()
                .addStringProperty(REPLY).addProperty(PROFILE, profile).addStringProperty(SUMMARY)
                .required(REPLY, PROFILE, SUMMARY).build();
    }

    /** Names of the fields a fragment sets, as the offline engine reports them. */
    static List<String> understood(ObjectMapper json, UserProfile fragment) {
        List<String> names = new ArrayList<>();
        json.valueToTree(ProfilePruning.prune(fragment)).fieldNames().forEachRemaining(names::add);
        return names;
    }
}
