package dev.hera.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** backend-api's public HTTP API, called as a client calls it, for the end-to-end tests. */
final class HeraApi {

    /** The Japanese interview of sample-conversations.md: the profile is complete after the last message. */
    static final List<String> JAPANESE_INTERVIEW = List.of("こんにちは。32歳の女性で、大阪に住んでいます。",
            "今は独身です。年収は450万円くらいです。",
            "私は好奇心旺盛で、友達と出かけるのが好きな社交的なタイプです。",
            "理想の相手は穏やかで誠実な人。名前はけんたさんがいいな。背が高くて短い黒髪、眼鏡が似合う優しい目の人です。",
            "子供は二人欲しいです。女の子のみおと男の子のそうま。");

    /** Longest wait for an agent's answer, however busy the machine. */
    static final Duration ANSWER_WAIT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final Map<String, String> headers;

    HeraApi(ServiceProcess api) {
        this(api.baseUrl());
    }

    HeraApi(String baseUrl) {
        this(baseUrl, Map.of());
    }

    private HeraApi(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    /** The same API, as a client that allows an answer without the result: 202 past the turn deadline. */
    HeraApi respondingAsync() {
        return new HeraApi(baseUrl, Map.of("Prefer", "respond-async"));
    }

    /** A small JPEG standing in for the person's photo. */
    static byte[] photo() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(60, 40, 30));
        g.fillRect(0, 0, 64, 20);
        g.setColor(new java.awt.Color(230, 190, 160));
        g.fillOval(12, 14, 40, 46);
        g.dispose();
        var bytes = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "jpg", bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A request with no credential and no JSON body: a browser following a link, say. */
    RequestSpecification plain() {
        return given().baseUri(baseUrl);
    }

    RequestSpecification request() {
        return given().baseUri(baseUrl).filter(SessionTokens.KEEPER).contentType(ContentType.JSON).headers(headers);
    }

    static String path(String sessionId) {
        return "/api/sessions/" + sessionId;
    }

    String newSession(String locale) {
        return request().body(Map.of("locale", locale)).post("/api/sessions").then().statusCode(200).extract().path("session_id");
    }

    /** A Japanese session through the whole interview of {@link #JAPANESE_INTERVIEW}, each message answered in time. */
    String interviewedSession() {
        String id = newSession("ja");
        JAPANESE_INTERVIEW.forEach(message -> say(id, message).then().statusCode(200));
        return id;
    }

    /** Sends an interview message; the answer is the caller's to check. */
    Response say(String sessionId, String message) {
        return request().body(Map.of("message", message)).post(path(sessionId) + "/messages");
    }

    JsonPath status(String sessionId) {
        return request().get(path(sessionId) + "/status").then().statusCode(200).extract().jsonPath();
    }

    /** The turn once the agent has answered it (DONE or FAILED). */
    JsonPath awaitTurn(String sessionId, String turnId) {
        return Eventually.await("turn " + turnId + " answered", ANSWER_WAIT,
                () -> request().get(path(sessionId) + "/turns/" + turnId).then().statusCode(200).extract().jsonPath(),
                turn -> !"PENDING".equals(turn.getString("status")));
    }

    /** The interview history once it holds {@code entries} entries (or more, which fails the caller's checks). */
    List<Map<String, String>> awaitHistory(String sessionId, int entries) {
        return Eventually.await("a history of " + entries + " entries", ANSWER_WAIT,
                () -> status(sessionId).<Map<String, String>>getList("conversation_history"),
                history -> history.size() >= entries);
    }

    /**
     * Asserts that the history is Hera's greeting and then each message once, in the order sent, each
     * followed by one reply of Hera's: nothing lost, nothing twice, nothing out of order.
     */
    static void assertAnsweredOnceInOrder(List<Map<String, String>> history, List<String> messages) {
        List<String> expected = new ArrayList<>(List.of("hera: …"));
        for (String message : messages) {
            expected.add("user: " + message);
            expected.add("hera: …");
        }
        // Hera's words vary; who spoke when, and what the person said, must not.
        List<String> seen = history.stream().map(entry -> "user".equals(entry.get("speaker"))
                ? "user: " + entry.get("message") : entry.get("speaker") + ": …").toList();
        assertEquals(expected, seen);
    }

    /** Asserts the answer of a request made while a dependency is down: 503, a JSON error, when to retry. */
    static void assertUnavailable(Response response) {
        response.then().statusCode(503).contentType(ContentType.JSON)
                .body("code", equalTo("SERVICE_UNAVAILABLE"))
                .body("status", equalTo("error"))
                .body("error", notNullValue())
                .header("Retry-After", notNullValue());
    }
}
