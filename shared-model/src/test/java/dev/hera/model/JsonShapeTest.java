package dev.hera.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import dev.hera.profile.ProfileField;
import dev.hera.profile.ProfilePruning;
import dev.hera.profile.ProfileRules;

class JsonShapeTest {

    private static final ObjectMapper JSON = JsonConfig.newMapper();
    private static final Instant CREATED = Instant.parse("2025-10-28T06:15:12Z");

    private static final UserProfile PROFILE = new UserProfile("美咲", 29, Gender.FEMALE, RelationshipStatus.MARRIED,
            "東京都港区", "500〜600万円", new BigFive(0.7, null, 0.8, null, 0.2), "切れ長の目",
            List.of(new ChildWish(ChildGender.GIRL, "さくら", 1)),
            new Partner("健太", 32, new BigFive(0.6, 0.8, 0.7, 0.9, 0.2), "誠実で天真爛漫", List.of("料理"), "関西弁",
                    "切れ長の目"),
            null, List.of("旅行"), null, null, Map.of("future_hope", "海の近くに住みたい"), CREATED);

    private static JsonNode tree(Object value) throws JsonProcessingException {
        return JSON.readTree(JSON.writeValueAsString(value));
    }

    @Test
    @DisplayName("the profile is written with the reference's snake_case names")
    void snakeCaseNames() throws Exception {
        JsonNode json = tree(PROFILE);
        for (String name : List.of("user_name", "age", "gender", "relationship_status", "location", "income_range",
                "user_personality_traits", "partner_face_description", "children_info", "current_partner",
                "interests", "lifestyle", "created_at")) {
            assertTrue(json.has(name), name);
        }
        assertEquals("さくら", json.at("/children_info/0/name").asText());
        assertEquals("女", json.at("/children_info/0/desired_gender").asText());
        assertEquals("関西弁", json.at("/current_partner/speaking_style").asText());
        assertEquals(0.9, json.at("/current_partner/personality_traits/agreeableness").asDouble());
        assertFalse(json.has("userName"));
    }

    @Test
    @DisplayName("enums are written as the reference's values, timestamps as ISO-8601 text")
    void enumAndTimeValues() throws Exception {
        JsonNode json = tree(PROFILE);
        assertEquals("女性", json.get("gender").asText());
        assertEquals("married", json.get("relationship_status").asText());
        assertEquals("2025-10-28T06:15:12Z", json.get("created_at").asText());
        assertEquals("\"ja\"", JSON.writeValueAsString(Language.JA));
        assertEquals("\"男\"", JSON.writeValueAsString(ChildGender.BOY));
    }

    @Test
    @DisplayName("Japanese text round-trips unchanged and is written as UTF-8, not escaped")
    void japaneseRoundTrip() throws Exception {
        String text = JSON.writeValueAsString(PROFILE);
        assertTrue(text.contains("誠実で天真爛漫"), text);
        assertEquals(PROFILE, JSON.readValue(text, UserProfile.class));
    }

