package dev.hera.api.photo;

import java.util.Map;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import dev.hera.api.error.ApiException;
import dev.hera.api.turn.TurnAccepted;
import dev.hera.api.turn.TurnGateway;
import dev.hera.api.turn.TurnResponses;
import dev.hera.api.web.ErrorBody;
import dev.hera.api.web.JsonBodies;
import dev.hera.api.web.SessionScope;
import dev.hera.error.ErrorCode;
import dev.hera.image.ImageName;
import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileRules;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionSnapshot;
import dev.hera.session.SessionStore;
import dev.hera.work.TurnRequest;
import dev.hera.work.TurnResult;
import io.smallrye.mutiny.Uni;

/**
 * Portraits drawn by the agent: the partner's from the profile, the children's from the user's photo
 * and the partner's portrait. The API checks what the drawing needs, hands the work over, and answers
 * 200 with the images when they are ready before the deadline, 202 with a turn to poll otherwise.
 */
@Path(SessionScope.SESSIONS_PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "photos")
public class PortraitResource {

    private final SessionStore sessions;
    private final TurnGateway turns;
    private final JsonBodies bodies;

    public PortraitResource(SessionStore sessions, TurnGateway turns, JsonBodies bodies) {
        this.sessions = sessions;
        this.turns = turns;
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
    @APIResponse(responseCode = "400", description = "PARTNER_DESCRIPTION_MISSING (the partner's looks are not known yet), "
            + "IMAGE_TARGET_UNSUPPORTED, INVALID_JSON, INVALID_FIELD or INVALID_SESSION_ID",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "SESSION_NOT_FOUND",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "IMAGE_UNREADABLE: a stored photo cannot be decoded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "502", description = "TURN_FAILED, or the error the agent recorded for the turn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "504", description = "TURN_TIMEOUT: no answer within HERA_API_TURN_WAIT_LIMIT (without "
            + "Prefer: respond-async); the body names the turn (turn_id, poll_url), which goes on",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    public Uni<Response> partnerPortrait(@RestPath String sessionId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @HeaderParam(TurnResponses.PREFER) List<String> prefer,
            byte[] body) {
        String id = SessionScope.requireId(sessionId);
        return sessions.snapshot(id, SessionKey.USER_PROFILE).chain(snapshot -> {
            Language language = SessionScope.language(snapshot.meta());
            String target = JsonBodies.text(bodies.optionalObject(contentType, body, language), "target", language)
                    .orElse(null);
            if (!TurnRequest.PartnerPortrait.PARTNER.equals(target)) {
                throw new ApiException(ErrorCode.IMAGE_TARGET_UNSUPPORTED, language);
            }
            if (!knowsPartnerLooks(profile(snapshot))) {
                throw new ApiException(ErrorCode.PARTNER_DESCRIPTION_MISSING, language);
            }
            return submit(id, language, new TurnRequest.PartnerPortrait(), prefer);
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
    @APIResponse(responseCode = "400", description = "PHOTOS_REQUIRED (the user's photo and the partner's portrait), "
            + "INVALID_SESSION_ID or INVALID_JSON",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "SESSION_NOT_FOUND",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "CHILDREN_REQUIRED: no wished-for child is known yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "IMAGE_UNREADABLE: a stored photo cannot be decoded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "502", description = "TURN_FAILED, or the error the agent recorded for the turn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "504", description = "TURN_TIMEOUT: no answer within HERA_API_TURN_WAIT_LIMIT (without "
            + "Prefer: respond-async); the body names the turn (turn_id, poll_url), which goes on",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    public Uni<Response> childPortraits(@RestPath String sessionId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @HeaderParam(TurnResponses.PREFER) List<String> prefer,
            byte[] body) {
        String id = SessionScope.requireId(sessionId);
        return sessions.snapshot(id, SessionKey.USER_PROFILE, SessionKey.PHOTOS).chain(snapshot -> {
            Language language = SessionScope.language(snapshot.meta());
            bodies.optionalObject(contentType, body, language); // nothing is read from it, but garbage is refused
            Map<String, String> recorded = snapshot.hash(SessionKey.PHOTOS);
            if (!recorded.containsKey(ImageName.USER) || !recorded.containsKey(ImageName.PARTNER)) {
                throw new ApiException(ErrorCode.PHOTOS_REQUIRED, language);
            }
            if (!wishesForChildren(profile(snapshot))) {
                throw new ApiException(ErrorCode.CHILDREN_REQUIRED, language);
            }
            return submit(id, language, new TurnRequest.ChildPortraits(), prefer);
        });
    }

    private Uni<Response> submit(String sessionId, Language language, TurnRequest request, List<String> prefer) {
        return turns.submit(sessionId, language, request, null, TurnResponses.respondAsync(prefer)).map(outcome -> TurnResponses.answer(sessionId, outcome,
                language, turn -> PortraitGenerated.of(turn.result(TurnResult.Portraits.class))));
    }

    private static UserProfile profile(SessionSnapshot snapshot) {
        return snapshot.document(SessionKey.USER_PROFILE, UserProfile.class).orElseGet(UserProfile::empty);
    }

    /** The partner's looks: the face description, or the appearance of either partner. */
    private static boolean knowsPartnerLooks(UserProfile profile) {
        return ProfileRules.hasText(profile.partnerFaceDescription())
                || hasAppearance(profile.currentPartner()) || hasAppearance(profile.idealPartner());
    }

    private static boolean hasAppearance(Partner partner) {
        return partner != null && ProfileRules.hasText(partner.appearance());
    }

    /** At least one wished-for child, however little is known about it yet. */
    private static boolean wishesForChildren(UserProfile profile) {
        return profile.childrenInfo() != null && profile.childrenInfo().stream().anyMatch(child -> child != null);
    }
}
