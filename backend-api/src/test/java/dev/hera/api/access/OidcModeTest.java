package dev.hera.api.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * OIDC mode: a session belongs to the subject whose token created it; tokens are verified by
 * Quarkus' OIDC support against the keys a (stand-in) identity provider publishes.
 */
@QuarkusTest
@WithTestResource(IdentityProvider.class)
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class OidcModeTest {

    @Test
    void twoSubjectsCannotSeeEachOthersSessions() {
        String alice = "alice-" + System.nanoTime();
        String bob = "bob-" + System.nanoTime();
        String hers = as(alice).contentType(ContentType.JSON).body(Map.of("locale", "en")).post("/api/sessions")
                .then().statusCode(200).body("session_token", nullValue()).extract().path("session_id");

        as(alice).get("/api/sessions/" + hers + "/status").then().statusCode(200);
        String absent = as(bob).get("/api/sessions/00000000-0000-4000-8000-000000000000/status").then().statusCode(404)
                .extract().asString();
        String refused = as(bob).get("/api/sessions/" + hers + "/status").then().statusCode(404)
                .body("code", equalTo("SESSION_NOT_FOUND")).extract().asString();
        assertEquals(absent, refused, "another subject's session looks like none at all");
        as(bob).contentType(ContentType.JSON).body(Map.of("message", "hi")).post("/api/sessions/" + hers + "/messages")
                .then().statusCode(404);
        as(bob).delete("/api/sessions/" + hers).then().statusCode(404);

        assertEquals(List.of(hers), as(alice).get("/api/sessions").then().statusCode(200).extract().path("sessions.session_id"));
        assertEquals(List.of(), as(bob).get("/api/sessions").then().statusCode(200).extract().path("sessions"));
        as(alice).get("/api/sessions/" + hers + "/status").then().statusCode(200);
    }

    @Test
    void theListIsNewestFirstAndForgetsDeletedSessions() {
        String carol = "carol-" + System.nanoTime();
        String first = create(carol);
        String second = create(carol);
        String third = create(carol);
        assertEquals(List.of(third, second, first), as(carol).get("/api/sessions").then().statusCode(200)
                .extract().path("sessions.session_id"));

        as(carol).delete("/api/sessions/" + second).then().statusCode(200);
        assertEquals(List.of(third, first), as(carol).get("/api/sessions").then().statusCode(200)
                .extract().path("sessions.session_id"));
    }

    @Test
    void missingExpiredForgedAndForeignTokensAre401() {
        String dave = "dave-" + System.nanoTime();
        String session = create(dave);
        Map<String, RequestSpecification> callers = Map.of(
                "no token", given(),
                "expired", given().auth().oauth2(IdentityProvider.expired(dave)),
                "signed with an unpublished key", given().auth().oauth2(IdentityProvider.forged(dave)),
                "another issuer", given().auth().oauth2(IdentityProvider.otherIssuer(dave)),
                "not a JWT", given().auth().oauth2("not-a-jwt"));
        callers.forEach((what, caller) -> {
            caller.get("/api/sessions/" + session + "/status").then().statusCode(401).contentType(ContentType.JSON)
                    .header("WWW-Authenticate", startsWith("Bearer")).body("code", equalTo("AUTHENTICATION_REQUIRED"));
        });
        given().contentType(ContentType.JSON).body("{}").post("/api/sessions").then().statusCode(401)
                .body("code", equalTo("AUTHENTICATION_REQUIRED"));
        given().auth().oauth2(IdentityProvider.expired(dave)).contentType(ContentType.JSON).body("{}").post("/api/sessions")
                .then().statusCode(401).body("code", equalTo("AUTHENTICATION_REQUIRED"));
        given().auth().oauth2(IdentityProvider.forged(dave)).get("/api/sessions").then().statusCode(401);
        as(dave).get("/api/sessions/" + session + "/status").then().statusCode(200);
    }

    private static RequestSpecification as(String subject) {
        return given().auth().oauth2(IdentityProvider.token(subject));
    }

    private static String create(String subject) {
        return as(subject).contentType(ContentType.JSON).body(Map.of("locale", "ja")).post("/api/sessions")
                .then().statusCode(200).extract().path("session_id");
    }
}
