package dev.hera.api.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.hera.testing.RedisServerResource;
import dev.hera.testing.S3ServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The demo page is served at {@code /}, with its script and style, and never reaches beyond its own origin. */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
@WithTestResource(S3ServerResource.class)
class DemoPageTest {

    private static final String[] FILES = { "/index.html", "/app.js", "/style.css" };

    @Test
    void theRootServesThePage() {
        given().accept("text/html").get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("id=\"app\""))
                .body(containsString("<script src=\"app.js\""))
                .body(containsString("href=\"style.css\""))
                .body(containsString("<html lang="));
    }

    @Test
    void theScriptAndTheStyleAreServedWithTheirTypes() {
        given().get("/app.js").then().statusCode(200).contentType(containsString("javascript"))
                .body(containsString("/api/sessions"));
        given().get("/style.css").then().statusCode(200).contentType(startsWith("text/css"))
                .body(containsString(":focus-visible"));
    }

    @Test
    void thePageUsesOnlyRelativeUrls() {
        for (String file : FILES) {
            String text = given().get(file).then().statusCode(200).extract().asString();
            assertFalse(text.contains("http://"), file + " names an absolute http URL");
            assertFalse(text.contains("https://"), file + " names an absolute https URL");
            assertFalse(text.contains("//fonts."), file + " loads external fonts");
            Matcher protocolRelative = Pattern.compile("(src|href)=\"//").matcher(text);
            assertFalse(protocolRelative.find(), file + " names a protocol-relative URL");
        }
    }

    @Test
    void everyUiStringExistsInBothLanguages() {
        String script = given().get("/app.js").then().statusCode(200).extract().asString();
        assertTrue(script.contains("ja: {") && script.contains("en: {"), "the script carries ja and en strings");
    }

    @Test
    void theApiIsStillJsonWhereNothingServes() {
        given().accept("text/html").get("/nothing-here").then().statusCode(404).contentType(startsWith("application/json"));
    }
}
