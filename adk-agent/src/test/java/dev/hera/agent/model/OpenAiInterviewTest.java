package dev.hera.agent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hera.testing.ModelStub;
import dev.hera.testing.ModelStubResource;
import dev.hera.testing.RedisServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** The interview with an OpenAI-compatible endpoint (the stub speaks chat completions). */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(value = ModelStubResource.class, initArgs = {
        @ResourceArg(name = "provider", value = "openai"),
        @ResourceArg(name = "hera.agent.model.timeout", value = "2S"),
        @ResourceArg(name = "hera.agent.model.retries", value = "1") })
class OpenAiInterviewTest extends ModelInterviewContract {

    @Override
    String provider() {
        return "openai";
    }

    @Override
    void assertWireFormat(ModelStub.Call call) {
        assertTrue(call.path().endsWith("/v1/chat/completions"), call.path());
        assertEquals("Bearer " + key(), call.headers().get("Authorization"));
        assertEquals("stub-model", call.body().path("model").asText());
        assertTrue(call.body().path("stream").asBoolean(), "streamed: waiting holds no thread");
        assertEquals("json_schema", call.body().path("response_format").path("type").asText());
        assertEquals("object", call.body().path("response_format").path("json_schema").path("schema").path("type").asText());
        assertEquals("system", call.body().path("messages").get(0).path("role").asText());
        assertEquals("user", call.body().path("messages").get(1).path("role").asText());
    }
}
