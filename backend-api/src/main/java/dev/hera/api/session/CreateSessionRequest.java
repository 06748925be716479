package dev.hera.api.session;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The optional body of {@code POST /api/sessions}; documents the request, which is read by hand
 * (see {@link dev.hera.api.web.JsonBodies}) so that an empty body is accepted.
 *
 * @param locale the session's language, {@code ja} (default) or {@code en}
 */
@Schema(name = "CreateSessionRequest")
public record CreateSessionRequest(@Schema(enumeration = { "ja", "en" }, defaultValue = "ja") String locale) {
}
