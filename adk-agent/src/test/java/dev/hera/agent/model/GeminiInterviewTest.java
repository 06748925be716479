package dev.hera.agent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hera.testing.ModelStub;
import dev.hera.testing.ModelStubResource;
import dev.hera.testing.RedisServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** The interview with Gemini (the stub speaks the Generative Language API). */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(value = ModelStubResource.class, initArgs = {
        @ResourceArg(name = "provider", value = "gemini"),
        @ResourceArg(name = "hera.agent.model.timeout", value = "2S"),
        @ResourceArg(name = "hera.agent.model.retries", value = "1") })
class GeminiInterviewTest extends ModelInterviewContract {

    @Override
    String provider() {
        return "gemini";
    }

    @Override
    void assertWireFormat(ModelStub.Call call) {
        assertTrue(call.path().startsWith("/v1beta/models/stub-model:streamGenerateContent"), call.path());
        assertEquals(key(), call.headers().get("x-goog-api-key"));
        assertEquals("application/json", call.body().path("generationConfig").path("responseMimeType").asText());
        assertTrue(call.body().path("generationConfig").has("responseSchema")
                || call.body().path("generationConfig").has("responseJsonSchema"), call.body().path("generationConfig").toString());
        assertTrue(call.body().path("systemInstruction").path("parts").get(0).path("text").asText().contains("Hera"));
    }
}
