package dev.hera.api.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.api.testing.ApiState;
import dev.hera.api.testing.RawHttp;
import dev.hera.api.testing.RawHttp.Request;
import dev.hera.api.testing.TestImages;
import dev.hera.api.testing.TestProfiles;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3Server;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile and malformed requests, table-driven: each one gets its documented error, never a 5xx,
 * always a JSON body with {@code error} and {@code code}, and changes nothing that is stored (the
 * number of Redis keys, every object in the image bucket, and the {@code _meta} and {@code photos}
 * of a session that exists, with a profile and a photo).
 * <p>
 * To add cases: write them in one of the groups below, or add a group to {@link #cases()}. In a
 * path, {@value #VICTIM} stands for the existing session and {@value #UNKNOWN} for a valid id
 * that no session has.
 */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class HostileInputTest {

    static final String VICTIM = "{victim}";
    static final String UNKNOWN = "{unknown}";
    private static final String UNKNOWN_ID = UUID.randomUUID().toString();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_IMAGE_BYTES = 10 * 1024 * 1024;
    private static String victim;

    @TestHTTPResource("/")
    URI base;

    @Inject
    SessionStore store;

    RedisServer redis;
    S3Server s3;

    /**
     * One hostile request and the answer it must get.
     *
     * @param name    what the case tries
     * @param request the request; {@value #VICTIM} and {@value #UNKNOWN} in its path are replaced
     * @param status  the expected status
     * @param code    the expected error code
     */
    record Case(String name, Request request, int status, String code) {
        @Override
        public String toString() {
            return name + " → " + status + " " + code;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(sessionIds(), imageNames(), wrongMethods(), contentTypes(), bodies(), uploads(),
                unknownSessions()).flatMap(List::stream);
    }

    static List<Case> sessionIds() {
        return List.of(
                refused("dot-dot id (normalised away: no such path)", get("/api/sessions/../status"), 404, "NOT_FOUND"),
                refused("%2e%2e id (normalised away: no such path)", get("/api/sessions/%2e%2e/status"), 404, "NOT_FOUND"),
                refused("..%2f traversal in the id", get("/api/sessions/..%2f..%2fetc%2fpasswd/status"), 400, "INVALID_SESSION_ID"),
                refused("encoded slash in the id", get("/api/sessions/a%2Fb/status"), 400, "INVALID_SESSION_ID"),
                refused("encoded NUL as the id", get("/api/sessions/%00/status"), 400, "INVALID_SESSION_ID"),
                refused("UUID followed by an encoded NUL", get("/api/sessions/" + UNKNOWN + "%00/status"), 400, "INVALID_SESSION_ID"),
                refused("upper-case UUID", get("/api/sessions/" + UUID.randomUUID().toString().toUpperCase() + "/status"),
                        400, "INVALID_SESSION_ID"),
                refused("non-ASCII id", get("/api/sessions/%E3%81%82/status"), 400, "INVALID_SESSION_ID"),
                refused("id with an encoded space", get("/api/sessions/%20" + UNKNOWN + "/status"), 400, "INVALID_SESSION_ID"),
                refused("traversal id on upload", post("/api/sessions/..%2f/photos/user")
                        .header("Content-Type", RawHttp.multipartType())
                        .body(RawHttp.multipart("file", "a.jpg", "image/jpeg", TestImages.jpeg())), 400, "INVALID_SESSION_ID"),
                refused("traversal id on delete", delete("/api/sessions/..%2f.."), 400, "INVALID_SESSION_ID"));
    }

    static List<Case> imageNames() {
        String photos = "/api/sessions/" + VICTIM + "/photos/";
        return List.of(
                refused("..%2f traversal in the image name", get(photos + "..%2f..%2fuser.jpg"), 400, "INVALID_IMAGE_NAME"),
                refused("%2e%2e as the image name (normalised to the session path)", get(photos + "%2e%2e"), 405,
                        "METHOD_NOT_ALLOWED"),
                refused("encoded NUL inside the image name", get(photos + "user.jpg%00.png"), 400, "INVALID_IMAGE_NAME"),
                refused("encoded slash in the image name", get(photos + "user.jpg%2F..%2F..%2Fx"), 400, "INVALID_IMAGE_NAME"),
                refused("image name of another type", get(photos + "user.gif"), 400, "INVALID_IMAGE_NAME"),
                refused("image name outside the whitelist", get(photos + "_meta"), 400, "INVALID_IMAGE_NAME"),
                refused("image that does not exist", get(photos + "child_1.png"), 404, "IMAGE_NOT_FOUND"),
                refused("the photo under another extension", get(photos + "user.png"), 404, "IMAGE_NOT_FOUND"));
    }

    static List<Case> wrongMethods() {
        String session = "/api/sessions/" + VICTIM;
        return List.of(
                refused("PUT on the sessions collection", Request.of("PUT", "/api/sessions"), 405, "METHOD_NOT_ALLOWED"),
                refused("DELETE on status", delete(session + "/status"), 405, "METHOD_NOT_ALLOWED"),
                refused("PATCH on a session", Request.of("PATCH", session), 405, "METHOD_NOT_ALLOWED"),
                refused("GET on complete", get(session + "/complete"), 405, "METHOD_NOT_ALLOWED"),
                refused("PUT on the photo upload", Request.of("PUT", session + "/photos/user"), 405, "METHOD_NOT_ALLOWED"),
                refused("DELETE on a photo (must not delete it)", delete(session + "/photos/user.jpg"), 405, "METHOD_NOT_ALLOWED"),
                refused("GET on generate-image", get(session + "/generate-image"), 405, "METHOD_NOT_ALLOWED"),
                refused("POST on family status", post(session + "/family/status"), 405, "METHOD_NOT_ALLOWED"),
                refused("unknown path", get("/api/sessions/" + VICTIM + "/secrets"), 404, "NOT_FOUND"));
    }

    static List<Case> contentTypes() {
        String session = "/api/sessions/" + VICTIM;
        return List.of(
                refused("text/plain body on create", post("/api/sessions").header("Content-Type", "text/plain")
                        .body("locale=en"), 415, "UNSUPPORTED_MEDIA_TYPE"),
                refused("form body on create", post("/api/sessions")
                        .header("Content-Type", "application/x-www-form-urlencoded").body("locale=en"), 415,
                        "UNSUPPORTED_MEDIA_TYPE"),
                refused("unparseable Content-Type on complete", post(session + "/complete").header("Content-Type", "%%%;;")
                        .body("{}"), 400, "MALFORMED_REQUEST"),
                refused("XML on generate-image", post(session + "/generate-image").header("Content-Type", "text/xml")
                        .body("<target>partner</target>"), 415, "UNSUPPORTED_MEDIA_TYPE"),
                refused("no Content-Type and garbage on generate-image", post(session + "/generate-image").body("target=partner"),
                        400, "INVALID_JSON"),
                refused("no Content-Type and no body on generate-image", post(session + "/generate-image"), 400,
                        "IMAGE_TARGET_UNSUPPORTED"),
                refused("JSON sent to the photo upload", post(session + "/photos/user").header("Content-Type", "application/json")
                        .body("{\"file\":\"x\"}"), 415, "UNSUPPORTED_MEDIA_TYPE"),
                refused("no Content-Type and no body on the photo upload", post(session + "/photos/user"), 400,
                        "IMAGE_REQUIRED"));
    }

    static List<Case> bodies() {
        String session = "/api/sessions/" + VICTIM;
        byte[] invalidUtf8 = { '{', '"', 'l', 'o', 'c', 'a', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                (byte) 0xFF, '"', '}' };
        byte[] garbage = new byte[60 * 1024]; // just under the JSON limit, so it is read and parsed
        Arrays.fill(garbage, (byte) '{');
        return List.of(
                refused("locale of the wrong type", json("/api/sessions", "{\"locale\": 5}"), 400, "INVALID_FIELD"),
                refused("an array instead of an object", json("/api/sessions", "[]"), 400, "INVALID_FIELD"),
                refused("a string instead of an object", json("/api/sessions", "\"x\""), 400, "INVALID_FIELD"),
                refused("a number instead of an object", json("/api/sessions", "42"), 400, "INVALID_FIELD"),
                refused("unknown locale", json("/api/sessions", "{\"locale\":\"xx\"}"), 400, "INVALID_LOCALE"),
                refused("garbage JSON", json("/api/sessions", "{{{{"), 400, "INVALID_JSON"),
                refused("JSON followed by garbage", json("/api/sessions", "{\"locale\":\"ja\"} trailing"), 400, "INVALID_JSON"),
                refused("a field named twice", json("/api/sessions", "{\"locale\":\"en\",\"locale\":\"ja\"}"), 400,
                        "INVALID_JSON"),
                refused("a message named twice", json(session + "/messages", "{\"message\":\"hi\",\"message\":\"again\"}"),
                        400, "INVALID_JSON"),
                refused("invalid UTF-8 bytes", post("/api/sessions").header("Content-Type", "application/json")
                        .body(invalidUtf8), 400, "INVALID_JSON"),
                refused("60,000 nested arrays", json("/api/sessions", "[".repeat(60_000)), 400, "INVALID_JSON"),
                refused("60 KB of garbage", post("/api/sessions").header("Content-Type", "application/json").body(garbage),
                        400, "INVALID_JSON"),
                refused("a body declared past the JSON limit", post("/api/sessions")
                        .header("Content-Type", "application/json").declaredLengthOnly(70_000L), 413, "REQUEST_TOO_LARGE"),
                refused("a body declared past the request limit", post("/api/sessions")
                        .header("Content-Type", "application/json").declaredLengthOnly(50_000_000L), 413, "REQUEST_TOO_LARGE"),
                refused("target of the wrong type", json(session + "/generate-image", "{\"target\": 5}"), 400, "INVALID_FIELD"),
                refused("a target other than partner", json(session + "/generate-image", "{\"target\":\"../../child\"}"), 400,
                        "IMAGE_TARGET_UNSUPPORTED"),
                refused("partner portrait without the partner's looks", json(session + "/generate-image",
                        "{\"target\":\"partner\"}"), 400, "PARTNER_DESCRIPTION_MISSING"),
                refused("garbage to generate-child-image", json(session + "/generate-child-image", "\u0000\u0001"), 400,
                        "INVALID_JSON"),
                refused("child portraits without the partner's portrait", json(session + "/generate-child-image", ""), 400,
                        "PHOTOS_REQUIRED"),
                refused("garbage to complete", json(session + "/complete", "{\"a\":"), 400, "INVALID_JSON"),
                refused("complete with an incomplete profile", json(session + "/complete", ""), 400, "PROFILE_INCOMPLETE"));
    }

    static List<Case> uploads() {
        String upload = "/api/sessions/" + VICTIM + "/photos/user";
        return List.of(
                refused("a text file named .png", multipart(upload, "file", "photo.png", "image/png", TestImages.text()), 415,
                        "IMAGE_FORMAT"),
                refused("a PNG header followed by garbage", multipart(upload, "file", "photo.png", "image/png",
                        TestImages.pngHeaderWithGarbage()), 415, "IMAGE_FORMAT"),
                refused("a JPEG header followed by garbage", multipart(upload, "file", "photo.jpg", "image/jpeg",
                        TestImages.jpegHeaderWithGarbage()), 415, "IMAGE_FORMAT"),
                refused("a truncated PNG", multipart(upload, "file", "photo.png", "image/png", TestImages.truncatedPng()), 415,
                        "IMAGE_FORMAT"),
                refused("an empty file", multipart(upload, "file", "photo.png", "image/png", new byte[0]), 415, "IMAGE_FORMAT"),
                refused("10 MB + 1 byte", multipart(upload, "file", "big.jpg", "image/jpeg",
                        TestImages.oversized(MAX_IMAGE_BYTES + 1)), 413, "IMAGE_TOO_LARGE"),
                refused("an upload declared past the request limit", post(upload).header("Content-Type", RawHttp.multipartType())
                        .declaredLengthOnly(50_000_000L), 413, "IMAGE_TOO_LARGE"),
                refused("the image in a part not named file", multipart(upload, "photo", "a.jpg", "image/jpeg",
                        TestImages.jpeg()), 400, "IMAGE_REQUIRED"),
                refused("a traversal file name", multipart(upload, "file", "../../../etc/passwd", "image/png",
                        TestImages.text()), 415, "IMAGE_FORMAT"),
                refused("a multipart body that does not match its boundary", post(upload)
                        .header("Content-Type", "multipart/form-data; boundary=nothing-like-this")
                        .body("--other\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nxx\r\n--other--\r\n"), 400,
                        "MALFORMED_REQUEST"),
                refused("a multipart body cut off inside the file part", post(upload)
                        .header("Content-Type", RawHttp.multipartType())
                        .body(java.util.Arrays.copyOf(RawHttp.multipart("file", "a.jpg", "image/jpeg", TestImages.jpeg()), 300)),
                        400, "MALFORMED_REQUEST"));
    }

    static List<Case> unknownSessions() {
        String session = "/api/sessions/" + UNKNOWN;
        return List.of(
                refused("status of an unknown session", get(session + "/status"), 404, "SESSION_NOT_FOUND"),
                refused("family status of an unknown session", get(session + "/family/status"), 404, "SESSION_NOT_FOUND"),
                refused("complete an unknown session", json(session + "/complete", ""), 404, "SESSION_NOT_FOUND"),
                refused("delete an unknown session", delete(session), 404, "SESSION_NOT_FOUND"),
                refused("photo upload to an unknown session", multipart(session + "/photos/user", "file", "a.jpg", "image/jpeg",
                        TestImages.jpeg()), 404, "SESSION_NOT_FOUND"),
                refused("portrait for an unknown session", json(session + "/generate-image", "{\"target\":\"partner\"}"), 404,
                        "SESSION_NOT_FOUND"));
    }

    @BeforeEach
    void victimExists() {
        if (victim == null || !store.exists(victim).await().atMost(WAIT)) {
            victim = ApiState.newSession("ja");
            store.writeDocument(victim, SessionKey.USER_PROFILE, TestProfiles.withoutPartnerLooks()).await().atMost(WAIT);
            io.restassured.RestAssured.given().multiPart("file", "me.jpg", TestImages.jpeg())
                    .post("/api/sessions/" + victim + "/photos/user").then().statusCode(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithAJsonErrorAndNoHarm(Case hostile) throws Exception {
        ApiState.Fingerprint before = ApiState.fingerprint(redis, s3, store, victim);

        RawHttp.Answer answer = RawHttp.send(base, resolve(hostile.request()));

        assertTrue(answer.status() < 500, () -> "no 5xx: " + answer.status() + " " + answer.text());
        assertThat(answer.header("Content-Type"), startsWith("application/json"));
        JsonNode body = JSON.readTree(answer.body());
        assertFalse(body.path("error").asText().isBlank(), () -> "a readable error: " + answer.text());
        assertEquals(hostile.code(), body.path("code").asText(), answer::text);
        assertEquals("error", body.path("status").asText());
        assertEquals(hostile.status(), answer.status(), answer::text);
        assertEquals(before, ApiState.fingerprint(redis, s3, store, victim), "nothing stored changed");
        assertEquals(":0", redis.command("EXISTS", "session:" + UNKNOWN_ID + ":_meta"), "the unknown session stays unknown");
    }

    private static Request resolve(Request request) {
        return new Request(request.method(), request.path().replace(VICTIM, victim).replace(UNKNOWN, UNKNOWN_ID),
                request.headers(), request.body(), request.declareBodyOnly());
    }

    private static Case refused(String name, Request request, int status, String code) {
        return new Case(name, request, status, code);
    }

    private static Request get(String path) {
        return Request.of("GET", path);
    }

    private static Request post(String path) {
        return Request.of("POST", path);
    }

    private static Request delete(String path) {
        return Request.of("DELETE", path);
    }

    private static Request json(String path, String body) {
        return post(path).header("Content-Type", "application/json").body(body.getBytes(StandardCharsets.UTF_8));
    }

    private static Request multipart(String path, String part, String fileName, String type, byte[] content) {
        return post(path).header("Content-Type", RawHttp.multipartType())
                .body(RawHttp.multipart(part, fileName, type, content));
    }
}
