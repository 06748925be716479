package dev.hera.agent.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import dev.hera.testing.ModelStub;
import dev.hera.testing.ModelStubResource;
import dev.hera.testing.RedisServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** Portraits through Gemini image generation (both parents' pictures as inline data for a child). */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(value = ModelStubResource.class, initArgs = {
        @ResourceArg(name = "provider", value = "gemini"),
        @ResourceArg(name = "settings", value = "image-model"),
        @ResourceArg(name = "hera.agent.image-model.timeout", value = "5S"),
        @ResourceArg(name = "hera.agent.image-model.retries", value = "1") })
class GeminiImageModelTest extends ImageModelContract {

    @Override
    String provider() {
        return "gemini";
    }

    @Override
    void assertPartnerRequest(ModelStub.Call call, String description) {
        assertTrue(call.path().startsWith("/v1beta/models/stub-model:generateContent"), call.path());
        assertEquals(ModelStubResource.API_KEY, call.headers().get("x-goog-api-key"));
        JsonNode parts = call.body().at("/contents/0/parts");
        assertEquals(1, parts.size(), "the partner is drawn from words only");
        assertTrue(parts.get(0).path("text").asText().contains(description));
        assertTrue(call.body().at("/generationConfig/responseModalities").toString().contains("IMAGE"));
    }

    @Override
    void assertChildRequest(ModelStub.Call call) {
        JsonNode parts = call.body().at("/contents/0/parts");
        assertEquals(3, parts.size(), "the prompt and both parents' pictures");
        for (int i = 1; i <= 2; i++) {
            assertEquals("image/png", parts.get(i).at("/inline_data/mime_type").asText());
            assertTrue(parts.get(i).at("/inline_data/data").asText().length() > 1_000);
        }
    }
}
