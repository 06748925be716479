package dev.hera.agent.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.hera.error.ErrorCode;
import dev.hera.image.ImageKeys;
import dev.hera.image.ImageName;
import dev.hera.session.SessionPhotos;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Gender;
import dev.hera.model.ImageRef;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;
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

/** The agent, running its work loop, draws the partner's and the children's portraits from queued turns. */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
class PortraitTurnsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ImageName PARTNER = ImageName.of("partner", "png");

    @Inject
    SessionStore sessions;

    @Inject
    WorkQueue queue;

    @Inject
    SessionPhotos photos;

    @Test
    void thePartnerIsDrawnStoredAndLinked() {
        String id = session(profile(Gender.FEMALE, "黒髪ロングで眼鏡"));
        Turn turn = partnerTurn(id);
        assertEquals(TurnStatus.DONE, turn.status());
        JsonNode result = turn.result();
        assertEquals("/api/sessions/" + id + "/photos/partner.png", result.get("image_url").asText());
        assertEquals("partner", result.at("/meta/target").asText());
        assertEquals("offline", result.at("/meta/engine").asText());
        assertTrue(result.at("/meta/prompt_used").asText().contains("黒髪ロングで眼鏡"));
        assertEquals("partner.png", result.at("/images/0/name").asText());
        assertEquals("image/png", result.at("/images/0/content_type").asText());
        byte[] png = stored(id, PARTNER);
        assertEquals(png.length, result.at("/images/0/size").asLong());
        assertEquals(512, Pixels.decode(png).getWidth());
        assertEquals(List.of("partner.png"), photos.list(id).await().atMost(WAIT).stream().map(ImageRef::name).toList());
    }

    @Test
    void differentDescriptionsDifferAndTheSameProfileGivesTheSameBytes() {
        String glasses = session(profile(Gender.FEMALE, "黒髪ロングで眼鏡"));
        String again = session(profile(Gender.FEMALE, "黒髪ロングで眼鏡"));
        String beard = session(profile(Gender.FEMALE, "short curly red hair, freckles, beard"));
        for (String id : List.of(glasses, again, beard)) {
            assertEquals(TurnStatus.DONE, partnerTurn(id).status());
        }
        assertArrayEquals(stored(glasses, PARTNER), stored(again, PARTNER));
        double difference = Pixels.meanAbsoluteDifference(Pixels.decode(stored(glasses, PARTNER)),
                Pixels.decode(stored(beard, PARTNER)));
        assertTrue(difference > 20, "mean absolute difference " + difference);
    }

    @Test
    void thePartnersGenderFollowsThePersonsNotAFixedOne() {
        assertEquals(PortraitFeatures.FaceGender.MALE,
                PartnerPortraitHandler.subjectOf(profile(Gender.FEMALE, "黒髪")).features().gender());
        assertEquals(PortraitFeatures.FaceGender.FEMALE,
                PartnerPortraitHandler.subjectOf(profile(Gender.MALE, "黒髪")).features().gender());
        assertEquals(PortraitFeatures.FaceGender.UNKNOWN,
                PartnerPortraitHandler.subjectOf(profile(Gender.OTHER, "黒髪")).features().gender());
    }

    @Test
    void withoutADescriptionThePartnerTurnFails() {
        String id = session(profile(Gender.FEMALE, null).withPartner(RelationshipStatus.PartnerField.IDEAL, null));
        Turn turn = partnerTurn(id);
        assertEquals(TurnStatus.FAILED, turn.status());
        assertEquals(ErrorCode.PARTNER_DESCRIPTION_MISSING, turn.error());
    }

    @Test
    void eachWishedChildGetsAPortraitInBirthOrder() {
        String id = session(profile(Gender.FEMALE, "long curly red hair, green eyes and freckles"));
        upload(id, ImageName.of("user", "png"), ChildPortraitTest.reddish());
        assertEquals(TurnStatus.DONE, partnerTurn(id).status());

        Turn turn = answered(id, submit(id, new TurnRequest.ChildPortraits()));
        assertEquals(TurnStatus.DONE, turn.status(), String.valueOf(turn.error()));
        JsonNode result = turn.result();
        assertEquals("/api/sessions/" + id + "/photos/child_1.png", result.get("image_url").asText());
        assertEquals("child", result.at("/meta/target").asText());
        assertEquals("offline", result.at("/meta/engine").asText());
        assertEquals("みお", result.at("/meta/children/0/name").asText());
        assertEquals("/api/sessions/" + id + "/photos/child_2.png", result.at("/meta/children/1/image_url").asText());
        assertEquals("そうま", result.at("/meta/children/1/name").asText());
        assertEquals(2, result.get("images").size());
        assertEquals(List.of("child_1.png", "child_2.png", "partner.png", "user.png"),
                photos.list(id).await().atMost(WAIT).stream().map(ImageRef::name).toList());
        assertFalse(java.util.Arrays.equals(stored(id, ImageName.of("child_1", "png")),
                stored(id, ImageName.of("child_2", "png"))));
    }

    @Test
    void withoutTheUsersPhotoTheChildTurnFails() {
        String id = session(profile(Gender.FEMALE, "黒髪"));
        assertEquals(TurnStatus.DONE, partnerTurn(id).status());
        Turn turn = answered(id, submit(id, new TurnRequest.ChildPortraits()));
        assertEquals(TurnStatus.FAILED, turn.status());
        assertEquals(ErrorCode.PHOTOS_REQUIRED, turn.error());
    }

    @Test
    void anUnreadableStoredPhotoFailsWith422AndStoresNoChild() {
        String id = session(profile(Gender.FEMALE, "黒髪"));
        assertEquals(TurnStatus.DONE, partnerTurn(id).status());
        photos.save(id, ImageName.of("user", "jpg"), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5 })
                .await().atMost(WAIT);
        Turn turn = answered(id, submit(id, new TurnRequest.ChildPortraits()));
        assertEquals(TurnStatus.FAILED, turn.status());
        assertEquals(ErrorCode.IMAGE_UNREADABLE, turn.error());
        assertEquals(422, turn.error().status());
        assertEquals(List.of("partner.png", "user.jpg"),
                photos.list(id).await().atMost(WAIT).stream().map(ImageRef::name).toList());
    }

    @Test
    void aStoredPhotoWithTooManyPixelsFailsWith422AndTheAgentGoesOn() {
        String id = session(profile(Gender.FEMALE, "黒髪"));
        assertEquals(TurnStatus.DONE, partnerTurn(id).status());
        // 60 megapixels, small on disk: planted past the API, which would have refused it.
        upload(id, ImageName.of("user", "png"), new BufferedImage(8000, 7500, BufferedImage.TYPE_BYTE_BINARY));

        Turn turn = answered(id, submit(id, new TurnRequest.ChildPortraits()));
        assertEquals(TurnStatus.FAILED, turn.status());
        assertEquals(ErrorCode.IMAGE_UNREADABLE, turn.error());
        assertEquals(422, turn.error().status());

        upload(id, ImageName.of("user", "png"), ChildPortraitTest.reddish());
        assertEquals(TurnStatus.DONE, answered(id, submit(id, new TurnRequest.ChildPortraits())).status(),
                "the same agent answers the next turn");
    }

    @Test
    void aChildThatCannotBeStoredTakesTheOtherChildrenOfTheTurnWithIt() throws Exception {
        String id = session(profile(Gender.FEMALE, "黒髪"));
        upload(id, ImageName.of("user", "png"), ChildPortraitTest.reddish());
        assertEquals(TurnStatus.DONE, partnerTurn(id).status());
        // A directory where child_2.png must go: the store fails on the second child, after the first.
        Path blocked = Path.of("target/images").resolve(ImageKeys.objectKey(id, ImageName.of("child_2", "png")));
        Files.createDirectories(blocked.resolve("occupied"));

        Turn turn = answered(id, submit(id, new TurnRequest.ChildPortraits()));
        assertEquals(TurnStatus.FAILED, turn.status());
        assertEquals(ErrorCode.SERVICE_UNAVAILABLE, turn.error());
        assertEquals(List.of("partner.png", "user.png"),
                photos.list(id).await().atMost(WAIT).stream().map(ImageRef::name).toList(), "no half set of children");
        assertFalse(Files.exists(Path.of("target/images").resolve(ImageKeys.objectKey(id, ImageName.of("child_1", "png")))));
    }

    private String session(UserProfile profile) {
        String id = sessions.create("ja").await().atMost(WAIT).sessionId();
        sessions.writeDocument(id, SessionKey.USER_PROFILE, profile).await().atMost(WAIT);
        return id;
    }

    private Turn partnerTurn(String id) {
        Turn turn = queue.submit(id, new TurnRequest.PartnerPortrait(), null)
                .await().atMost(WAIT).turn();
        return answered(id, turn);
    }

    private Turn submit(String id, TurnRequest request) {
        return queue.submit(id, request, null).await().atMost(WAIT).turn();
    }

    private void upload(String id, ImageName name, BufferedImage image) {
        photos.save(id, name, PortraitRenderer.png(image)).await().atMost(WAIT);
    }

    private byte[] stored(String id, ImageName name) {
        return photos.read(id, name).await().atMost(WAIT).orElseThrow().bytes();
    }

    private Turn answered(String id, Turn turn) {
        return TurnAwait.answered(queue, id, turn, WAIT);
    }

    static UserProfile profile(Gender gender, String description) {
        Partner partner = new Partner("けんた", null, null, "穏やかで誠実", null, null, description);
        return new UserProfile(null, 32, gender, RelationshipStatus.SINGLE, "大阪", "450万円", null, description,
                List.of(new ChildWish(ChildGender.BOY, "そうま", 2), new ChildWish(ChildGender.GIRL, "みお", 1)),
                null, partner, null, null, null, null, null);
    }
}
