package dev.hera.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The journeys of sample-conversations.md through the public HTTP API, with adk-agent running as
 * a separate process and the offline engine: interview → complete → family → plan, story, letter.
 * Every answer, errors included, is checked against the OpenAPI document the API serves, and
 * together the journeys call every documented operation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyTest {

    HeraSystem system;
    OpenApiContract contract;

    /**
     * The journeys' settings: the rate limiter runs (its scripts are part of what Redis' ACL log is
     * checked for) with budgets no journey reaches, since five journeys from one address in a few
     * seconds are no abuse; the limits themselves are backend-api's RateLimitHttpTest's.
     */
    static final Map<String, String> JOURNEYS = Map.of(
            "HERA_RATE_LIMIT_CLIENT_EXPENSIVE_CAPACITY", "1000",
            "HERA_RATE_LIMIT_SESSION_EXPENSIVE_CAPACITY", "1000",
            "HERA_RATE_LIMIT_CLIENT_SESSIONS_CAPACITY", "1000");

    /** The system the journeys run on: here one Redis server. */
    HeraSystem newSystem() {
        return new HeraSystem(JOURNEYS);
    }

    @BeforeAll
    void start() {
        system = newSystem().start();
        contract = OpenApiContract.of(system.api().managementUrl());
    }

    @AfterEach
    void everyAnswerIsTheDocumentedOne() {
        assertEquals(List.of(), contract.drain(), "answers that differ from /q/openapi");
    }

    @AfterAll
    void stop() {
        try {
            assertEquals(List.of(), contract.uncalled(), "documented operations no journey called");
            assertEquals(List.of(), system.refusedByRedis(), "commands Redis refused a service's ACL user");
        } finally {
            system.close();
        }
    }

    /** A request to the API whose answer is checked against the OpenAPI document. */
    private RequestSpecification call() {
        return given().baseUri(system.api().baseUrl()).filter(SessionTokens.KEEPER).filter(contract);
    }

    private RequestSpecification api() {
        return call().contentType(ContentType.JSON);
    }

    private String newSession(String locale) {
        return api().body(Map.of("locale", locale)).post("/api/sessions").then().statusCode(200).extract().path("session_id");
    }

    private JsonPath say(String id, String message) {
        return api().body(Map.of("message", message)).post("/api/sessions/" + id + "/messages")
                .then().statusCode(200).extract().jsonPath();
    }

    private JsonPath tellFamily(String id, String message) {
        return api().body(Map.of("message", message)).post("/api/sessions/" + id + "/family/messages")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theJapaneseInterviewAndFamilyConversationEndInAStoryAndALetter() {
        String id = newSession("ja");

        JsonPath turn1 = say(id, "こんにちは。32歳の女性で、大阪に住んでいます。");
        assertEquals(32, turn1.getInt("user_profile.age"));
        assertEquals("女性", turn1.getString("user_profile.gender"));
        assertTrue(turn1.getString("user_profile.location").contains("大阪"));
        assertEquals("hera", turn1.getString("conversation_history[0].speaker"), "Hera greeted first");

        JsonPath turn2 = say(id, "今は独身です。年収は450万円くらいです。");
        assertEquals("single", turn2.getString("user_profile.relationship_status"));
        assertEquals("450万円", turn2.getString("user_profile.income_range"));

        JsonPath turn3 = say(id, "私は好奇心旺盛で、友達と出かけるのが好きな社交的なタイプです。");
        assertTrue(turn3.getDouble("user_profile.user_personality_traits.openness") >= 0.7);
        assertTrue(turn3.getDouble("user_profile.user_personality_traits.extraversion") >= 0.7);

        JsonPath turn4 = say(id, "理想の相手は穏やかで誠実な人。名前はけんたさんがいいな。背が高くて短い黒髪、眼鏡が似合う優しい目の人です。");
        assertEquals("けんた", turn4.getString("user_profile.ideal_partner.name"));
        assertFalse(turn4.getString("user_profile.ideal_partner.temperament").isBlank());
        assertFalse(turn4.getString("user_profile.partner_face_description").isBlank());

        JsonPath turn5 = say(id, "子供は二人欲しいです。女の子のみおと男の子のそうま。");
        assertEquals(List.of("みお", "そうま"), turn5.getList("user_profile.children_info.name"));
        assertTrue(turn5.getBoolean("profile_complete"), turn5.getList("missing_fields").toString());
        assertEquals("COMPLETED", turn5.getString("session_status"));
        assertFalse(turn5.getString("completion_message").isBlank());
        for (String key : List.of("_meta", "user_profile", "conversation_history", "turns")) {
            assertKeyWithTtl(id, key);
        }

        api().body("").post("/api/sessions/" + id + "/complete").then().statusCode(200)
                .body("information_complete", equalTo(true)).body("family_ready", equalTo(true));

        // Photo, partner portrait, children's portraits: drawn by the agent, served by the API.
        call().multiPart("file", "写真.jpg", HeraApi.photo(), "image/jpeg")
                .post("/api/sessions/" + id + "/photos/user").then().statusCode(200).body("image.content_type", equalTo("image/jpeg"));
        String partnerUrl = api().body(Map.of("target", "partner")).post("/api/sessions/" + id + "/generate-image")
                .then().statusCode(200).body("meta.target", equalTo("partner")).extract().path("image_url");
        call().get(partnerUrl).then().statusCode(200).contentType("image/png");
        JsonPath children = api().body("").post("/api/sessions/" + id + "/generate-child-image").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("みお", "そうま"), children.getList("meta.children.name"));
        for (String url : children.<String> getList("meta.children.image_url")) {
            call().get(url).then().statusCode(200).contentType("image/png");
        }
        assertEquals(List.of("child_1.png", "child_2.png", "partner.png", "user.jpg"), system.imageFiles(id),
                "the stored objects");
        assertKeyWithTtl(id, "photos");

        JsonPath f1 = tellFamily(id, "今度の週末、みんなでどこか行かない？");
        assertEquals(List.of("けんた", "みお", "そうま"), f1.getList("reply.name"));
        tellFamily(id, "沖縄に行きたいな。");
        JsonPath f3 = tellFamily(id, "海で泳いだり、水族館に行ったりしたい！");
        assertEquals("沖縄", f3.getString("family_trip_info.destination"));
        assertTrue(f3.getList("family_trip_info.activities").size() >= 2);
        assertTrue(f3.getString("reply[0].message").contains("沖縄"), "the partner proposes the plan");

        JsonPath f4 = tellFamily(id, "いいね、それで決まり！");
        assertTrue(f4.getBoolean("conversation_complete"));
        String story = f4.getString("family_plan.story");
        String letter = f4.getString("family_plan.letter");
        for (String expected : List.of("沖縄", "けんた", "みお", "そうま")) {
            assertTrue(story.contains(expected), "story: " + expected);
            assertTrue(letter.contains(expected), "letter: " + expected);
        }
        for (String activity : f4.<String> getList("family_plan.activities")) {
            assertTrue(story.contains(activity), "story: " + activity);
            assertTrue(letter.contains(activity), "letter: " + activity);
        }
        api().get("/api/sessions/" + id + "/family/status").then().statusCode(200)
                .body("conversation_complete", equalTo(true)).body("family_plan.story", equalTo(story));
        for (String key : List.of("personas", "family_conversation", "family_trip_info", "family_state", "family_plan")) {
            assertKeyWithTtl(id, key);
        }

        api().delete("/api/sessions/" + id).then().statusCode(200);
        assertTrue(system.sessionKeys(id).isEmpty(), "forgotten: no key left");
        assertTrue(system.imageFiles(id).isEmpty(), "forgotten: no image left");
    }

    private void assertKeyWithTtl(String id, String key) {
        String name = system.key(id, key);
        assertTrue(system.sessionKeys(id).contains(name), name + " among " + system.sessionKeys(id));
        assertTrue(system.ttlMillis(name) > 0, name + " carries the session's TTL");
    }

    /** Issue 19's example, five messages in Kansai speech as a new user types them, through the API. */
    @Test
    void aGirlfriendMentionedInPassingIsThePartnerAndNotTheUser() {
        String id = newSession("ja");
        JsonPath last = null;
        for (String message : List.of("28歳の男です。大阪に住んでるで。",
                "彼女がいて、名前はみさき。めっちゃ優しくて、ちょっと天然なところがかわいい。",
                "肩くらいの茶色い髪で、目が大きくて、背は低めやな。",
                "年収は400万くらいやな。俺は人見知りやけど、几帳面なほうやと思う。",
                "子どもは二人ほしいな。男の子のはるとと女の子のゆい。")) {
            last = say(id, message);
        }
        assertEquals(null, last.getString("user_profile.user_name"), "the girlfriend's name is not the user's");
        assertEquals("partnered", last.getString("user_profile.relationship_status"));
        assertEquals("みさき", last.getString("user_profile.current_partner.name"));
        assertTrue(last.getString("user_profile.current_partner.appearance").contains("茶色い髪"),
                last.getString("user_profile.current_partner.appearance"));
        assertTrue(last.getDouble("user_profile.current_partner.personality_traits.agreeableness") > 0.5);
        assertEquals(null, last.getString("user_profile.user_personality_traits.agreeableness"), "her kindness is not his");
        assertEquals(List.of("はると", "ゆい"), last.getList("user_profile.children_info.name"));
        assertTrue(last.getBoolean("profile_complete"), last.getList("missing_fields").toString());
        api().delete("/api/sessions/" + id).then().statusCode(200);
    }

    @Test
    void theEnglishJourneyGoesFromTheInterviewToTheLetterAndIsForgotten() {
        String id = newSession("en");
        say(id, "Hi, I'm a 29-year-old man living in Seattle.");
        say(id, "I'm married — my wife's name is Emma. I make about $90k a year.");
        say(id, "I'm calm and organized, a bit of an introvert.");
        say(id, "Emma is cheerful and kind. She has long curly red hair, green eyes and freckles.");
        JsonPath last = say(id, "We'd love two kids: a girl named Lily and a boy named Noah.");

        assertTrue(last.getBoolean("profile_complete"), last.getList("missing_fields").toString());
        assertEquals(29, last.getInt("user_profile.age"));
        assertEquals("married", last.getString("user_profile.relationship_status"));
        assertEquals("Emma", last.getString("user_profile.current_partner.name"));
        assertEquals(List.of("Lily", "Noah"), last.getList("user_profile.children_info.name"));
        assertTrue(last.getString("reply").matches("(?s).*[A-Za-z].*"), "Hera answers in English");

        api().body("").post("/api/sessions/" + id + "/complete").then().statusCode(200).body("family_ready", equalTo(true));
        call().multiPart("file", "me.jpg", HeraApi.photo(), "image/jpeg")
                .post("/api/sessions/" + id + "/photos/user").then().statusCode(200);
        api().body(Map.of("target", "partner")).post("/api/sessions/" + id + "/generate-image").then().statusCode(200)
                .body("meta.target", equalTo("partner"));
        JsonPath children = api().body("").post("/api/sessions/" + id + "/generate-child-image").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("Lily", "Noah"), children.getList("meta.children.name"));
        assertEquals(List.of("child_1.png", "child_2.png", "partner.png", "user.jpg"), system.imageFiles(id));

        JsonPath hello = tellFamily(id, "Let's go to Hawaii!");
        assertEquals(List.of("Emma", "Lily", "Noah"), hello.getList("reply.name"));
        tellFamily(id, "We could go swimming and visit the aquarium.");
        JsonPath yes = tellFamily(id, "Sounds great, let's do it!");
        assertTrue(yes.getBoolean("conversation_complete"));
        String story = yes.getString("family_plan.story");
        String letter = yes.getString("family_plan.letter");
        for (String name : List.of("Emma", "Lily", "Noah")) {
            assertTrue(story.contains(name), "story: " + name);
            assertTrue(letter.contains(name), "letter: " + name);
        }
        assertTrue(story.contains(yes.getString("family_plan.destination")), "story: the destination");
        assertKeyWithTtl(id, "family_plan");

        api().delete("/api/sessions/" + id).then().statusCode(200);
        assertTrue(system.sessionKeys(id).isEmpty(), "forgotten: no key left");
        assertTrue(system.imageFiles(id).isEmpty(), "forgotten: no image left");
    }

    @Test
    void errorsAndTheRemainingReadsAreTheDocumentedOnes() {
        call().get("/api/health").then().statusCode(200);
        String unknown = UUID.randomUUID().toString();
        api().get("/api/sessions/not-a-session/status").then().statusCode(400).body("code", equalTo("INVALID_SESSION_ID"));
        api().get("/api/sessions/" + unknown + "/status").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer")).body("code", equalTo("AUTHENTICATION_REQUIRED"));
        String guess = "Bearer " + UUID.randomUUID();
        api().header("Authorization", guess).get("/api/sessions/" + unknown + "/status").then().statusCode(404)
                .body("code", equalTo("SESSION_NOT_FOUND"));
        call().header("Authorization", guess).get("/api/sessions/" + unknown + "/events").then().statusCode(404)
                .body("code", equalTo("SESSION_NOT_FOUND"));
        api().header("Authorization", guess).delete("/api/sessions/" + unknown).then().statusCode(404)
                .body("code", equalTo("SESSION_NOT_FOUND"));
        api().body(Map.of("locale", "fr")).post("/api/sessions").then().statusCode(400).body("code", equalTo("INVALID_LOCALE"));
        // Listing one's sessions needs an identity across sessions (oidc mode); a session token is not one.
        api().get("/api/sessions").then().statusCode(404).body("code", equalTo("NOT_FOUND"));

        String id = newSession("en");
        String session = "/api/sessions/" + id;
        api().body(Map.of("message", " ")).post(session + "/messages").then().statusCode(400)
                .body("code", equalTo("MESSAGE_REQUIRED"));
        api().body(Map.of("message", "a".repeat(5000))).post(session + "/messages").then().statusCode(422)
                .body("code", equalTo("MESSAGE_TOO_LONG"));
        api().body(Map.of("message", "Hello!")).post(session + "/family/messages").then().statusCode(409)
                .body("code", equalTo("FAMILY_NOT_READY"));
        api().body("").post(session + "/complete").then().statusCode(400).body("code", equalTo("PROFILE_INCOMPLETE"));
        api().body(Map.of("target", "child")).post(session + "/generate-image").then().statusCode(400)
                .body("code", equalTo("IMAGE_TARGET_UNSUPPORTED"));
        api().body(Map.of("target", "partner")).post(session + "/generate-image").then().statusCode(400)
                .body("code", equalTo("PARTNER_DESCRIPTION_MISSING"));
        api().body("").post(session + "/generate-child-image").then().statusCode(400).body("code", equalTo("PHOTOS_REQUIRED"));
        call().multiPart("file", "notes.txt", "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain")
                .post(session + "/photos/user").then().statusCode(415).body("code", equalTo("IMAGE_FORMAT"));
        api().get(session + "/photos").then().statusCode(200);
        call().get(session + "/photos/user.png").then().statusCode(404).body("code", equalTo("IMAGE_NOT_FOUND"));
        call().get(session + "/photos/passwd").then().statusCode(400).body("code", equalTo("INVALID_IMAGE_NAME"));
        api().get(session + "/turns/" + unknown).then().statusCode(404).body("code", equalTo("TURN_NOT_FOUND"));

        String turn = say(id, "Hi, I'm a 35-year-old woman from Denver.").getString("turn_id");
        api().get(session + "/turns/" + turn).then().statusCode(200).body("status", equalTo("DONE"))
                .body("answer.user_profile.age", equalTo(35));
        api().get(session + "/family/status").then().statusCode(200);
    }

    @Test
    void theContractCheckCatchesAnswersThatDoNotFit() {
        String status = "/api/sessions/" + UUID.randomUUID() + "/status";
        assertEquals(List.of(), contract.check("GET", status, 404, "application/json",
                "{\"error\": \"No such session.\", \"code\": \"SESSION_NOT_FOUND\", \"status\": \"error\"}"));
        assertFalse(contract.check("GET", status, 200, "application/json", "{\"profile_complete\": \"yes\"}").isEmpty(),
                "a field of the wrong type");
        assertFalse(contract.check("GET", status, 418, "application/json", "{}").isEmpty(), "an undocumented status");
        assertFalse(contract.check("PUT", status, 200, "application/json", "{}").isEmpty(), "an undocumented method");
        assertFalse(contract.check("GET", "/api/elsewhere", 200, "application/json", "{}").isEmpty(), "an undocumented path");
    }
}
