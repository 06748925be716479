package dev.hera.agent.model;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

/**
 * Checks a model's answer against the JSON schema it was asked for. Providers honour a response
 * schema to different degrees, so the answer is never trusted: a missing required property, a
 * wrong type or a value outside an enum makes the whole answer invalid. {@code null} stands for
 * an absent optional property.
 */
final class JsonShape {

    private JsonShape() {
    }

    /** Throws {@link ModelFailure} of kind {@code INVALID} naming the first mismatch. */
    static void check(JsonNode value, JsonSchemaElement schema) {
        check(value, schema, "$");
    }

    private static void check(JsonNode value, JsonSchemaElement schema, String path) {
        boolean fits;
        if (schema instanceof JsonObjectSchema object) {
            fits = checkObject(value, object, path);
        } else if (schema instanceof JsonArraySchema array) {
            fits = checkArray(value, array, path);
        } else if (schema instanceof JsonStringSchema) {
            fits = value.isTextual();
        } else if (schema instanceof JsonIntegerSchema) {
            fits = value.isIntegralNumber();
        } else if (schema instanceof JsonNumberSchema) {
            fits = value.isNumber();
        } else if (schema instanceof JsonBooleanSchema) {
            fits = value.isBoolean();
        } else if (schema instanceof JsonEnumSchema enumeration) {
            fits = value.isTextual() && enumeration.enumValues().contains(value.asText());
        } else {
            throw new IllegalArgumentException("unsupported schema element " + schema.getClass().getSimpleName());
        }
        if (!fits) {
            throw new ModelFailure(ModelFailure.Kind.INVALID, path + " is not of the requested type");
        }
    }

    private static boolean checkObject(JsonNode value, JsonObjectSchema schema, String path) {
        if (!value.isObject()) {
            return false;
        }
        for (String name : schema.required()) {
            JsonNode field = value.get(name);
            if (field == null || field.isNull()) {
                throw new ModelFailure(ModelFailure.Kind.INVALID, path + "." + name + " is missing");
            }
        }
        for (Map.Entry<String, JsonSchemaElement> property : schema.properties().entrySet()) {
            JsonNode field = value.get(property.getKey());
            if (field != null && !field.isNull()) {
                check(field, property.getValue(), path + "." + property.getKey());
            }
        }
        return true;
    }

    private static boolean checkArray(JsonNode value, JsonArraySchema schema, String path) {
        if (!value.isArray()) {
            return false;
        }
        for (int i = 0; i < value.size(); i++) {
            check(value.get(i), schema.items(), path + "[" + i + "]");
        }
        return true;
    }
}
