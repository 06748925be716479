package dev.hera.api.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code /q/openapi} documents every endpoint with its answers and their schemas, in snake_case. */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class OpenApiTest {

    /** Path → method → the statuses documented with a schema. */
    private static final Map<String, Map<String, List<String>>> ENDPOINTS = Map.ofEntries(
            Map.entry("/api/sessions", Map.of("post", List.of("200", "400", "415"))),
            Map.entry("/api/sessions/{sessionId}", Map.of("delete", List.of("200", "400", "404"))),
            Map.entry("/api/sessions/{sessionId}/status", Map.of("get", List.of("200", "400", "404"))),
            Map.entry("/api/sessions/{sessionId}/complete", Map.of("post", List.of("200", "400", "404"))),
            Map.entry("/api/sessions/{sessionId}/family/status", Map.of("get", List.of("200", "400", "404"))),
            Map.entry("/api/sessions/{sessionId}/photos", Map.of("get", List.of("200", "400", "404"))),
            Map.entry("/api/sessions/{sessionId}/photos/user", Map.of("post", List.of("200", "400", "404", "413", "415"))),
            Map.entry("/api/sessions/{sessionId}/photos/{name}", Map.of("get", List.of("200", "400", "404"))),
            Map.entry("/api/sessions/{sessionId}/messages", Map.of("post", List.of("200", "202", "400", "404", "422", "504"))),
            Map.entry("/api/sessions/{sessionId}/family/messages", Map.of("post", List.of("200", "202", "400", "404", "409", "422", "504"))),
            Map.entry("/api/sessions/{sessionId}/generate-image", Map.of("post", List.of("200", "202", "400", "404", "422", "504"))),
            Map.entry("/api/sessions/{sessionId}/generate-child-image", Map.of("post", List.of("200", "202", "400", "404", "409", "422", "504"))));

    @Test
    void everyEndpointIsDocumentedWithSchemas() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        ENDPOINTS.forEach((path, methods) -> methods.forEach((method, statuses) -> {
            Map<String, Object> operation = doc.getMap("paths.'" + path + "'." + method);
            org.hamcrest.MatcherAssert.assertThat(path + " " + method, operation, notNullValue());
            for (String status : statuses) {
                Map<String, Object> content = doc.getMap("paths.'" + path + "'." + method + ".responses.'" + status + "'.content");
                org.hamcrest.MatcherAssert.assertThat(path + " " + method + " " + status + " has content", content, notNullValue());
                org.hamcrest.MatcherAssert.assertThat(path + " " + method + " " + status + " has a schema",
                        content.values().iterator().next(), org.hamcrest.Matchers.instanceOf(Map.class));
            }
        }));
    }

    @Test
    void schemasUseTheWireNames() {
        JsonPath doc = given().get("/q/openapi?format=json").then().extract().jsonPath();
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("components.schemas.SessionStatus.properties"),
                hasKey("information_progress"));
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("components.schemas.SessionStatus.properties"),
                hasKey("field_progress"));
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("components.schemas.SessionCreated.properties"),
                hasKey("session_id"));
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("components.schemas.Error.properties"), hasKey("code"));
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("components.schemas.FamilyStatus.properties"),
                hasKey("family_plan"));
    }

    @Test
    void errorAnswersAreWrittenFromTheErrorCodes() {
        JsonPath doc = given().get("/q/openapi?format=json").then().extract().jsonPath();
        String messages = "paths.'/api/sessions/{sessionId}/messages'.post.responses.";
        org.hamcrest.MatcherAssert.assertThat(doc.getString(messages + "'422'.description"), org.hamcrest.Matchers.equalTo(
                "MESSAGE_TOO_LONG: " + ErrorCode.MESSAGE_TOO_LONG.message(Language.EN) + " | IDEMPOTENCY_KEY_REUSED: "
                        + ErrorCode.IDEMPOTENCY_KEY_REUSED.message(Language.EN)));
        org.hamcrest.MatcherAssert.assertThat(doc.getString(messages + "'404'.description"),
                org.hamcrest.Matchers.startsWith("SESSION_NOT_FOUND: "));
        org.hamcrest.MatcherAssert.assertThat(doc.getString(messages + "'504'.content.'application/json'.schema.$ref"),
                org.hamcrest.Matchers.endsWith("/Error"));
        org.hamcrest.MatcherAssert.assertThat(doc.getList("components.schemas.Error.properties.code.enum"),
                org.hamcrest.Matchers.equalTo(java.util.Arrays.stream(ErrorCode.values()).map(Enum::name).toList()));
        org.hamcrest.MatcherAssert.assertThat("the codes' declaration is not published",
                given().get("/q/openapi?format=json").asString(), org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(ErrorResponses.ERRORS)));
    }

    @Test
    void requestBodiesAreDocumented() {
        JsonPath doc = given().get("/q/openapi?format=json").then().extract().jsonPath();
        org.hamcrest.MatcherAssert.assertThat(
                doc.getString("paths.'/api/sessions'.post.requestBody.content.'application/json'.schema.$ref"),
                org.hamcrest.Matchers.endsWith("CreateSessionRequest"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString(
                "paths.'/api/sessions/{sessionId}/generate-image'.post.requestBody.content.'application/json'.schema.$ref"),
                org.hamcrest.Matchers.endsWith("PortraitRequest"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString(
                "paths.'/api/sessions/{sessionId}/photos/user'.post.requestBody.content.'multipart/form-data'.schema.properties.file.format"),
                org.hamcrest.Matchers.equalTo("binary"));
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("components.schemas.CreateSessionRequest.properties"),
                hasKey("locale"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
