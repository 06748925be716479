package dev.hera.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.hera.testing.S3Server;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Images kept in S3 (S3Proxy) and S3 goes down: uploads and portraits answer 503 with a JSON error,
 * no image is recorded that is not stored and nothing is stored half-way; once S3 is back, the same
 * requests succeed.
 */
class ImageStoreFaultsTest {

    private static final String BUCKET = "hera-images";

    static S3Server s3;
    static HeraSystem system;
    static HeraApi hera;

    @BeforeAll
    static void start() {
        s3 = S3Server.startOnFreePort();
        system = new HeraSystem(Map.of()).withImagesIn(s3, BUCKET).start();
        hera = new HeraApi(system.api());
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void whileS3IsDownPhotosAndPortraitsAnswer503AndNothingIsHalfWritten() {
        String id = hera.interviewedSession();
        byte[] photo = picture("jpg", Color.ORANGE);
        upload(id, photo).then().statusCode(200);
        partnerPortrait(id).then().statusCode(200);
        List<Map<String, Object>> stored = photos(id);
        byte[] storedPhoto = hera.request().get(HeraApi.path(id) + "/photos/user.jpg").then().statusCode(200)
                .extract().asByteArray(); // the upload's pixels, re-encoded

        s3.stop();
        try {
            system.api().awaitReadiness(false);
            system.agent().awaitReadiness(false);
            HeraApi.assertUnavailable(upload(id, picture("png", Color.BLUE)));
            HeraApi.assertUnavailable(partnerPortrait(id));
            HeraApi.assertUnavailable(childPortraits(id));
            assertEquals(stored, photos(id), "the session still names exactly the images stored before");
        } finally {
            s3.start();
        }

        assertEquals(List.of(key(id, "partner.png"), key(id, "user.jpg")), s3.keys(BUCKET, "sessions/" + id + "/"),
                "no object was written half-way");
        assertArrayEquals(storedPhoto, hera.request().get(HeraApi.path(id) + "/photos/user.jpg").then().statusCode(200)
                .extract().asByteArray(), "the photo stored before is unharmed");

        upload(id, picture("png", Color.BLUE)).then().statusCode(200);
        childPortraits(id).then().statusCode(200);
        List<String> names = photos(id).stream().map(image -> (String) image.get("name")).toList();
        assertEquals(List.of("child_1.png", "child_2.png", "partner.png", "user.png"), names);
        assertEquals(names.stream().map(name -> key(id, name)).toList(), s3.keys(BUCKET, "sessions/" + id + "/"),
                "what is recorded is exactly what is stored");
    }

    private static Response upload(String id, byte[] picture) {
        return hera.request().contentType(ContentType.MULTIPART).multiPart("file", "me", picture)
                .post(HeraApi.path(id) + "/photos/user");
    }

    private static Response partnerPortrait(String id) {
        return hera.request().body(Map.of("target", "partner")).post(HeraApi.path(id) + "/generate-image");
    }

    private static Response childPortraits(String id) {
        return hera.request().body("{}").post(HeraApi.path(id) + "/generate-child-image");
    }

    /** The images the session names, without their links (each answer signs them anew). */
    private static List<Map<String, Object>> photos(String id) {
        List<Map<String, Object>> images = hera.request().get(HeraApi.path(id) + "/photos").then().statusCode(200)
                .extract().jsonPath().getList("images");
        images.forEach(image -> image.remove("image_url"));
        return images;
    }

    private static String key(String id, String name) {
        return "sessions/" + id + "/photos/" + name;
    }

    private static byte[] picture(String format, Color colour) {
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 96, 96);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
