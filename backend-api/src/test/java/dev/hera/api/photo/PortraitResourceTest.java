package dev.hera.api.photo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.api.testing.ApiState;
import dev.hera.api.testing.TestImages;
import dev.hera.api.testing.TestProfiles;
import dev.hera.image.ImageName;
import dev.hera.session.SessionPhotos;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Portrait requests, on their refusing paths: what the drawing needs is checked before any work is
 * handed to the agent. (The drawing itself runs in the agent, through the queue these tests do not run.)
 */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class PortraitResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SessionStore store;

    @Inject
    SessionPhotos photos;

    RedisServer redis;

    @Test
    void partnerPortraitNeedsTheTargetPartner() {
        String id = ApiState.newSession("ja");
        store.writeDocument(id, SessionKey.USER_PROFILE, TestProfiles.complete()).await().atMost(WAIT);
        String before = ApiState.sessionKeyCount(redis);
        // The reference frontend's empty JSON body, and a body without any content type (D45).
        given().contentType(ContentType.JSON).body("").post("/api/sessions/" + id + "/generate-image")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", equalTo("IMAGE_TARGET_UNSUPPORTED")).body("status", equalTo("error"))
                .body("error", equalTo("現在partnerのみ対応しています。"));
        given().contentType(ContentType.JSON).body("{\"target\":\"child\"}").post("/api/sessions/" + id + "/generate-image")
                .then().statusCode(400).body("code", equalTo("IMAGE_TARGET_UNSUPPORTED"));
        given().contentType(ContentType.JSON).body("{\"target\":").post("/api/sessions/" + id + "/generate-image")
                .then().statusCode(400).contentType(ContentType.JSON).body("code", equalTo("INVALID_JSON"));
        given().contentType(ContentType.JSON).body("{\"target\":[\"partner\"]}").post("/api/sessions/" + id + "/generate-image")
                .then().statusCode(400).body("code", equalTo("INVALID_FIELD"));
        assertEquals(before, ApiState.sessionKeyCount(redis), "nothing was queued or written");
    }

    @Test
    void partnerPortraitNeedsThePartnersLooks() {
        String id = ApiState.newSession("en");
        store.writeDocument(id, SessionKey.USER_PROFILE, TestProfiles.withoutPartnerLooks()).await().atMost(WAIT);
        given().contentType(ContentType.JSON).body("{\"target\":\"partner\"}").post("/api/sessions/" + id + "/generate-image")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", equalTo("PARTNER_DESCRIPTION_MISSING")).body("status", equalTo("error"))
                .body("error", equalTo("Hera does not know your partner's looks yet. Tell her about them first."));
        String empty = ApiState.newSession("ja");
        given().contentType(ContentType.JSON).body("{\"target\":\"partner\"}").post("/api/sessions/" + empty + "/generate-image")
                .then().statusCode(400).body("code", equalTo("PARTNER_DESCRIPTION_MISSING"));
    }

    @Test
    void aPartnerPortraitIsHandedToTheAgentAndItsAnswerPassedThrough() {
        String id = ApiState.newSession("ja");
        store.writeDocument(id, SessionKey.USER_PROFILE, TestProfiles.complete()).await().atMost(WAIT);
        given().contentType(ContentType.JSON).body("{\"target\":\"partner\"}").post("/api/sessions/" + id + "/generate-image")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("status", equalTo("success"))
                .body("image_url", ApiState.linkTo(id, "partner.png"))
                .body("meta.target", equalTo("partner"));
    }

    @Test
    void partnerPortraitRefusesBadIdsAndUnknownSessions() {
        given().contentType(ContentType.JSON).body("{\"target\":\"partner\"}").post("/api/sessions/zzz/generate-image")
                .then().statusCode(400).body("code", equalTo("INVALID_SESSION_ID"));
        given().contentType(ContentType.JSON).body("{\"target\":\"partner\"}")
                .post("/api/sessions/" + java.util.UUID.randomUUID() + "/generate-image")
                .then().statusCode(404).body("code", equalTo("SESSION_NOT_FOUND")).body("status", equalTo("error"));
    }

    @Test
    void childPortraitsNeedBothImages() {
        String id = ApiState.newSession("ja");
        store.writeDocument(id, SessionKey.USER_PROFILE, TestProfiles.complete()).await().atMost(WAIT);
        given().contentType(ContentType.JSON).body("").post("/api/sessions/" + id + "/generate-child-image")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", equalTo("PHOTOS_REQUIRED")).body("status", equalTo("error"))
                .body("error", equalTo("あなたの写真とパートナーの画像の両方が必要です。"));
        given().multiPart("file", "me.jpg", TestImages.jpeg()).post("/api/sessions/" + id + "/photos/user").then().statusCode(200);
        given().contentType(ContentType.JSON).post("/api/sessions/" + id + "/generate-child-image")
                .then().statusCode(400).body("code", equalTo("PHOTOS_REQUIRED"));
    }

    @Test
    void childPortraitsAreHandedToTheAgentOnceBothImagesExist() {
        String id = ApiState.newSession("ja");
        store.writeDocument(id, SessionKey.USER_PROFILE, TestProfiles.complete()).await().atMost(WAIT);
        given().multiPart("file", "me.jpg", TestImages.jpeg()).post("/api/sessions/" + id + "/photos/user").then().statusCode(200);
        photos.save(id, ImageName.of("partner", "png"), TestImages.png()).await().atMost(WAIT);
        given().contentType(ContentType.JSON).body("").post("/api/sessions/" + id + "/generate-child-image")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("status", equalTo("success"))
                .body("image_url", ApiState.linkTo(id, "child_1.png"))
                .body("meta.target", equalTo("child"));
    }

    @Test
    void childPortraitsNeedWishedForChildren() {
        String id = ApiState.newSession("en");
        store.writeDocument(id, SessionKey.USER_PROFILE, TestProfiles.withoutChildren()).await().atMost(WAIT);
        given().multiPart("file", "me.jpg", TestImages.jpeg()).post("/api/sessions/" + id + "/photos/user").then().statusCode(200);
        // The partner's portrait is the agent's work; here it is stored as the agent would store it.
        photos.save(id, ImageName.of("partner", "png"), TestImages.png()).await().atMost(WAIT);
        given().get("/api/sessions/" + id + "/photos").then().body("images.name", equalTo(List.of("partner.png", "user.jpg")));

        given().contentType(ContentType.JSON).post("/api/sessions/" + id + "/generate-child-image")
                .then().statusCode(409).contentType(ContentType.JSON)
                .body("code", equalTo("CHILDREN_REQUIRED"))
                .body("error", equalTo("Hera does not know about the children you wish for yet."));
        given().contentType(ContentType.JSON).body("not json").post("/api/sessions/" + id + "/generate-child-image")
                .then().statusCode(400).body("code", equalTo("INVALID_JSON"));
    }

    @Test
    void childPortraitsRefuseBadIdsAndUnknownSessions() {
        given().post("/api/sessions/..%2f..%2f/generate-child-image").then().statusCode(400)
                .body("code", equalTo("INVALID_SESSION_ID"));
        given().contentType(ContentType.JSON).post("/api/sessions/" + java.util.UUID.randomUUID() + "/generate-child-image")
                .then().statusCode(404).body("code", equalTo("SESSION_NOT_FOUND"));
    }
}
