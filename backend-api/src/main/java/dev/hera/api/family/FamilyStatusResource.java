package dev.hera.api.family;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import dev.hera.api.web.ErrorResponses;
import dev.hera.api.web.SessionScope;
import io.smallrye.mutiny.Uni;

/**
 * The family conversation as stored: one snapshot read, never a write, and 404 for a session that
 * does not exist (the reference created one here).
 */
@Path(SessionScope.SESSIONS_PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "family", description = "The future family")
public class FamilyStatusResource {

    private final FamilyTurns family;

    public FamilyStatusResource(FamilyTurns family) {
        this.family = family;
    }

    @GET
    @Path("/{sessionId}/family/status")
    @Operation(summary = "The family chat, the trip discussed, and the plan once agreed",
            description = "One read; nothing is written, and an unknown session stays unknown.")
    @APIResponse(responseCode = "200", description = "The family status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FamilyStatus.class)))
    public Uni<FamilyStatus> status(@RestPath String sessionId) {
        String id = SessionScope.requireId(sessionId);
        return family.status(id);
    }
}
