package dev.hera.api.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.hera.api.config.ApiConfig;
import dev.hera.api.error.ApiException;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;

/**
 * Reads optional JSON request bodies by hand rather than through a bound parameter, because the
 * reference frontend sends {@code Content-Type: application/json} with an empty body where the body
 * is optional: an absent, empty or {@code null} body is "no body"; only a body that is present and
 * wrong is refused, with a JSON error in the session's language.
 */
@ApplicationScoped
public class JsonBodies {

    private final ObjectReader reader;
    private final int maxBytes;

    public JsonBodies(ObjectMapper json, ApiConfig api) {
        // {"a":1} garbage is not JSON, whatever Jackson's lenient default says.
        this.reader = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.maxBytes = api.maxJsonBytes();
    }

    /**
     * The body as a JSON object, or empty when there is no body (or only white space).
     *
     * @throws ApiException 413 {@code REQUEST_TOO_LARGE} past {@code hera.api.max-json-bytes} (a body
     *                      sent in chunks, without a declared length), 415 when a body comes with a
     *                      content type other than JSON (none counts as JSON), 400 {@code INVALID_JSON}
     *                      when the body is not JSON, 400 {@code INVALID_FIELD} when it is JSON but not
     *                      an object
     */
    public Optional<ObjectNode> optionalObject(String contentType, byte[] body, Language language) {
        if (isBlank(body)) {
            // Nothing was sent, whatever the headers claim: some clients label an empty POST text/plain.
            return Optional.empty();
        }
        if (body.length > maxBytes) {
            throw new ApiException(ErrorCode.REQUEST_TOO_LARGE, language);
        }
        if (contentType != null && !isJson(contentType)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, language);
        }
        JsonNode tree;
        try {
            tree = reader.readTree(body);
        } catch (IOException | RuntimeException notJson) {
            // Malformed or invalid UTF-8 text, or past Jackson's nesting and length limits.
            throw new ApiException(ErrorCode.INVALID_JSON, language);
        }
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            return Optional.empty();
        }
        if (!tree.isObject()) {
            throw new ApiException(ErrorCode.INVALID_FIELD, language);
        }
        return Optional.of((ObjectNode) tree);
    }

    /**
     * A text field of the body: empty when absent or {@code null}; 400 {@code INVALID_FIELD} when it
     * has another type (a number is not silently turned into text).
     */
    public static Optional<String> text(Optional<ObjectNode> body, String field, Language language) {
        JsonNode value = body.map(object -> object.get(field)).orElse(null);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new ApiException(ErrorCode.INVALID_FIELD, language);
        }
        return Optional.of(value.textValue());
    }

    private static boolean isJson(String contentType) {
        if (contentType.isBlank()) {
            return true;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            return "application".equalsIgnoreCase(type.getType())
                    && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean isBlank(byte[] body) {
        if (body == null) {
            return true;
        }
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
