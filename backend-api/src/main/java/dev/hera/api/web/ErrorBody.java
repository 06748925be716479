package dev.hera.api.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of every error answer, for the OpenAPI document; the body itself is built by
 * {@link dev.hera.api.error.ErrorMapper}. Some errors add fields (e.g. the missing fields of an
 * incomplete profile).
 *
 * @param error  a sentence for a person, in the session's language (else the client's Accept-Language)
 * @param code   the machine-readable code, one of {@link dev.hera.error.ErrorCode}
 * @param status always {@code "error"}, as the reference's photo endpoints had it
 */
@Schema(name = "Error", description = "Every error answer: a readable sentence, a machine code, status \"error\"")
public record ErrorBody(
        @Schema(examples = "セッションが存在しません。期限が切れたか、削除された可能性があります。") String error,
        @Schema(examples = "SESSION_NOT_FOUND") String code,
        @Schema(examples = "error") String status) {
}
