package dev.hera.api.photo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/sessions/{id}/generate-image}; documents the request, which is read by
 * hand (see {@link dev.hera.api.web.JsonBodies}) so that every malformed body gets a JSON error.
 *
 * @param target what to draw; only {@code partner}
 */
@Schema(name = "PortraitRequest")
public record PortraitRequest(@Schema(enumeration = "partner", required = true) String target) {
}
