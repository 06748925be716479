package dev.hera.api.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.api.testing.TestImages;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Token mode, the default: a session is used with the token its creation returned, and the image
 * links the API hands out open one image each, for a while, to whoever holds them.
 */
@QuarkusTest
@TestProfile(SessionAccessTest.TokenMode.class)
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class SessionAccessTest {

    static final long LINK_SECONDS = 2;

    public static class TokenMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hera.api.auth", "token",
                    "hera.api.links.keys", "a-test-key-of-at-least-32-characters-0001",
                    "hera.api.links.lifetime", LINK_SECONDS + "S");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** One request of each session route, as a client would send it. */
    private record Route(String name, Function<RequestSpecification, Response> call) {
    }

    private static List<Route> routes(String id) {
        String session = "/api/sessions/" + id;
        return List.of(
                new Route("status", request -> request.get(session + "/status")),
                new Route("message", request -> request.contentType(ContentType.JSON).body(Map.of("message", "こんにちは"))
                        .post(session + "/messages")),
                new Route("complete", request -> request.contentType(ContentType.JSON).body("").post(session + "/complete")),
                new Route("family status", request -> request.get(session + "/family/status")),
                new Route("family message", request -> request.contentType(ContentType.JSON)
                        .body(Map.of("message", "こんにちは")).post(session + "/family/messages")),
                new Route("upload", request -> request.multiPart("file", "me.jpg", TestImages.jpeg(), "image/jpeg")
                        .post(session + "/photos/user")),
                new Route("photo list", request -> request.get(session + "/photos")),
                new Route("one photo", request -> request.get(session + "/photos/user.jpg")),
                new Route("partner portrait", request -> request.contentType(ContentType.JSON)
                        .body(Map.of("target", "partner")).post(session + "/generate-image")),
                new Route("children's portraits", request -> request.contentType(ContentType.JSON).body("")
                        .post(session + "/generate-child-image")),
                new Route("turn", request -> request.get(session + "/turns/" + UUID.randomUUID())),
                new Route("events", request -> request.get(session + "/events")),
                new Route("delete", request -> request.delete(session)));
    }

    @Inject
    SessionStore store;

    @Test
    void everySessionRouteRefusesAMissingTokenWith401AndAWrongOneLikeASessionThatDoesNotExist() {
        Created mine = create();
        Created other = create();
        String unknown = UUID.randomUUID().toString();
        for (Route route : routes(mine.id())) {
            Response missing = route.call().apply(given());
            assertEquals(401, missing.statusCode(), route.name() + " without a token");
            assertEquals("AUTHENTICATION_REQUIRED", missing.jsonPath().getString("code"), route.name());
            assertTrue(missing.header("WWW-Authenticate").startsWith("Bearer"), route.name());

            Response scheme = route.call().apply(given().header("Authorization", "Basic " + mine.token()));
            assertEquals(401, scheme.statusCode(), route.name() + " with another scheme than Bearer");

            Response wrong = route.call().apply(given().header("Authorization", other.bearer()));
            Response absent = routes(unknown).stream().filter(each -> each.name().equals(route.name())).findFirst()
                    .orElseThrow().call().apply(given().header("Authorization", other.bearer()));
            assertEquals(404, wrong.statusCode(), route.name() + " with another session's token");
            assertEquals(absent.statusCode(), wrong.statusCode(), route.name());
            assertEquals(absent.body().asString(), wrong.body().asString(), route.name() + ": no oracle");
            assertEquals("SESSION_NOT_FOUND", wrong.jsonPath().getString("code"), route.name());
        }
        // Nothing of the refused requests reached the session.
        given().header("Authorization", mine.bearer()).get("/api/sessions/" + mine.id() + "/photos")
                .then().statusCode(200).body("images", equalTo(List.of()));
    }

    @Test
    void theRightTokenOpensEveryRouteAndOnlyItsHashIsStored() {
        Created mine = create();
        assertTrue(mine.token().matches("[A-Za-z0-9_-]{43,}"), "at least 256 bits: " + mine.token());
        Map<String, String> meta = store.readHash(mine.id(), SessionKey.META).await().atMost(WAIT);
        assertFalse(meta.toString().contains(mine.token()), "the token itself is not stored");
        assertTrue(SessionTokens.opens(meta.get("owner"), mine.token()));

        for (Route route : routes(mine.id())) {
            if (route.name().equals("events") || route.name().equals("delete")) {
                continue;
            }
            int status = route.call().apply(given().header("Authorization", mine.bearer())).statusCode();
            assertTrue(status != 401 && status != 403 && !(status == 404 && !route.name().equals("turn")),
                    route.name() + " answered " + status);
        }
        given().header("Authorization", mine.bearer()).delete("/api/sessions/" + mine.id()).then().statusCode(200);
        given().header("Authorization", mine.bearer()).get("/api/sessions/" + mine.id() + "/status").then().statusCode(404);
    }

    @Test
    void aStatusAdmittedAMomentAgoStillNeedsItsOwnTokenAndEndsWithTheSession() {
        Created mine = create();
        Created other = create();
        String status = "/api/sessions/" + mine.id() + "/status";
        given().header("Authorization", mine.bearer()).get(status).then().statusCode(200);
        // The check just made is remembered for the right token only.
        given().header("Authorization", other.bearer()).get(status).then().statusCode(404).body("code", equalTo("SESSION_NOT_FOUND"));
        given().get(status).then().statusCode(401);
        given().header("Authorization", mine.bearer()).get(status).then().statusCode(200);

        given().header("Authorization", mine.bearer()).delete("/api/sessions/" + mine.id()).then().statusCode(200);
        Response gone = given().header("Authorization", mine.bearer()).get(status);
        Response absent = given().header("Authorization", mine.bearer()).get("/api/sessions/" + UUID.randomUUID() + "/status");
        assertEquals(404, gone.statusCode());
        assertEquals(absent.body().asString(), gone.body().asString(), "a deleted session reads as one that never was");
        given().header("Authorization", mine.bearer()).contentType("application/json").body(Map.of("message", "hello"))
                .post("/api/sessions/" + mine.id() + "/messages").then().statusCode(404);
    }

    @Test
    void anImageLinkOpensItsImageWithoutAHeaderAndNothingElse() throws InterruptedException {
        Created mine = create();
        Created other = create();
        String link = given().header("Authorization", mine.bearer())
                .multiPart("file", "me.jpg", TestImages.jpeg(), "image/jpeg").post("/api/sessions/" + mine.id() + "/photos/user")
                .then().statusCode(200)
                .body("image_url", matchesPattern("/api/sessions/" + mine.id() + "/photos/user\\.jpg\\?expires=\\d+&signature=[A-Za-z0-9_-]+"))
                .extract().path("image_url");
        given().header("Authorization", other.bearer()).multiPart("file", "me.jpg", TestImages.jpeg(), "image/jpeg")
                .post("/api/sessions/" + other.id() + "/photos/user").then().statusCode(200);

        given().get(link).then().statusCode(200).contentType("image/jpeg");
        String listed = given().header("Authorization", mine.bearer()).get("/api/sessions/" + mine.id() + "/photos")
                .then().statusCode(200).extract().path("images[0].image_url");
        given().get(listed).then().statusCode(200).contentType("image/jpeg");

        String query = link.substring(link.indexOf('?'));
        String signature = link.substring(link.indexOf("signature=") + "signature=".length());
        String flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        long expires = Long.parseLong(link.replaceAll(".*expires=(\\d+).*", "$1"));
        Map<String, String> refused = Map.of(
                "an altered signature", link.replace(signature, flipped),
                "a later expiry", link.replace("expires=" + expires, "expires=" + (expires + 3600)),
                "another session's photo", "/api/sessions/" + other.id() + "/photos/user.jpg" + query,
                "no signature", link.replaceAll("&signature=.*", ""),
                "no expiry", "/api/sessions/" + mine.id() + "/photos/user.jpg?signature=" + signature);
        refused.forEach((what, altered) -> given().get(altered).then().statusCode(404).contentType(ContentType.JSON)
                .body("code", equalTo("IMAGE_NOT_FOUND")));
        // The link opens its image, not the session.
        given().get("/api/sessions/" + mine.id() + "/status" + query).then().statusCode(401);
        // The plain path needs the credential.
        given().get("/api/sessions/" + mine.id() + "/photos/user.jpg").then().statusCode(401);
        given().header("Authorization", mine.bearer()).get("/api/sessions/" + mine.id() + "/photos/user.jpg")
                .then().statusCode(200).contentType("image/jpeg");

        Thread.sleep(Duration.ofSeconds(LINK_SECONDS + 1).toMillis());
        given().get(link).then().statusCode(404).body("code", equalTo("IMAGE_NOT_FOUND"));
        String fresh = given().header("Authorization", mine.bearer()).get("/api/sessions/" + mine.id() + "/photos")
                .then().extract().path("images[0].image_url");
        assertNotEquals(link, fresh, "each answer signs anew");
        given().get(fresh).then().statusCode(200);
    }

    private record Created(String id, String token) {
        String bearer() {
            return "Bearer " + token;
        }
    }

    private static Created create() {
        var created = given().contentType(ContentType.JSON).body(Map.of("locale", "en")).post("/api/sessions")
                .then().statusCode(200).extract().jsonPath();
        return new Created(created.getString("session_id"), created.getString("session_token"));
    }
}
