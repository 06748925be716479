package dev.hera.api.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

import org.junit.jupiter.api.Test;

import dev.hera.api.testing.RawHttp;
import dev.hera.api.testing.ApiState;
import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Where no resource answers, the answer is still Hera's JSON error, never HTML or an empty body. */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class JsonErrorsTest {

    @TestHTTPResource("/")
    URI base;

    RedisServer redis;

    @Test
    void unknownPathsAreJson404() {
        for (String path : new String[] { "/api", "/api/nothing", "/nothing.html", "/api/sessions/x/y/z" }) {
            given().accept("text/html").get(path).then().statusCode(404).contentType(ContentType.JSON)
                    .body("code", equalTo("NOT_FOUND")).body("status", equalTo("error"));
        }
    }

    @Test
    void wrongMethodsAreJson405() {
        given().accept("text/html").put("/api/sessions").then().statusCode(405).contentType(ContentType.JSON)
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
        given().delete("/api/health").then().statusCode(405).contentType(ContentType.JSON)
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void aBodyPastTheRequestLimitIsJson413BeforeItIsRead() {
        RawHttp.Answer answer = RawHttp.send(base, RawHttp.Request.of("POST", "/api/sessions")
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .header("Origin", "http://localhost:3000")
                .declaredLengthOnly(200L * 1024 * 1024));
        assertEquals(413, answer.status());
        assertEquals("http://localhost:3000", answer.header("Access-Control-Allow-Origin"),
                "a browser can read the error: CORS ran first");
        assertThat(answer.header("Content-Type"), startsWith("application/json"));
        assertThat(answer.text(), org.hamcrest.Matchers.containsString("\"code\":\"REQUEST_TOO_LARGE\""));
        assertThat(answer.text(), org.hamcrest.Matchers.containsString("The request is too large."));
    }

    @Test
    void aJsonBodyPast64KilobytesIs413WhetherItsLengthIsDeclaredOrSentInChunks() throws Exception {
        String id = ApiState.newSession("en");
        String messages = "/api/sessions/" + id + "/messages";
        String big = "{\"message\": \"" + "a".repeat(70_000) + "\"}";
        given().contentType(ContentType.JSON).body(big).post(messages).then().statusCode(413)
                .contentType(ContentType.JSON).body("code", equalTo("REQUEST_TOO_LARGE"));

        java.net.http.HttpRequest chunked = java.net.http.HttpRequest.newBuilder(base.resolve(messages))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
                .send(chunked, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode());
        assertThat(answer.body(), org.hamcrest.Matchers.containsString("\"code\":\"REQUEST_TOO_LARGE\""));

        given().get("/api/sessions/" + id + "/status").then().body("conversation_history", org.hamcrest.Matchers.hasSize(1));
    }

    /**
     * The one malformed request that cannot get a JSON body: a request line that is not a valid URI is
     * refused by Quarkus before any route runs (an empty 400). It still reaches nothing.
     */
    @Test
    void aRequestLineThatIsNoUriIsRefusedBeforeAnyRoute() {
        String keys = ApiState.sessionKeyCount(redis);
        RawHttp.Answer answer = RawHttp.send(base, RawHttp.Request.of("POST", "/api/sessions/%zz/photos/user")
                .header("Content-Type", "application/json").body("{}"));
        assertEquals(400, answer.status());
        assertEquals(0, answer.body().length);
        assertEquals(keys, ApiState.sessionKeyCount(redis));
    }

    @Test
    void errorsWithoutASessionFollowAcceptLanguage() {
        given().header("Accept-Language", "en").get("/api/nothing").then().statusCode(404)
                .body("error", equalTo("Nothing is here."));
        given().header("Accept-Language", "fr-FR,en;q=0.5").get("/api/sessions/bad/status").then().statusCode(400)
                .body("error", equalTo("The session id is not valid."));
        given().header("Accept-Language", ";;;=,,q=x").get("/api/sessions/bad/status").then().statusCode(400)
                .body("code", equalTo("INVALID_SESSION_ID"));
    }
}
