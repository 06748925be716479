package dev.hera.api.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.hera.testing.RedisServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** ALLOWED_ORIGINS, the setting the reference frontend's deployments use, chooses who may call the API from a browser. */
@QuarkusTest
@TestProfile(AllowedOriginsTest.FrontendOrigins.class)
@WithTestResource(RedisServerResource.class)
class AllowedOriginsTest {

    public static class FrontendOrigins implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ALLOWED_ORIGINS", "https://family.example,https://staging.family.example");
        }
    }

    @Test
    void theListedOriginsAreAllowedAndTheDefaultOneNoLonger() {
        for (String origin : new String[] { "https://family.example", "https://staging.family.example" }) {
            preflight(origin).then().statusCode(lessThan(300)).header("Access-Control-Allow-Origin", origin);
        }
        preflight("http://localhost:3000").then().header("Access-Control-Allow-Origin", nullValue());
    }

    private static io.restassured.response.Response preflight(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/api/sessions");
    }
}
