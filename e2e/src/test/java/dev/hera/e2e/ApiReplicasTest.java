package dev.hera.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two backend-api processes behind one address, as replicas in Kubernetes: whichever one a request
 * reaches, a session works with its token, and an image link handed out by one is served by the other
 * (both sign with the key of the same Secret, HERA_API_LINKS_KEYS).
 */
class ApiReplicasTest {

    static HeraSystem system;
    static HeraApi first;
    static HeraApi second;

    @BeforeAll
    static void start() {
        system = new HeraSystem(Map.of()).start();
        first = new HeraApi(system.api());
        second = new HeraApi(system.startApiReplica());
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void aSessionAndItsImageLinksWorkOnEitherReplica() {
        String id = first.newSession("en");
        String link = first.request().multiPart("file", "me.jpg", HeraApi.photo(), "image/jpeg").contentType("multipart/form-data")
                .post(HeraApi.path(id) + "/photos/user").then().statusCode(200).extract().path("image_url");

        second.status(id);
        byte[] fromFirst = first.plain().get(link).then().statusCode(200).extract().asByteArray();
        byte[] fromSecond = second.plain().get(link).then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertArrayEquals(fromFirst, fromSecond, "the same image");

        // Without the token, neither replica shows the session; an altered link opens nothing on either.
        second.plain().get(HeraApi.path(id) + "/status").then().statusCode(401).body("code", equalTo("AUTHENTICATION_REQUIRED"));
        String altered = link.replaceAll("expires=(\\d+)", "expires=9$1");
        first.plain().get(altered).then().statusCode(404).body("code", equalTo("IMAGE_NOT_FOUND"));
        second.plain().get(altered).then().statusCode(404).body("code", equalTo("IMAGE_NOT_FOUND"));

        // Forgotten on one, gone on both.
        second.request().delete(HeraApi.path(id)).then().statusCode(200);
        first.plain().get(link).then().statusCode(404);
    }
}
