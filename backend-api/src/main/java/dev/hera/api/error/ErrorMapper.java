package dev.hera.api.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.hera.error.ErrorCode;
import dev.hera.image.ImageStoreUnavailableException;
import dev.hera.model.Language;
import dev.hera.session.ConcurrentUpdateException;
import dev.hera.session.SessionNotFoundException;
import dev.hera.session.SessionStoreUnavailableException;
import dev.hera.work.TurnLimitReachedException;
import io.smallrye.mutiny.CompositeException;

/**
 * The one place where failures become HTTP answers: always a JSON body
 * {@code {"error", "code", "status": "error", ...}}, never HTML and never an exception's text.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    /** Seconds a client should wait before retrying when a dependency is down. */
    private static final String RETRY_AFTER_UNAVAILABLE = "2";

    @ServerExceptionMapper(priority = 1)
    public Response map(Throwable failure, HttpHeaders headers) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ApiException api) {
            return body(api.code(), api.language().orElseGet(() -> preferred(headers)), api.details(), api.headers());
        }
        ErrorCode code = codeOf(cause);
        if (code == ErrorCode.INTERNAL) {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(cause, "unexpected failure (reference %s)", reference);
            return body(code, preferred(headers), Map.of("reference", reference), Map.of());
        }
        if (code == ErrorCode.SERVICE_UNAVAILABLE) {
            LOG.warnf("dependency unavailable: %s", cause.getClass().getSimpleName());
        }
        return body(code, preferred(headers), Map.of(), Map.of());
    }

    /**
     * Adds {@code Retry-After} to a 503, whichever way it came: a store failing under a resource, or a
     * turn the agent failed because the image store was down.
     */
    private static Map<String, String> withRetryAfter(ErrorCode code, Map<String, String> headers) {
        if (code != ErrorCode.SERVICE_UNAVAILABLE || headers.containsKey("Retry-After")) {
            return headers;
        }
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Retry-After", RETRY_AFTER_UNAVAILABLE);
        return all;
    }

    /**
     * Builds the JSON error answer (a 503 always says when to retry); also used by filters that
     * answer before a resource runs.
     */
    public static Response body(ErrorCode code, Language language, Map<String, Object> details,
            Map<String, String> headers) {
        Response.ResponseBuilder response = Response.status(code.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(fields(code, language, details));
        withRetryAfter(code, headers).forEach(response::header);
        return response.build();
    }

    /**
     * The fields of the JSON error body {@code {"error", "code", "status": "error", ...details}};
     * also written by the Vert.x routes that answer where no resource is reached.
     */
    public static Map<String, Object> fields(ErrorCode code, Language language, Map<String, Object> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code.message(language));
        body.put("code", code.name());
        body.put("status", "error");
        body.putAll(details);
        return body;
    }

    /** The error code that goes with an HTTP status produced by the framework rather than by Hera. */
    public static ErrorCode codeForStatus(int status) {
        return switch (status) {
            case 400 -> ErrorCode.MALFORMED_REQUEST;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.REQUEST_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> ErrorCode.INTERNAL;
        };
    }

    static ErrorCode codeOf(Throwable cause) {
        if (cause instanceof SessionNotFoundException) {
            return ErrorCode.SESSION_NOT_FOUND;
        }
        if (cause instanceof TurnLimitReachedException) {
            return ErrorCode.CONVERSATION_TOO_LONG;
        }
        if (cause instanceof SessionStoreUnavailableException || cause instanceof ImageStoreUnavailableException
                || cause instanceof ConcurrentUpdateException || cause instanceof java.net.ConnectException
                || cause instanceof io.vertx.core.impl.NoStackTraceThrowable) {
            return ErrorCode.SERVICE_UNAVAILABLE;
        }
        if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
            return ErrorCode.INVALID_FIELD;
        }
        if (cause instanceof JsonProcessingException) {
            return ErrorCode.INVALID_JSON;
        }
        if (cause instanceof java.io.IOException) {
            // What reaches here unwrapped comes from reading the request: a multipart body cut short or
            // not matching its boundary, a connection closed mid-body. Store failures arrive wrapped.
            return ErrorCode.MALFORMED_REQUEST;
        }
        if (cause instanceof WebApplicationException web) {
            Throwable inner = web.getCause();
            if (inner != null && inner != web && !(inner instanceof WebApplicationException)) {
                ErrorCode innerCode = codeOf(inner);
                if (innerCode != ErrorCode.INTERNAL) {
                    return innerCode;
                }
            }
            return codeForStatus(web.getResponse().getStatus());
        }
        return ErrorCode.INTERNAL;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (true) {
            if (current instanceof CompositeException composite) {
                List<Throwable> causes = composite.getCauses();
                current = causes.isEmpty() ? composite : causes.get(0);
                if (current == composite) {
                    return current;
                }
            } else if ((current instanceof java.util.concurrent.CompletionException
                    || current instanceof java.util.concurrent.ExecutionException) && current.getCause() != null) {
                current = current.getCause();
            } else {
                return current;
            }
        }
    }

    /** The client's preferred language from Accept-Language when the session's is unknown; Japanese otherwise. */
    public static Language preferred(HttpHeaders headers) {
        if (headers != null) {
            try {
                for (var locale : headers.getAcceptableLanguages()) {
                    var language = Language.parse(locale.toLanguageTag());
                    if (language.isPresent()) {
                        return language.get();
                    }
                }
            } catch (RuntimeException malformedHeader) {
                // A garbled Accept-Language must not turn an error answer into a 500.
                return Language.DEFAULT;
            }
        }
        return Language.DEFAULT;
    }

    /**
     * Like {@link #preferred(HttpHeaders)} for a raw Accept-Language value (routes outside JAX-RS):
     * the first listed language Hera speaks, ignoring weights; Japanese otherwise.
     */
    public static Language preferred(String acceptLanguage) {
        if (acceptLanguage != null) {
            for (String range : acceptLanguage.split(",", 10)) {
                var language = Language.parse(range.split(";", 2)[0].trim());
                if (language.isPresent()) {
                    return language.get();
                }
            }
        }
        return Language.DEFAULT;
    }
}