    @Test
    @DisplayName("unknown fields (the reference's name, image paths, partner_info) are ignored; D19: no image path is served")
    void unknownFieldsIgnored() throws Exception {
        String reference = """
                {"age": 30, "name": "x", "partner_image_path": "/srv/app/tmp/partner.jpg",
                 "children_images": [{"name": "a", "image_path": "/srv/x.jpg"}], "partner_info": {"a": 1},
                 "family_structure": {}, "ideal_partner": {"name": "健太", "unknown": true}}
                """;
        UserProfile profile = JSON.readValue(reference, UserProfile.class);
        assertEquals(30, profile.age());
        assertEquals("健太", profile.idealPartner().name());
        String written = JSON.writeValueAsString(profile);
        assertFalse(written.contains("image_path"), written);
        assertFalse(written.contains("/srv"), written);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "face_description", "visual_traits", "appearance" })
    @DisplayName("the reference's face_description and visual_traits are read as the partner's appearance")
    void appearanceAliases(String key) throws Exception {
        Partner partner = JSON.readValue("{\"name\":\"健太\",\"" + key + "\":\"丸顔\"}", Partner.class);
        assertEquals("丸顔", partner.appearance());
        assertEquals("丸顔", tree(partner).get("appearance").asText());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({ "男性,MALE", "male,MALE", "Man,MALE", "男,MALE", "ＭＡＬＥ,MALE", "女性,FEMALE", "female,FEMALE",
            "WOMAN,FEMALE", "女,FEMALE", "その他,OTHER", "other,OTHER" })
    @DisplayName("the user's gender is read leniently (Japanese, English, any case or width)")
    void genderReadLeniently(String text, Gender expected) throws Exception {
        assertEquals(expected, JSON.readValue("{\"gender\":\"" + text + "\"}", UserProfile.class).gender());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({ "男,BOY", "boy,BOY", "Son,BOY", "男の子,BOY", "息子,BOY", "女,GIRL", "girl,GIRL", "daughter,GIRL",
            "女の子,GIRL", "娘,GIRL" })
    @DisplayName("a child's gender is read leniently")
    void childGenderReadLeniently(String text, ChildGender expected) throws Exception {
        assertEquals(expected, JSON.readValue("{\"desired_gender\":\"" + text + "\"}", ChildWish.class).desiredGender());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({ "married,MARRIED", "MARRIED,MARRIED", "既婚,MARRIED", "partnered,PARTNERED", "交際中,PARTNERED",
            "single,SINGLE", "独身,SINGLE", "other,OTHER" })
    @DisplayName("D23: the relationship status is read into the four values, Japanese words included")
    void d23StatusRead(String text, RelationshipStatus expected) throws Exception {
        UserProfile profile = JSON.readValue("{\"relationship_status\":\"" + text + "\"}", UserProfile.class);
        assertEquals(expected, profile.relationshipStatus());
        assertEquals(expected.code(), tree(profile).get("relationship_status").asText());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "{\"gender\":\"robot\"}", "{\"relationship_status\":\"complicated\"}",
            "{\"children_info\":[{\"desired_gender\":\"puppy\"}]}" })
    @DisplayName("D23: a value outside an enum is rejected instead of being stored")
    void d23InvalidEnumRejected(String body) {
        assertThrows(JsonProcessingException.class, () -> JSON.readValue(body, UserProfile.class));
    }

    @Test
    @DisplayName("a blank enum value is read as absent, not rejected")
    void blankEnumIsAbsent() throws Exception {
        UserProfile profile = JSON.readValue("{\"gender\":\" \",\"relationship_status\":\"\",\"age\":3}",
                UserProfile.class);
        assertNull(profile.gender());
        assertNull(profile.relationshipStatus());
        assertEquals(3, profile.age());
    }

    @Test
    @DisplayName("a pruned profile omits every empty value; the empty profile is {}; age 0 stays")
    void prunedProfileOmitsEmpties() throws Exception {
        UserProfile messy = new UserProfile(" ", 0, null, null, "", "\u3000", new BigFive(null, null, null, null, null),
                null, List.of(new ChildWish(null, " ", null)), new Partner("", null, null, null, List.of(), null, null),
                null, List.of(" "), null, null, Map.of(), null);
        assertEquals("{\"age\":0}", JSON.writeValueAsString(ProfilePruning.prune(messy)));
        assertEquals("{}", JSON.writeValueAsString(UserProfile.empty()));
    }

    @Test
    @DisplayName("missing fields, field progress and information progress are written with JSON names")
    void rulesOutputShape() throws Exception {
        UserProfile profile = new UserProfile(null, 30, null, RelationshipStatus.SINGLE, null, null, null, null, null,
                null, null, null, null, null, null, null);
        JsonNode missing = tree(ProfileRules.missingFields(profile));
        assertEquals("gender", missing.get(0).asText());
        assertEquals("ideal_partner", missing.get(missing.size() - 1).asText());
        JsonNode fields = tree(ProfileRules.fieldProgress(profile));
        assertTrue(fields.get("age").asBoolean());
        assertFalse(fields.get("ideal_partner").asBoolean());
        JsonNode categories = tree(ProfileRules.informationProgress(profile));
        assertEquals(1, categories.at("/basic_info/collected").asInt());
        assertEquals(4, categories.at("/basic_info/total").asInt());
        assertEquals(1, categories.at("/relationship/collected").asInt());
        assertEquals(ProfileField.IDEAL_PARTNER, JSON.readValue("\"ideal_partner\"", ProfileField.class));
    }

    @Test
    @DisplayName("conversation entries, plans and image refs use snake_case and ISO timestamps")
    void otherRecords() throws Exception {
        JsonNode entry = tree(new ConversationEntry("hera", "こんにちは", CREATED));
        assertEquals("2025-10-28T06:15:12Z", entry.get("timestamp").asText());
        assertEquals("hera", entry.get("speaker").asText());
        JsonNode plan = tree(new FamilyPlan("沖縄", List.of("海水浴"), "物語", "手紙",
                List.of(new ConversationEntry("妻", "行こう", CREATED))));
        assertEquals("妻", plan.at("/conversation_log/0/speaker").asText());
        JsonNode image = tree(new ImageRef("user", "sessions/x/photos/user.jpg", "image/jpeg", 1234, "ab", CREATED));
        assertEquals("sessions/x/photos/user.jpg", image.get("object_key").asText());
        assertEquals("image/jpeg", image.get("content_type").asText());
        JsonNode state = tree(FamilyState.initial());
        assertFalse(state.get("prompted").asBoolean());
        assertTrue(state.has("proposal_destination"));
        JsonNode persona = tree(new Persona("child-1", "長女", "さくら", Persona.CHILD, 5, ChildGender.GIRL, null,
                "元気", List.of("明るい"), null));
        assertEquals("女", persona.get("gender").asText());
        assertEquals("明るい", persona.at("/trait_words/0").asText());
        assertEquals(new TripInfo("沖縄", List.of("海水浴")),
                JSON.readValue("{\"destination\":\"沖縄\",\"activities\":[\"海水浴\"]}", TripInfo.class));
    }

    @Test
    @DisplayName("the Quarkus customiser applies the same snake_case convention to the application's mapper")
    void customiserSetsSnakeCase() throws Exception {
        ObjectMapper quarkusLike = new ObjectMapper();
        new JsonConfig().customize(quarkusLike);
        assertEquals(PropertyNamingStrategies.SNAKE_CASE, quarkusLike.getPropertyNamingStrategy());
        assertTrue(quarkusLike.writeValueAsString(new TripInfo(null, null)).equals("{}"));
        assertTrue(quarkusLike.writeValueAsString(new ChildWish(ChildGender.BOY, "陽太", 1)).contains("desired_gender"));
    }
}
