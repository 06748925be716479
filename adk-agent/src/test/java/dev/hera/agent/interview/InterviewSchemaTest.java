package dev.hera.agent.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import dev.hera.model.BigFive;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Gender;
import dev.hera.model.JsonConfig;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;

/**
 * The profile schema the model is asked to answer in follows the stored profile: every property it
 * names is one of the record's (so a model's answer is read as it was meant), every value of its
 * enumerations is one the record accepts, and a record property it leaves out is left out on purpose.
 */
class InterviewSchemaTest {

    private static final ObjectMapper JSON = JsonConfig.newMapper();

    private final JsonObjectSchema profile = (JsonObjectSchema) InterviewPrompt.schema().properties().get("profile");

    @Test
    void theProfileSchemaNamesTheStoredProfilesProperties() {
        assertFollows(UserProfile.class, profile, Set.of("work_style", "future_career", "lifestyle", "created_at"));
        JsonObjectSchema partner = object(profile, "current_partner");
        assertEquals(partner, object(profile, "ideal_partner"), "both partners are described alike");
        assertFollows(Partner.class, partner, Set.of("speaking_style"));
        assertFollows(BigFive.class, object(profile, "user_personality_traits"), Set.of());
        assertFollows(BigFive.class, object(partner, "personality_traits"), Set.of());
        JsonObjectSchema child = (JsonObjectSchema) ((JsonArraySchema) profile.properties().get("children_info")).items();
        assertFollows(ChildWish.class, child, Set.of());
    }

    @Test
    void everyEnumeratedValueIsOneTheProfileAccepts() {
        assertCovers(Gender.class, enumValues(profile, "gender"));
        assertCovers(RelationshipStatus.class, enumValues(profile, "relationship_status"));
        JsonObjectSchema child = (JsonObjectSchema) ((JsonArraySchema) profile.properties().get("children_info")).items();
        assertCovers(ChildGender.class, enumValues(child, "desired_gender"));
    }

    private static void assertFollows(Class<?> type, JsonObjectSchema schema, Set<String> leftOutOnPurpose) {
        Set<String> properties = JSON.getSerializationConfig().introspect(JSON.constructType(type)).findProperties().stream()
                .map(BeanPropertyDefinition::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> named = new TreeSet<>(schema.properties().keySet());
        Set<String> unknown = new TreeSet<>(named);
        unknown.removeAll(properties);
        assertEquals(Set.of(), unknown, "properties the schema names that " + type.getSimpleName() + " does not have");
        Set<String> leftOut = new TreeSet<>(properties);
        leftOut.removeAll(named);
        assertEquals(new TreeSet<>(leftOutOnPurpose), leftOut, "properties of " + type.getSimpleName() + " the schema leaves out");
    }

    /** Every schema value reads as a constant of the enum, and every constant can be given. */
    private static <E extends Enum<E>> void assertCovers(Class<E> type, List<String> values) {
        Set<E> read = new HashSet<>();
        for (String value : values) {
            E constant = JSON.convertValue(value, type);
            assertTrue(constant != null, "'" + value + "' is a " + type.getSimpleName());
            read.add(constant);
        }
        assertEquals(Set.copyOf(Arrays.asList(type.getEnumConstants())), read, "every " + type.getSimpleName() + " can be answered");
    }

    private static JsonObjectSchema object(JsonObjectSchema schema, String property) {
        return (JsonObjectSchema) schema.properties().get(property);
    }

    private static List<String> enumValues(JsonObjectSchema schema, String property) {
        JsonSchemaElement element = schema.properties().get(property);
        return ((JsonEnumSchema) element).enumValues();
    }
}
