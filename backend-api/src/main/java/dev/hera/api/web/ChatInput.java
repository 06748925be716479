package dev.hera.api.web;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.hera.api.config.ApiConfig;
import dev.hera.api.error.ApiException;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;

/**
 * The checks every chat message passes before it is queued: a JSON object with a text
 * {@code message} that is not blank and not longer than {@code hera.api.max-message-length}
 * characters, and an optional {@code Idempotency-Key} header of visible ASCII.
 */
@ApplicationScoped
public class ChatInput {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,128}");

    private final JsonBodies bodies;
    private final int maxLength;

    public ChatInput(JsonBodies bodies, ApiConfig config) {
        this.bodies = bodies;
        this.maxLength = config.maxMessageLength();
    }

    /** The message, trimmed; 400 when absent or blank, 422 when too long. */
    public String message(String contentType, byte[] body, Language language) {
        Optional<ObjectNode> object = bodies.optionalObject(contentType, body, language);
        String message = JsonBodies.text(object, "message", language).map(String::strip).orElse("");
        if (message.isEmpty()) {
            throw new ApiException(ErrorCode.MESSAGE_REQUIRED, language);
        }
        if (message.codePointCount(0, message.length()) > maxLength) {
            throw new ApiException(ErrorCode.MESSAGE_TOO_LONG, language);
        }
        return message;
    }

    /** The client's Idempotency-Key, when it sent one; 400 when it is malformed. */
    public String idempotencyKey(String header, Language language) {
        if (header == null || header.isEmpty()) {
            return null;
        }
        if (!IDEMPOTENCY_KEY.matcher(header).matches()) {
            throw new ApiException(ErrorCode.INVALID_FIELD, language);
        }
        return header;
    }
}
