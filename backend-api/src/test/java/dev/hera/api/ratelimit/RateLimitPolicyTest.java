package dev.hera.api.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which requests draw on which buckets. */
class RateLimitPolicyTest {

    private static final String SESSION = "0b6f3d7e-2c41-4d8e-9a51-7f3c2e1d0a99";
    private static final String CLIENT = "192.0.2.1";
    private static final Budget CHEAP = new Budget(120, 20);
    private static final Budget EXPENSIVE = new Budget(30, 2);
    private static final Budget SESSION_EXPENSIVE = new Budget(20, 1);
    private static final Budget SESSIONS = new Budget(20, 0.1);

    private final RateLimitPolicy policy = new RateLimitPolicy(true, CHEAP, EXPENSIVE, SESSION_EXPENSIVE, SESSIONS);

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            // never limited
            "GET, /api/health, ''",
            "GET, /api/health/, ''",
            "GET, /q/health/ready, ''",
            "GET, /q/metrics, ''",
            "OPTIONS, /api/sessions/" + SESSION + "/messages, ''",
            "OPTIONS, /api/sessions, ''",
            // cheap
            "GET, /api/sessions/" + SESSION + "/status, client-cheap",
            "GET, /api/sessions/" + SESSION + "/messages, client-cheap",
            // creating a session: cheap, and its own budget
            "POST, /api/sessions, client-cheap client-sessions",
            "POST, //api/sessions/, client-cheap client-sessions",
            "POST, /api/sessions;x=1, client-cheap client-sessions",
            "DELETE, /api/sessions/" + SESSION + ", client-cheap",
            "GET, /api/sessions/" + SESSION + "/photos/user.png, client-cheap",
            "GET, /api/healthz, client-cheap",
            "GET, /anything/else, client-cheap",
            "GET, /, client-cheap",
            // expensive: client and session
            "POST, /api/sessions/" + SESSION + "/messages, client-expensive session-expensive",
            "POST, /api/sessions/" + SESSION + "/family/messages, client-expensive session-expensive",
            "POST, /api/sessions/" + SESSION + "/generate-image, client-expensive session-expensive",
            "POST, /api/sessions/" + SESSION + "/generate-child-image, client-expensive session-expensive",
            "POST, /api/sessions/" + SESSION + "/complete, client-expensive session-expensive",
            "POST, /api/sessions/" + SESSION + "/photos/user, client-expensive session-expensive",
            "post, /api/sessions/" + SESSION + "/messages, client-expensive session-expensive",
            // any POST under a session, whether a route answers it or not
            "POST, /api/sessions/" + SESSION + "/photos, client-expensive session-expensive",
            "POST, /api/sessions/" + SESSION + "/no-such-action, client-expensive session-expensive",
            // disguised expensive requests stay expensive
            "POST, //api/sessions/" + SESSION + "//messages/, client-expensive session-expensive",
            "POST, /api/sessions/" + SESSION + "/messages;x=1, client-expensive session-expensive",
            // no session bucket for something that is not a session id
            "POST, /api/sessions/not-a-uuid/messages, client-expensive",
            "POST, /api/sessions/0B6F3D7E-2C41-4D8E-9A51-7F3C2E1D0A99/messages, client-expensive",
            "POST, /api/sessions/..%2f..%2fetc/messages, client-expensive",
    })
    void drawsOnTheRightBuckets(String method, String path, String expectedScopes) {
        List<Bucket> buckets = policy.bucketsFor(method, path, CLIENT);

        assertEquals(expectedScopes, String.join(" ", buckets.stream().map(b -> b.scope().label()).toList()));
    }

    @Test
    void clientBucketsAreKeyedByAddressAndSessionBucketsBySessionWithTheirBudgets() {
        List<Bucket> buckets = policy.bucketsFor("POST", "/api/sessions/" + SESSION + "/messages", CLIENT);

        assertEquals(List.of(new Bucket(BucketScope.CLIENT_EXPENSIVE, CLIENT, EXPENSIVE),
                new Bucket(BucketScope.SESSION_EXPENSIVE, SESSION, SESSION_EXPENSIVE)), buckets);
        assertEquals(List.of(new Bucket(BucketScope.CLIENT_CHEAP, CLIENT, CHEAP)),
                policy.bucketsFor("GET", "/api/sessions/" + SESSION + "/status", CLIENT));
    }

    @Test
    void nothingIsLimitedWhenDisabled() {
        RateLimitPolicy disabled = new RateLimitPolicy(false, CHEAP, EXPENSIVE, SESSION_EXPENSIVE, SESSIONS);

        assertEquals(List.of(), disabled.bucketsFor("POST", "/api/sessions/" + SESSION + "/messages", CLIENT));
        assertEquals(List.of(), disabled.bucketsFor("GET", "/api/sessions/" + SESSION + "/status", CLIENT));
    }
}
