package dev.hera.agent.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hera.testing.ModelStub;
import dev.hera.testing.ModelStubResource;
import dev.hera.testing.RedisServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** Portraits through an OpenAI-compatible images API (generations for the partner, edits with both parents for a child). */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(value = ModelStubResource.class, initArgs = {
        @ResourceArg(name = "provider", value = "openai"),
        @ResourceArg(name = "settings", value = "image-model"),
        @ResourceArg(name = "hera.agent.image-model.timeout", value = "5S"),
        @ResourceArg(name = "hera.agent.image-model.retries", value = "1") })
class OpenAiImageModelTest extends ImageModelContract {

    @Override
    String provider() {
        return "openai";
    }

    @Override
    void assertPartnerRequest(ModelStub.Call call, String description) {
        assertTrue(call.path().endsWith("/v1/images/generations"), call.path());
        assertEquals("Bearer " + ModelStubResource.API_KEY, call.headers().get("Authorization"));
        assertEquals("stub-model", call.body().path("model").asText());
        assertTrue(call.body().path("prompt").asText().contains(description), call.body().toString());
        assertTrue(call.body().path("prompt").asText().contains("a man"), "a woman's partner is drawn as a man");
    }

    @Override
    void assertChildRequest(ModelStub.Call call) {
        assertTrue(call.path().endsWith("/v1/images/edits"), call.path());
        assertEquals(2, call.body().path("files").size(), call.body().toString());
        assertEquals("user.png", call.body().path("files").get(0).path("filename").asText());
        assertEquals("partner.png", call.body().path("files").get(1).path("filename").asText());
        assertTrue(call.body().path("files").get(0).path("size").asInt() > 1_000);
        assertEquals("stub-model", call.body().path("model").asText());
    }
}
