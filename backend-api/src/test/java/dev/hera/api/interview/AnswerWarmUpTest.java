package dev.hera.api.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.model.JsonConfig;

/** The API's warm-up writes a whole answer, so the serializers it builds are those of real answers. */
class AnswerWarmUpTest {

    @Test
    void theSampleAnswerIsAWholeInterviewAnswer() throws Exception {
        ObjectMapper json = JsonConfig.newMapper();
        JsonNode answer = json.readTree(AnswerWarmUp.sampleAnswer(json));
        assertEquals("Anna", answer.path("user_profile").path("user_name").asText());
        assertEquals("Tom", answer.path("user_profile").path("current_partner").path("name").asText());
        assertEquals(29, answer.path("user_profile").path("age").asInt());
        assertTrue(answer.path("missing_fields").isArray() && answer.path("missing_fields").size() > 0, answer.toString());
        assertTrue(answer.path("field_progress").path("age").asBoolean(), answer.toString());
        assertEquals("user", answer.path("conversation_history").path(0).path("speaker").asText());
    }
}
