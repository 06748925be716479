package dev.hera.api.error;

import java.util.Map;
import java.util.Optional;

import dev.hera.error.ErrorCode;
import dev.hera.model.Language;

/**
 * A failure to show the client: an {@link ErrorCode}, the session's language when known, and
 * extra fields for the body (e.g. the missing fields of an incomplete profile).
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Language language;
    private final Map<String, Object> details;
    private final Map<String, String> headers;

    public ApiException(ErrorCode code) {
        this(code, null, Map.of(), Map.of());
    }

    public ApiException(ErrorCode code, Language language) {
        this(code, language, Map.of(), Map.of());
    }

    public ApiException(ErrorCode code, Language language, Map<String, Object> details, Map<String, String> headers) {
        super(code.name(), null, false, false);
        this.code = code;
        this.language = language;
        this.details = Map.copyOf(details);
        this.headers = Map.copyOf(headers);
    }

    public ErrorCode code() {
        return code;
    }

    public Optional<Language> language() {
        return Optional.ofNullable(language);
    }

    public Map<String, Object> details() {
        return details;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
