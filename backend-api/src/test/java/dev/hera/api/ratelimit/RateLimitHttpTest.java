package dev.hera.api.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.core.Vertx;

/**
 * The limits as a client meets them, with the small budgets of {@link SmallBudgetsProfile}.
 * Each test is its own client (its own X-Forwarded-For address), so the tests do not share buckets.
 * The session endpoints need not exist yet: only whether the answer is a 429 matters.
 */
@QuarkusTest
@TestProfile(SmallBudgetsProfile.class)
@WithTestResource(RedisServerResource.class)
class RateLimitHttpTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);
    private static final int TOO_MANY_REQUESTS = 429;

    RedisServer redis;

    @Inject
    Vertx vertx;

    @Test
    void aBurstPastTheBudgetGets429JsonWithRetryAfter() {
        String client = newClientAddress();
        String status = "/api/sessions/" + UUID.randomUUID() + "/status";
        for (int i = 0; i < SmallBudgetsProfile.CLIENT_CHEAP; i++) {
            assertNotEquals(TOO_MANY_REQUESTS, get(client, status).statusCode(), "request " + (i + 1) + " is within the budget");
        }

        Response refused = get(client, status);

        refused.then().statusCode(TOO_MANY_REQUESTS)
                .contentType("application/json")
                .body("code", equalTo("RATE_LIMITED"))
                .body("status", equalTo("error"))
                .body("error", equalTo("Too many requests. Please wait a moment and try again."))
                .header("X-RateLimit-Limit", String.valueOf(SmallBudgetsProfile.CLIENT_CHEAP))
                .header("X-RateLimit-Remaining", "0");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 4 && retryAfter <= 5, "one token every 5 s: Retry-After " + retryAfter);
        assertEquals(retryAfter, refused.jsonPath().getLong("retry_after"));
    }

    @Test
    void healthQuarkusEndpointsAndPreflightsAreNeverLimited() {
        String client = newClientAddress();
        for (int i = 0; i < 3 * SmallBudgetsProfile.CLIENT_CHEAP; i++) {
            given().header("X-Forwarded-For", client).get("/api/health").then().statusCode(200);
            given().header("X-Forwarded-For", client).get("/q/health/live").then().statusCode(200);
            given().header("X-Forwarded-For", client)
                    .header("Origin", "http://localhost:3000")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type")
                    .options("/api/sessions/" + UUID.randomUUID() + "/messages")
                    .then().statusCode(not(TOO_MANY_REQUESTS));
        }

        assertNotEquals(TOO_MANY_REQUESTS, get(client, "/api/sessions/" + UUID.randomUUID() + "/status").statusCode(),
                "exempt requests took nothing from the client's budget");
    }

    @Test
    void creatingSessionsHasItsOwnBudgetPerClientAndLeavesTheOtherRequestsAlone() {
        String client = newClientAddress();
        for (int i = 0; i < SmallBudgetsProfile.CLIENT_SESSIONS; i++) {
            createSession(client).then().statusCode(200);
        }

        createSession(client).then().statusCode(TOO_MANY_REQUESTS).contentType("application/json")
                .body("code", equalTo("RATE_LIMITED"))
                .header("X-RateLimit-Limit", String.valueOf(SmallBudgetsProfile.CLIENT_SESSIONS))
                .header("Retry-After", notNullValue());
        assertNotEquals(TOO_MANY_REQUESTS, get(client, "/api/sessions/" + UUID.randomUUID() + "/status").statusCode(),
                "the client's other requests go on");
        createSession(newClientAddress()).then().statusCode(200);
    }

    @Test
    void expensiveRequestsHaveTheirOwnStricterBudgetPerClient() {
        String client = newClientAddress();
        for (int i = 0; i < SmallBudgetsProfile.CLIENT_EXPENSIVE; i++) {
            assertNotEquals(TOO_MANY_REQUESTS, postMessage(client, UUID.randomUUID().toString()).statusCode());
        }

        postMessage(client, UUID.randomUUID().toString()).then().statusCode(TOO_MANY_REQUESTS)
                .body("code", equalTo("RATE_LIMITED"))
                .header("X-RateLimit-Limit", String.valueOf(SmallBudgetsProfile.CLIENT_EXPENSIVE));
        assertNotEquals(TOO_MANY_REQUESTS, get(client, "/api/sessions/" + UUID.randomUUID() + "/status").statusCode(),
                "cheap reads still pass: they have their own budget");
    }

    @Test
    void oneSessionIsLimitedWhateverAddressesDriveIt() {
        String session = UUID.randomUUID().toString();
        for (int i = 0; i < SmallBudgetsProfile.SESSION_EXPENSIVE; i++) {
            assertNotEquals(TOO_MANY_REQUESTS, postMessage(newClientAddress(), session).statusCode());
        }

        postMessage(newClientAddress(), session).then().statusCode(TOO_MANY_REQUESTS)
                .header("X-RateLimit-Limit", String.valueOf(SmallBudgetsProfile.SESSION_EXPENSIVE));
    }

    @Test
    void anotherApiReplicaOnTheSameRedisSharesTheBudget() {
        String session = UUID.randomUUID().toString();
        Bucket sessionBucket = new Bucket(BucketScope.SESSION_EXPENSIVE, session,
                new Budget(SmallBudgetsProfile.SESSION_EXPENSIVE, 0.01));
        try (ReplicaLimiter otherReplica = new ReplicaLimiter(vertx, redis.uri())) {
            for (int i = 0; i < SmallBudgetsProfile.SESSION_EXPENSIVE; i++) {
                assertTrue(otherReplica.limiter().take(sessionBucket).await().atMost(Duration.ofSeconds(10)).allowed());
            }
        }

        postMessage(newClientAddress(), session).then().statusCode(TOO_MANY_REQUESTS)
                .header("X-RateLimit-Limit", String.valueOf(SmallBudgetsProfile.SESSION_EXPENSIVE));
    }

    @Test
    void refusalsAreCountedByScope() {
        double before = rejections("client-expensive");
        String client = newClientAddress();
        for (int i = 0; i <= SmallBudgetsProfile.CLIENT_EXPENSIVE; i++) {
            postMessage(client, UUID.randomUUID().toString());
        }

        assertEquals(before + 1, rejections("client-expensive"));
    }

    @Test
    void requestsPassWhileRedisIsDownAndLimitsReturnWithIt() {
        String client = newClientAddress();
        // A path no resource answers, so that it needs no Redis: passing through means the 404.
        String nowhere = "/api/no-such-endpoint";
        get(client, nowhere).then().statusCode(404);
        redis.kill();
        try {
            // Twice the budget, and none refused: with its bookkeeping down the limiter steps aside.
            for (int i = 0; i < 2 * SmallBudgetsProfile.CLIENT_CHEAP; i++) {
                get(client, nowhere).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            }
        } finally {
            redis.start();
        }

        boolean limitedAgain = false;
        for (int i = 0; i < 10 * SmallBudgetsProfile.CLIENT_CHEAP && !limitedAgain; i++) {
            limitedAgain = get(client, nowhere).statusCode() == TOO_MANY_REQUESTS;
        }
        assertTrue(limitedAgain, "limits apply again once Redis is back, without a restart");
    }

    private static Response get(String client, String path) {
        return given().header("X-Forwarded-For", client).header("Accept-Language", "en").get(path);
    }

    private static Response createSession(String client) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON).body("{}").post("/api/sessions");
    }

    private static Response postMessage(String client, String session) {
        return given().header("X-Forwarded-For", client)
                .contentType("application/json")
                .body("{\"message\":\"hello\"}")
                .post("/api/sessions/" + session + "/messages");
    }

    private static double rejections(String scope) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher counter = Pattern.compile("(?m)^hera_rate_limit_rejections_total\\{[^}]*scope=\"" + Pattern.quote(scope)
                + "\"[^}]*} (\\S+)$").matcher(metrics);
        assertTrue(counter.find(), "the counter is exported for " + scope);
        return Double.parseDouble(counter.group(1));
    }

    /** A fresh address for each simulated client (documentation range 198.18.0.0/15). */
    private static String newClientAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "198.18." + n / 250 + "." + n % 250;
    }
}
