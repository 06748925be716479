package dev.hera.api.photo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.api.testing.ApiState;
import dev.hera.api.testing.TestImages;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3Server;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The user's photo: checked by content, stored in S3 with its real type, its pixels only, served back as stored. */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class PhotoResourceTest {

    private static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    SessionStore store;

    RedisServer redis;
    S3Server s3;

    @Test
    void whileTheImageStoreIsDownUploadsAnswer503AndNothingIsRecorded() {
        String id = ApiState.newSession("en");
        s3.stop();
        try {
            given().multiPart("file", "me.jpg", TestImages.jpeg(), "image/jpeg").post("/api/sessions/" + id + "/photos/user")
                    .then().statusCode(503).contentType(ContentType.JSON)
                    .body("code", equalTo("SERVICE_UNAVAILABLE")).body("status", equalTo("error"));
            assertEquals(java.util.Map.of(), store.readHash(id, SessionKey.PHOTOS).await().atMost(java.time.Duration.ofSeconds(10)),
                    "no image is recorded for an object that was not stored");
        } finally {
            s3.start();
        }
        assertEquals(List.of(), s3.keys(S3ServerResource.BUCKET, "sessions/" + id + "/"), "nothing half-written");
        given().multiPart("file", "me.jpg", TestImages.jpeg(), "image/jpeg").post("/api/sessions/" + id + "/photos/user")
                .then().statusCode(200);
    }

    @Test
    void aJpegIsStoredAsUserJpgAndServedBackAsStored() throws Exception {
        String id = ApiState.newSession("ja");
        byte[] jpeg = TestImages.jpeg();

        var stored = given().multiPart("file", "me.png", jpeg, "image/png") // name and declared type lie: the content decides
                .post("/api/sessions/" + id + "/photos/user")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("status", equalTo("success"))
                .body("image_url", ApiState.linkTo(id, "user.jpg"))
                .body("image.name", equalTo("user.jpg"))
                .body("image.content_type", equalTo("image/jpeg"))
                .body("image.created_at", instanceOf(String.class))
                .extract().jsonPath();

        byte[] served = given().get("/api/sessions/" + id + "/photos/user.jpg")
                .then().statusCode(200).contentType("image/jpeg")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertEquals(served.length, stored.getInt("image.size"));
        assertEquals(sha256(served), stored.getString("image.sha256"));
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served));
        assertEquals(List.of(64, 48), List.of(picture.getWidth(), picture.getHeight()), "the same picture, re-encoded");
        assertArrayEquals(served, s3.object(S3ServerResource.BUCKET, "sessions/" + id + "/photos/user.jpg").orElseThrow());
        assertEquals(List.of("sessions/" + id + "/photos/user.jpg"), s3.keys(S3ServerResource.BUCKET, "sessions/" + id + "/"));
        assertEquals("image/jpeg", s3.contentType(S3ServerResource.BUCKET, "sessions/" + id + "/photos/user.jpg").orElseThrow());
    }

    @Test
    void aPngIsStoredAsUserPngWithItsTransparency() throws Exception {
        String id = ApiState.newSession("ja");
        byte[] png = TestImages.png();
        given().multiPart("file", "photo.jpeg", png, "application/octet-stream")
                .post("/api/sessions/" + id + "/photos/user")
                .then().statusCode(200).body("image_url", ApiState.linkTo(id, "user.png"))
                .body("image.content_type", equalTo("image/png"));
        byte[] served = given().get("/api/sessions/" + id + "/photos/user.png")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served));
        assertTrue(picture.getColorModel().hasAlpha(), "transparency is kept");
        assertEquals(64, picture.getWidth());
    }

    @Test
    void aPhotosGpsPositionAndOtherMetadataAreNotKept() {
        String id = ApiState.newSession("en");
        byte[] withGps = TestImages.jpegWithGpsExif();
        assertTrue(new String(withGps, java.nio.charset.StandardCharsets.ISO_8859_1).contains(TestImages.GPS_MARKER));
        given().multiPart("file", "phone.jpg", withGps, "image/jpeg").post("/api/sessions/" + id + "/photos/user")
                .then().statusCode(200);

        byte[] served = given().get("/api/sessions/" + id + "/photos/user.jpg").then().statusCode(200).extract().asByteArray();
        byte[] object = s3.object(S3ServerResource.BUCKET, "sessions/" + id + "/photos/user.jpg").orElseThrow();
        for (byte[] kept : List.of(served, object)) {
            String text = new String(kept, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("Exif"), "no EXIF segment");
            assertFalse(text.contains("GPSLatitude"), "no GPS position");
        }
    }

    @Test
    void aLargePhotoIsKeptAt2048PixelsOnItsLongestSide() throws Exception {
        String id = ApiState.newSession("en");
        given().multiPart("file", "big.jpg", TestImages.jpeg(3000, 2000), "image/jpeg").post("/api/sessions/" + id + "/photos/user")
                .then().statusCode(200);
        byte[] served = given().get("/api/sessions/" + id + "/photos/user.jpg").then().statusCode(200).extract().asByteArray();
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served));
        assertEquals(List.of(2048, 1365), List.of(picture.getWidth(), picture.getHeight()));
    }

    @Test
    void sixtyMegapixelsAreRefusedAs413BeforeDecoding() {
        String id = ApiState.newSession("en");
        byte[] huge = TestImages.sixtyMegapixelPng();
        assertTrue(huge.length < MAX_BYTES, "small on disk: only its pixel count is too large");
        given().multiPart("file", "huge.png", huge, "image/png").post("/api/sessions/" + id + "/photos/user")
                .then().statusCode(413).contentType(ContentType.JSON).body("code", equalTo("IMAGE_TOO_LARGE"));
        given().get("/api/sessions/" + id + "/photos").then().statusCode(200).body("images", hasSize(0));
    }

    @Test
    void aJapaneseFileNameIsFine() {
        String id = ApiState.newSession("ja");
        given().multiPart("file", "写真.jpg", TestImages.jpeg(), "image/jpeg")
                .post("/api/sessions/" + id + "/photos/user")
                .then().statusCode(200).body("image.name", equalTo("user.jpg"));
    }

    @Test
    void aNewPhotoOfAnotherTypeReplacesTheOldOne() {
        String id = ApiState.newSession("ja");
        given().multiPart("file", "a.png", TestImages.png()).post("/api/sessions/" + id + "/photos/user").then().statusCode(200);
        given().multiPart("file", "a.jpg", TestImages.jpeg()).post("/api/sessions/" + id + "/photos/user").then().statusCode(200);
        given().get("/api/sessions/" + id + "/photos").then().statusCode(200).body("images.name", equalTo(List.of("user.jpg")));
        assertEquals(List.of("sessions/" + id + "/photos/user.jpg"), s3.keys(S3ServerResource.BUCKET, "sessions/" + id + "/"));
        given().get("/api/sessions/" + id + "/photos/user.png").then().statusCode(404).body("code", equalTo("IMAGE_NOT_FOUND"));
    }

    @Test
    void textNamedPngIsRefusedAs415() {
        String id = ApiState.newSession("en");
        given().multiPart("file", "photo.png", TestImages.text(), "image/png")
                .post("/api/sessions/" + id + "/photos/user")
                .then().statusCode(415).contentType(ContentType.JSON)
                .body("code", equalTo("IMAGE_FORMAT")).body("status", equalTo("error"))
                .body("error", equalTo("Supported formats: JPEG and PNG (checked by the file's content)."));
        assertEquals(List.of(), s3.keys(S3ServerResource.BUCKET, "sessions/" + id + "/"));
    }

    @Test
    void aPngHeaderFollowedByGarbageIsRefusedAs415() {
        String id = ApiState.newSession("ja");
        for (byte[] fake : List.of(TestImages.pngHeaderWithGarbage(), TestImages.jpegHeaderWithGarbage(),
                TestImages.truncatedPng())) {
            given().multiPart("file", "photo.png", fake, "image/png").post("/api/sessions/" + id + "/photos/user")
                    .then().statusCode(415).body("code", equalTo("IMAGE_FORMAT"));
        }
        given().get("/api/sessions/" + id + "/photos").then().body("images", equalTo(List.of()));
        assertEquals(List.of(), s3.keys(S3ServerResource.BUCKET, "sessions/" + id + "/"));
    }

    @Test
    void tenMegabytesAndOneByteIsRefusedAs413Json() {
        String id = ApiState.newSession("ja");
        given().multiPart("file", "big.jpg", TestImages.oversized((int) MAX_BYTES + 1), "image/jpeg")
                .post("/api/sessions/" + id + "/photos/user")
                .then().statusCode(413).contentType(ContentType.JSON)
                .body("code", equalTo("IMAGE_TOO_LARGE")).body("status", equalTo("error"))
                .body("error", equalTo("画像が大きすぎます。"))
                .body("max_bytes", equalTo((int) MAX_BYTES));
        assertEquals(List.of(), s3.keys(S3ServerResource.BUCKET, "sessions/" + id + "/"));
    }

    @Test
    void anUploadWithoutTheFilePartIs400() {
        String id = ApiState.newSession("ja");
        given().multiPart("picture", "a.jpg", TestImages.jpeg()).post("/api/sessions/" + id + "/photos/user")
                .then().statusCode(400).contentType(ContentType.JSON).body("code", equalTo("IMAGE_REQUIRED"))
                .body("status", equalTo("error"));
    }

    @Test
    void uploadChecksTheIdThenTheSessionThenThePart() {
        given().multiPart("picture", "a.jpg", TestImages.jpeg()).post("/api/sessions/nope/photos/user")
                .then().statusCode(400).body("code", equalTo("INVALID_SESSION_ID"));
        given().multiPart("picture", "a.jpg", TestImages.jpeg())
                .post("/api/sessions/" + java.util.UUID.randomUUID() + "/photos/user")
                .then().statusCode(404).body("code", equalTo("SESSION_NOT_FOUND")).body("status", equalTo("error"));
    }

    @Test
    void theListNamesEveryImageWithItsLink() {
        String id = ApiState.newSession("ja");
        byte[] png = TestImages.png();
        given().multiPart("file", "a.png", png).post("/api/sessions/" + id + "/photos/user").then().statusCode(200);
        given().get("/api/sessions/" + id + "/photos").then().statusCode(200).contentType(ContentType.JSON)
                .body("status", equalTo("success"))
                .body("images.size()", equalTo(1))
                .body("images[0].name", equalTo("user.png"))
                .body("images[0].image_url", ApiState.linkTo(id, "user.png"))
                .body("images[0].content_type", equalTo("image/png"))
                .body("images[0].size", equalTo(png.length))
                .body("images[0].created_at", matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*Z"));
    }

    @Test
    void listAndServeRefuseBadIdsUnknownSessionsBadNamesAndMissingImages() {
        String id = ApiState.newSession("en");
        given().get("/api/sessions/bad/photos").then().statusCode(400).body("code", equalTo("INVALID_SESSION_ID"));
        given().get("/api/sessions/" + java.util.UUID.randomUUID() + "/photos").then().statusCode(404)
                .body("code", equalTo("SESSION_NOT_FOUND"));
        given().get("/api/sessions/" + java.util.UUID.randomUUID() + "/photos/user.png").then().statusCode(404)
                .body("code", equalTo("SESSION_NOT_FOUND"));
        for (String name : List.of("user.gif", "photo.png", "child_0.png", "user", "user.png.exe", "..%2fuser.png", "%00user.png")) {
            given().urlEncodingEnabled(false).get("/api/sessions/" + id + "/photos/" + name)
                    .then().statusCode(400).contentType(ContentType.JSON).body("code", equalTo("INVALID_IMAGE_NAME"))
                    .body("status", equalTo("error"));
        }
        given().get("/api/sessions/" + id + "/photos/partner.png").then().statusCode(404).contentType(ContentType.JSON)
                .body("code", equalTo("IMAGE_NOT_FOUND"))
                .body("error", equalTo("There is no such image in this session."));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
