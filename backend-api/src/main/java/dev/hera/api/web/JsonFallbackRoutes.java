package dev.hera.api.web;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.api.config.ApiConfig;
import dev.hera.api.error.ErrorMapper;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * JSON answers where no resource is reached, so that no client ever gets an HTML page or an empty
 * body: a body declared larger than {@code quarkus.http.limits.max-body-size} (Quarkus would send an
 * empty 413), a path nothing serves (Vert.x would send an HTML 404), and failures raised by Vert.x
 * routes before a resource runs. The bodies are those of {@link ErrorMapper}.
 * <p>
 * Not covered, because they are answered before any route: a request line that is not a valid URI
 * (e.g. a broken %-escape: Quarkus' empty 400), an over-long request line or header block (Netty's
 * 414 or 431), and a CORS request from an origin that is not allowed (Quarkus' empty 403).
 */
@ApplicationScoped
public class JsonFallbackRoutes {

    private static final Logger LOG = Logger.getLogger(JsonFallbackRoutes.class);

    private final ObjectMapper json;
    private final long maxUploadBytes;
    private final long maxJsonBytes;

    public JsonFallbackRoutes(ObjectMapper json, ApiConfig api,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.json = json;
        this.maxUploadBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.maxJsonBytes = api.maxJsonBytes();
    }

    void install(@Observes Router router) {
        // Runs before Quarkus' own size check (order -2).
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseOverLimit);
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).failureHandler(this::failed);
        router.route().last().handler(context -> answer(context, ErrorCode.NOT_FOUND, false));
    }

    /**
     * Like Quarkus' own check of Content-Length, but with a JSON body, and with the small limit of
     * JSON requests for everything but uploads; the connection is closed after it.
     */
    private void refuseOverLimit(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = isUpload(context) ? maxUploadBytes : maxJsonBytes;
        if (declared != null && exceeds(declared, limit)) {
            answer(context, tooLarge(context), true);
        } else {
            context.next();
        }
    }

    /** An upload is refused as a too large image; any other request as a too large request. */
    private static ErrorCode tooLarge(RoutingContext context) {
        return isUpload(context) ? ErrorCode.IMAGE_TOO_LARGE : ErrorCode.REQUEST_TOO_LARGE;
    }

    private static boolean isUpload(RoutingContext context) {
        String path = context.request().path();
        return path != null && path.endsWith("/photos/user");
    }

    private void failed(RoutingContext context) {
        // A WebApplicationException here comes from reading the body, before any exception mapper runs
        // (e.g. a chunked body past the size limit).
        int status = context.failure() instanceof WebApplicationException web ? web.getResponse().getStatus()
                : context.statusCode();
        ErrorCode code = status == 413 ? tooLarge(context)
                : status > 0 ? ErrorMapper.codeForStatus(status) : ErrorCode.INTERNAL;
        if (code == ErrorCode.INTERNAL) {
            LOG.errorf(context.failure(), "request failed before reaching a resource (status %d)", status);
        }
        answer(context, code, status == 413);
    }

    private void answer(RoutingContext context, ErrorCode code, boolean closeAfterwards) {
        var response = context.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        Language language = ErrorMapper.preferred(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        byte[] body;
        try {
            body = json.writeValueAsBytes(ErrorMapper.fields(code, language, Map.of()));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        response.setStatusCode(code.status()).putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        if (closeAfterwards) {
            // The rest of an over-long body is not read; the connection cannot be reused.
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(done -> context.request().connection().close());
        }
        response.end(Buffer.buffer(body));
    }

    private static boolean exceeds(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException malformed) {
            return false; // Netty refuses a malformed Content-Length itself
        }
    }
}
