package dev.hera.api.photo;

import java.util.List;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import dev.hera.api.turn.TurnAccepted;
import dev.hera.api.turn.TurnResponses;
import dev.hera.api.web.ErrorResponses;
import dev.hera.api.web.JsonBodies;
import dev.hera.api.web.SessionScope;
import dev.hera.model.Language;
import io.smallrye.mutiny.Uni;

/**
 * Portraits drawn by the agent: the partner's from the profile, the children's from the user's photo
 * and the partner's portrait. {@link PortraitTurns} checks what the drawing needs and hands the work
 * over; the answer is 200 with the images, or 202/504 as for every turn ({@link TurnResponses}).
 */
@Path(SessionScope.SESSIONS_PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "photos")
public class PortraitResource {

    private final PortraitTurns portraits;
    private final JsonBodies bodies;

    public PortraitResource(PortraitTurns portraits, JsonBodies bodies) {
        this.portraits = portraits;
        this.bodies = bodies;
    }

    @POST
    @Path("/{sessionId}/generate-image")
    @Operation(summary = "Draw the partner's portrait", description = "Needs the partner's looks in the profile.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PortraitRequest.class)))
    @APIResponse(responseCode = "200", description = "Drawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PortraitGenerated.class)))
    @APIResponse(responseCode = "202", description = "Only with Prefer: respond-async: still drawing, poll the turn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TurnAccepted.class)))
    @Extension(name = ErrorResponses.ERRORS, value = "PARTNER_DESCRIPTION_MISSING IMAGE_TARGET_UNSUPPORTED "
            + "INVALID_JSON INVALID_FIELD IMAGE_UNREADABLE TURN_FAILED CONVERSATION_TOO_LONG "
            + "UNSUPPORTED_MEDIA_TYPE TURN_TIMEOUT")
    public Uni<Response> partnerPortrait(@RestPath String sessionId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @HeaderParam(TurnResponses.PREFER) List<String> prefer,
            byte[] body) {
        String id = SessionScope.requireId(sessionId);
        return portraits.beforeDrawing(id).chain(session -> {
            Language language = SessionScope.language(session.meta());
            String target = JsonBodies.text(bodies.optionalObject(contentType, body, language), "target", language)
                    .orElse(null);
            return portraits.partner(session, language, target, TurnResponses.respondAsync(prefer))
                    .chain(outcome -> TurnResponses.answer(id, outcome, language, turn -> portraits.answer(id, turn)));
        });
    }

    @POST
    @Path("/{sessionId}/generate-child-image")
    @Operation(summary = "Draw a portrait of each wished-for child",
            description = "From the user's photo and the partner's portrait; the body is ignored and may be empty.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "Drawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PortraitGenerated.class)))
    @APIResponse(responseCode = "202", description = "Only with Prefer: respond-async: still drawing, poll the turn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TurnAccepted.class)))
    @Extension(name = ErrorResponses.ERRORS, value = "PHOTOS_REQUIRED INVALID_JSON CHILDREN_REQUIRED "
            + "IMAGE_UNREADABLE TURN_FAILED CONVERSATION_TOO_LONG UNSUPPORTED_MEDIA_TYPE TURN_TIMEOUT")
    public Uni<Response> childPortraits(@RestPath String sessionId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @HeaderParam(TurnResponses.PREFER) List<String> prefer,
            byte[] body) {
        String id = SessionScope.requireId(sessionId);
        return portraits.beforeDrawing(id).chain(session -> {
            Language language = SessionScope.language(session.meta());
            bodies.optionalObject(contentType, body, language); // nothing is read from it, but garbage is refused
            return portraits.children(session, language, TurnResponses.respondAsync(prefer))
                    .chain(outcome -> TurnResponses.answer(id, outcome, language, turn -> portraits.answer(id, turn)));
        });
    }
}
