package dev.hera.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * A session's photos leave with it when it expires, even when neither the API nor the agent ran
 * at the moment it did: the first service to start afterwards deletes them.
 */
class PhotoRetentionFaultsTest {

    private static final Duration SWEEP_WITHIN = Duration.ofSeconds(60);

    @Test
    void thePhotosOfASessionThatExpiredWhileNothingRanAreDeletedOnceTheServicesStart() {
        try (HeraSystem system = new HeraSystem(Map.of("HERA_SESSION_TTL", "3S", "HERA_SESSION_SWEEP_EVERY", "1S")).start()) {
            HeraApi hera = new HeraApi(system.api());
            String id = hera.interviewedSession();
            hera.request().contentType(ContentType.MULTIPART).multiPart("file", "me.png", picture())
                    .post(HeraApi.path(id) + "/photos/user").then().statusCode(200);
            hera.request().body(Map.of("target", "partner")).post(HeraApi.path(id) + "/generate-image").then().statusCode(200);
            hera.request().body("{}").post(HeraApi.path(id) + "/generate-child-image").then().statusCode(200);
            List<String> stored = List.of("child_1.png", "child_2.png", "partner.png", "user.png");
            assertEquals(stored, system.imageFiles(id));

            system.api().kill();
            system.agent().kill();
            Eventually.await("the session expires in Redis", Duration.ofSeconds(30), () -> system.sessionKeys(id),
                    List::isEmpty);
            assertEquals(stored, system.imageFiles(id), "with nothing running, the images are still there");

            system.restartApi();
            system.restartAgent();
            Eventually.await("the expired session's images are deleted", SWEEP_WITHIN, () -> system.imageFiles(id),
                    List::isEmpty);
        }
    }

    private static byte[] picture() {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(230, 190, 160));
        g.fillOval(12, 10, 40, 46);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
