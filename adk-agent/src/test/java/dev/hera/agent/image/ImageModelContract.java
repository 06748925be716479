package dev.hera.agent.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hera.image.ImageName;
import dev.hera.session.SessionPhotos;
import dev.hera.model.Gender;
import dev.hera.model.ImageRef;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.testing.ModelStub;
import dev.hera.testing.TurnAwait;
import dev.hera.work.Turn;
import dev.hera.work.TurnRequest;
import dev.hera.work.TurnStatus;
import dev.hera.work.WorkQueue;

/**
 * Portraits drawn by an image model (a local server speaking the provider's wire format, the
 * picture answered as base64), and by the offline renderer when the model fails or answers
 * something that is no picture.
 */
abstract class ImageModelContract {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final Color MODEL_COLOUR = new Color(250, 0, 250);

    @Inject
    SessionStore sessions;

    @Inject
    WorkQueue queue;

    @Inject
    SessionPhotos photos;

    ModelStub stub;

    abstract String provider();

    /** Checks the request for the partner's portrait: the prompt carries the description, no picture. */
    abstract void assertPartnerRequest(ModelStub.Call call, String description);

    /** Checks the request for a child's portrait: both parents' pictures go along. */
    abstract void assertChildRequest(ModelStub.Call call);

    @BeforeEach
    void freshStub() {
        stub.reset();
    }

    @Test
    void thePartnerIsDrawnByTheModel() {
        stub.image(PortraitRenderer.png(solid(MODEL_COLOUR, 256)));
        String id = session("short curly red hair, freckles, beard");
        Turn turn = TurnAwait.answered(queue, id, submit(id, new TurnRequest.PartnerPortrait()), WAIT);

        assertEquals(TurnStatus.DONE, turn.status());
        assertEquals(provider(), turn.result().at("/meta/engine").asText());
        BufferedImage stored = Pixels.decode(stored(id, "partner"));
        assertEquals(MODEL_COLOUR.getRGB(), stored.getRGB(128, 128), "the model's picture is what is stored");
        assertEquals(1, stub.calls().size());
        assertPartnerRequest(stub.calls().get(0), "short curly red hair, freckles, beard");
    }

    @Test
    void aFailingModelLeavesThePartnerToTheOfflineRenderer() {
        stub.failWith(500);
        String id = session("黒髪ロングで眼鏡");
        Turn turn = TurnAwait.answered(queue, id, submit(id, new TurnRequest.PartnerPortrait()), WAIT);
        assertDrawnOffline(turn, stored(id, "partner"));
        assertEquals(2, stub.calls().size(), "one retry after a 500");
    }

    @Test
    void anAnswerThatIsNoPictureLeavesThePartnerToTheOfflineRenderer() {
        stub.answer("bm90IGFuIGltYWdl");
        String id = session("黒髪ロングで眼鏡");
        Turn turn = TurnAwait.answered(queue, id, submit(id, new TurnRequest.PartnerPortrait()), WAIT);
        assertDrawnOffline(turn, stored(id, "partner"));
    }

    @Test
    void eachChildIsDrawnByTheModelFromBothParentsPictures() {
        stub.image(PortraitRenderer.png(solid(MODEL_COLOUR, 300)));
        String id = session("long curly red hair, green eyes and freckles");
        photos.save(id, ImageName.of("user", "png"), PortraitRenderer.png(ChildPortraitTest.reddish())).await().atMost(WAIT);
        assertEquals(TurnStatus.DONE, TurnAwait.answered(queue, id, submit(id, new TurnRequest.PartnerPortrait()), WAIT).status());
        int before = stub.calls().size();

        Turn turn = TurnAwait.answered(queue, id, submit(id, new TurnRequest.ChildPortraits()), WAIT);
        assertEquals(TurnStatus.DONE, turn.status(), String.valueOf(turn.error()));
        assertEquals(provider(), turn.result().at("/meta/engine").asText());
        assertEquals("みお", turn.result().at("/meta/children/0/name").asText());
        for (String child : List.of("child_1", "child_2")) {
            assertEquals(MODEL_COLOUR.getRGB(), Pixels.decode(stored(id, child)).getRGB(150, 150));
        }
        List<ModelStub.Call> childCalls = stub.calls().subList(before, stub.calls().size());
        assertEquals(2, childCalls.size(), "one request per child");
        childCalls.forEach(this::assertChildRequest);
        assertTrue(childCalls.get(0).toString().contains("みお"), "the child's name is in the prompt");
    }

    @Test
    void aFailingModelLeavesTheChildrenToTheOfflineRenderer() {
        String id = session("long curly red hair, green eyes and freckles");
        photos.save(id, ImageName.of("user", "png"), PortraitRenderer.png(ChildPortraitTest.reddish())).await().atMost(WAIT);
        stub.failWith(503);
        assertEquals(TurnStatus.DONE, TurnAwait.answered(queue, id, submit(id, new TurnRequest.PartnerPortrait()), WAIT).status());
        Turn turn = TurnAwait.answered(queue, id, submit(id, new TurnRequest.ChildPortraits()), WAIT);
        assertDrawnOffline(turn, stored(id, "child_1"));
        assertEquals(List.of("child_1.png", "child_2.png", "partner.png", "user.png"),
                photos.list(id).await().atMost(WAIT).stream().map(ImageRef::name).toList());
    }

    private static void assertDrawnOffline(Turn turn, byte[] png) {
        assertEquals(TurnStatus.DONE, turn.status(), "the portrait still comes");
        assertEquals("offline", turn.result().at("/meta/engine").asText());
        BufferedImage image = Pixels.decode(png);
        assertEquals(512, image.getWidth());
        assertNotEquals(MODEL_COLOUR.getRGB(), image.getRGB(256, 256));
    }

    private String session(String description) {
        String id = sessions.create("ja").await().atMost(WAIT).sessionId();
        sessions.writeDocument(id, SessionKey.USER_PROFILE, PortraitTurnsTest.profile(Gender.FEMALE, description))
                .await().atMost(WAIT);
        return id;
    }

    private Turn submit(String id, TurnRequest request) {
        return queue.submit(id, request, null).await().atMost(WAIT).turn();
    }

    private byte[] stored(String id, String base) {
        return photos.read(id, ImageName.of(base, "png")).await().atMost(WAIT).orElseThrow().bytes();
    }

    static BufferedImage solid(Color colour, int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, side, side);
        g.dispose();
        return image;
    }
}
