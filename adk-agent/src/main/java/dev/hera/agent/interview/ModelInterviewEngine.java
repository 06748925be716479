package dev.hera.agent.interview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.agent.model.JsonModel;
import dev.hera.agent.model.ModelFailure;
import dev.hera.agent.model.PromptText;
import dev.hera.model.Language;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfilePruning;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.smallrye.mutiny.Uni;

/**
 * The interview with a language model: the model extracts and replies in one structured answer;
 * whenever it fails (timeout, error, an answer not of the schema) the offline engine answers the
 * same message instead, so the turn always succeeds. Greetings and the completion message stay
 * the offline engine's (they need no model).
 */
final class ModelInterviewEngine implements InterviewEngine {

    static final String TASK = "interview";
    private static final JsonObjectSchema SCHEMA = InterviewPrompt.schema();

    private final JsonModel model;
    private final OfflineInterviewEngine offline;
    private final ObjectMapper json;

    ModelInterviewEngine(JsonModel model, OfflineInterviewEngine offline, ObjectMapper json) {
        this.model = model;
        this.offline = offline;
        this.json = json;
    }

    @Override
    public Uni<Step> step(Input input) {
        return model.ask(TASK, InterviewPrompt.INSTRUCTIONS, InterviewPrompt.content(json, input), SCHEMA, this::stepOf)
                .onFailure(ModelFailure.class).recoverWithItem(() -> offline.compute(input));
    }

    private Step stepOf(JsonNode answer) {
        String reply = answer.get(InterviewPrompt.REPLY).asText().strip();
        if (reply.isEmpty() || reply.length() > InterviewPrompt.REPLY_CHARS) {
            throw new ModelFailure(ModelFailure.Kind.INVALID, "reply empty or too long");
        }
        UserProfile fragment;
        try {
            fragment = ProfilePruning.prune(json.treeToValue(answer.get(InterviewPrompt.PROFILE), UserProfile.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ModelFailure(ModelFailure.Kind.INVALID, "profile not of the schema");
        }
        String summary = PromptText.cut(answer.get(InterviewPrompt.SUMMARY).asText().strip(), InterviewPrompt.SUMMARY_CHARS);
        return new Step(fragment, InterviewPrompt.understood(json, fragment), reply, model.provider().id(),
                summary.isEmpty() ? null : summary);
    }

    @Override
    public String completion(Language language, UserProfile profile, long seed) {
        return offline.completion(language, profile, seed);
    }

    @Override
    public String greeting(Language language, long seed) {
        return offline.greeting(language, seed);
    }
}
