package dev.hera.api.interview;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.api.session.ProfileView;
import dev.hera.model.ConversationEntry;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileRules;
import dev.hera.work.TurnResult;
import dev.hera.work.WarmUp;
import io.quarkus.runtime.StartupEvent;

/**
 * Writes a made-up interview answer once the API has started (in the background: the API is ready
 * without waiting for it), so that the first person's first answer does not pay for building the
 * JSON serializers of the answer's types.
 */
@ApplicationScoped
public class AnswerWarmUp {

    private static final String PROFILE = """
            {"user_name":"Anna","age":29,"gender":"女性","location":"Leeds","relationship_status":"partnered",
             "current_partner":{"name":"Tom","age":31}}""";

    void warmUp(@Observes StartupEvent event, ObjectMapper json) {
        WarmUp.inBackground("the interview answers", () -> {
            try {
                sampleAnswer(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A made-up answer to an interview message, as the API writes it. */
    static byte[] sampleAnswer(ObjectMapper json) throws JsonProcessingException {
        UserProfile profile = json.readValue(PROFILE, UserProfile.class);
        List<ConversationEntry> history = List.of(new ConversationEntry(ConversationEntry.USER, "Hi", Instant.now()));
        ProfileView view = new ProfileView(profile, history, ProfileRules.informationProgress(profile),
                ProfileRules.fieldProgress(profile), ProfileRules.missingFields(profile));
        return json.writeValueAsBytes(new InterviewAnswer("Hello", view.history(), view.profile(), view.categories(),
                view.fields(), view.missing(), view.complete(), TurnResult.InterviewStatus.INCOMPLETE, null, profile, "t"));
    }
}
