package dev.hera.agent.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.error.ErrorCode;
import dev.hera.model.BigFive;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Gender;
import dev.hera.model.Partner;
import dev.hera.model.Persona;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;
import dev.hera.session.Phase;
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

/** The agent, running its work loop, prepares a family from a queued turn. */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
class PrepareFamilyTurnTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    SessionStore sessions;

    @Inject
    WorkQueue queue;

    @Test
    void aCompleteProfileGetsItsFamilyOnceAndTheSessionMovesToTheFamilyPhase() {
        String id = sessions.create("ja").await().atMost(WAIT).sessionId();
        sessions.writeDocument(id, SessionKey.USER_PROFILE, completeProfile()).await().atMost(WAIT);

        Turn first = answered(id, queue.submit(id, new TurnRequest.PrepareFamily(), null).await().atMost(WAIT).turn());
        assertEquals(TurnStatus.DONE, first.status());
        Persona[] personas = sessions.readDocument(id, SessionKey.PERSONAS, Persona[].class).await().atMost(WAIT).orElseThrow();
        assertEquals(List.of("けんた", "みお", "そうま"), List.of(personas).stream().map(Persona::name).toList());
        assertEquals(Phase.FAMILY, sessions.meta(id).await().atMost(WAIT).phase());

        answered(id, queue.submit(id, new TurnRequest.PrepareFamily(), null).await().atMost(WAIT).turn());
        Persona[] again = sessions.readDocument(id, SessionKey.PERSONAS, Persona[].class).await().atMost(WAIT).orElseThrow();
        assertEquals(List.of(personas), List.of(again), "the family is never silently regenerated");

        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("hera_turn_duration_seconds_count{kind=\"PREPARE_FAMILY\",outcome=\"answered\""), "turn latency is measured");
        assertTrue(metrics.contains("hera_turns_in_flight"), "turns in flight are exposed");
    }

    @Test
    void anIncompleteProfileFailsTheTurnAndCreatesNoFamily() {
        String id = sessions.create("ja").await().atMost(WAIT).sessionId();
        Turn turn = answered(id, queue.submit(id, new TurnRequest.PrepareFamily(), null).await().atMost(WAIT).turn());
        assertEquals(TurnStatus.FAILED, turn.status());
        assertEquals(ErrorCode.PROFILE_INCOMPLETE, turn.error());
        assertTrue(sessions.readDocument(id, SessionKey.PERSONAS, Persona[].class).await().atMost(WAIT).isEmpty());
    }

    private Turn answered(String id, Turn turn) {
        return TurnAwait.answered(queue, id, turn, WAIT);
    }

    static UserProfile completeProfile() {
        Partner kenta = new Partner("けんた", null, new BigFive(0.5, 0.8, 0.4, 0.9, 0.2), "穏やかで誠実", null, null,
                "背が高くて短い黒髪、眼鏡");
        return new UserProfile(null, 32, Gender.FEMALE, RelationshipStatus.SINGLE, "大阪", "450万円",
                new BigFive(0.8, null, 0.75, null, null), "背が高くて短い黒髪、眼鏡",
                List.of(new ChildWish(ChildGender.GIRL, "みお", 1), new ChildWish(ChildGender.BOY, "そうま", 2)),
                null, kenta, null, null, null, null, null);
    }
}
