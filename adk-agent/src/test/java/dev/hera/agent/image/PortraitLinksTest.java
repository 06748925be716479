package dev.hera.agent.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.hera.image.ImageName;
import dev.hera.session.SessionPhotos;
import dev.hera.model.Gender;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.TurnAwait;
import dev.hera.work.Turn;
import dev.hera.work.TurnRequest;
import dev.hera.work.TurnStatus;
import dev.hera.work.WorkQueue;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Portrait links the agent writes use the API's public address when one is configured, as the API's own links do. */
@QuarkusTest
@TestProfile(PortraitLinksTest.PublicBaseUrl.class)
@WithTestResource(RedisServerResource.class)
class PortraitLinksTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String BASE = "https://hera.example.org/app";

    public static class PublicBaseUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A trailing slash is tolerated: one slash in the links.
            return Map.of("hera.images.public-base-url", BASE + "/");
        }
    }

    @Inject
    SessionStore sessions;

    @Inject
    WorkQueue queue;

    @Inject
    SessionPhotos photos;

    @Test
    void partnerAndChildrenLinksStartWithThePublicBaseUrl() {
        String id = sessions.create("en").await().atMost(WAIT).sessionId();
        sessions.writeDocument(id, SessionKey.USER_PROFILE, PortraitTurnsTest.profile(Gender.FEMALE, "short black hair"))
                .await().atMost(WAIT);
        photos.save(id, ImageName.of("user", "png"), PortraitRenderer.png(ChildPortraitTest.reddish())).await().atMost(WAIT);
        String photosUrl = BASE + "/api/sessions/" + id + "/photos/";

        JsonNode partner = answered(id, new TurnRequest.PartnerPortrait());
        assertEquals(photosUrl + "partner.png", partner.get("image_url").asText());
        assertEquals(photosUrl + "partner.png", partner.at("/images/0/image_url").asText());

        JsonNode children = answered(id, new TurnRequest.ChildPortraits());
        assertEquals(photosUrl + "child_1.png", children.get("image_url").asText());
        assertEquals(photosUrl + "child_2.png", children.at("/meta/children/1/image_url").asText());
        assertEquals(photosUrl + "child_2.png", children.at("/images/1/image_url").asText());
    }

    private JsonNode answered(String id, TurnRequest request) {
        Turn turn = TurnAwait.answered(queue, id, queue.submit(id, request, null).await().atMost(WAIT).turn(), WAIT);
        assertEquals(TurnStatus.DONE, turn.status(), String.valueOf(turn.error()));
        return turn.result();
    }
}
