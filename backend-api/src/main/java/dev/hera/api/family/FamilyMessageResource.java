package dev.hera.api.family;

import java.util.List;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import dev.hera.api.web.MessageRequest;
import dev.hera.api.turn.TurnAccepted;
import dev.hera.api.turn.TurnResponses;
import dev.hera.api.web.ChatInput;
import dev.hera.api.web.ErrorBody;
import dev.hera.api.web.SessionScope;
import dev.hera.model.Language;
import io.smallrye.mutiny.Uni;

/** One message to the future family, answered by every member through the agent. */
@Path(SessionScope.SESSIONS_PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "family")
public class FamilyMessageResource {

    private final FamilyTurns family;
    private final ChatInput input;

    public FamilyMessageResource(FamilyTurns family, ChatInput input) {
        this.family = family;
        this.input = input;
    }

    @POST
    @Path("/{sessionId}/family/messages")
    @Operation(summary = "Send one message to the family",
            description = "Every family member answers in their own voice; the trip memo fills up; once the person "
                    + "agrees to the plan, the story and the letter are written. Idempotency-Key, 202 and 504 as for /messages.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MessageRequest.class)))
    @APIResponse(responseCode = "200", description = "The members' replies, the family log, the trip memo and the plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FamilyAnswer.class)))
    @APIResponse(responseCode = "202", description = "Only with Prefer: respond-async, past HERA_API_TURN_DEADLINE: "
            + "the turn id and where to fetch the answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TurnAccepted.class)))
    @APIResponse(responseCode = "400", description = "MESSAGE_REQUIRED, INVALID_FIELD, INVALID_JSON or INVALID_SESSION_ID",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "SESSION_NOT_FOUND",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "FAMILY_NOT_READY: the interview is not complete yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "MESSAGE_TOO_LONG or IDEMPOTENCY_KEY_REUSED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "504", description = "TURN_TIMEOUT: no answer within HERA_API_TURN_WAIT_LIMIT (without "
            + "Prefer: respond-async); the body names the turn (turn_id, poll_url), which goes on",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    public Uni<Response> send(@RestPath String sessionId, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam(TurnResponses.PREFER) List<String> prefer, byte[] body) {
        String id = SessionScope.requireId(sessionId);
        return family.beforeSending(id).chain(session -> {
            Language language = SessionScope.language(session.meta());
            String message = input.message(contentType, body, language);
            String key = input.idempotencyKey(idempotencyKey, language);
            return family.send(session, language, message, key, TurnResponses.respondAsync(prefer))
                    .chain(outcome -> TurnResponses.answer(id, outcome, language, turn -> family.answer(id, turn)));
        });
    }
}
