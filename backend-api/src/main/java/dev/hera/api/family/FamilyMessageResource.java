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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import dev.hera.api.web.ErrorResponses;
import dev.hera.api.web.MessageRequest;
import dev.hera.api.turn.TurnAccepted;
import dev.hera.api.turn.TurnResponses;
import dev.hera.api.web.ChatInput;
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
    @Extension(name = ErrorResponses.ERRORS, value = "MESSAGE_REQUIRED INVALID_FIELD INVALID_JSON "
            + "FAMILY_NOT_READY MESSAGE_TOO_LONG IDEMPOTENCY_KEY_REUSED UNSUPPORTED_MEDIA_TYPE TURN_FAILED "
            + "CONVERSATION_TOO_LONG TURN_TIMEOUT")
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
