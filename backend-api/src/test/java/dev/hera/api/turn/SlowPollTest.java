package dev.hera.api.turn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.hera.api.testing.ApiState;
import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A waiting request re-reads its turn on a timer; when a read takes longer than the interval (a
 * busy Redis, a starved CPU), the timer must skip a beat, not fail the request. Seen under load
 * as 500s; here forced with a 1 ms interval.
 */
@QuarkusTest
@TestProfile(SlowPollTest.PollEveryMillisecond.class)
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class SlowPollTest {

    /** Polls far more often than Redis answers. */
    public static class PollEveryMillisecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hera.work.poll-interval", "1ms");
        }
    }

    @Test
    void aPollSlowerThanItsIntervalDoesNotFailTheWaitingRequest() {
        String id = ApiState.newSession("ja");
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("message", "slow:700 趣味は料理です"))
                    .post("/api/sessions/" + id + "/messages")
                    .then().statusCode(200).body("reply", not(emptyOrNullString()));
        }
    }
}
