package dev.hera.api.interview;

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

import dev.hera.api.access.AdmittedSession;
import dev.hera.api.turn.TurnAccepted;
import dev.hera.api.turn.TurnResponses;
import dev.hera.api.web.ErrorResponses;
import dev.hera.api.web.ChatInput;
import dev.hera.api.web.MessageRequest;
import dev.hera.api.web.SessionScope;
import dev.hera.model.Language;
import io.smallrye.mutiny.Uni;

/** One message of the interview with Hera, answered by the agent through the work queue. */
@Path(SessionScope.SESSIONS_PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "interview")
public class InterviewResource {

    private final AdmittedSession admitted;
    private final InterviewTurns interview;
    private final ChatInput input;

    public InterviewResource(AdmittedSession admitted, InterviewTurns interview, ChatInput input) {
        this.admitted = admitted;
        this.interview = interview;
        this.input = input;
    }

    @POST
    @Path("/{sessionId}/messages")
    @Operation(summary = "Send one message to Hera",
            description = "Resending with the same Idempotency-Key returns the same turn and answer. When Hera has not "
                    + "answered in time, a client that sent Prefer: respond-async gets 202 with the turn id (fetch it from "
                    + "poll_url); any other waits longer, then gets 504 naming the turn.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MessageRequest.class)))
    @APIResponse(responseCode = "200", description = "Hera's reply, the history and the profile so far",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewAnswer.class)))
    @APIResponse(responseCode = "202", description = "Only with Prefer: respond-async, past HERA_API_TURN_DEADLINE: "
            + "the turn id and where to fetch the answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TurnAccepted.class)))
    @Extension(name = ErrorResponses.ERRORS, value = "MESSAGE_REQUIRED INVALID_FIELD INVALID_JSON "
            + "MESSAGE_TOO_LONG IDEMPOTENCY_KEY_REUSED UNSUPPORTED_MEDIA_TYPE TURN_FAILED CONVERSATION_TOO_LONG "
            + "TURN_TIMEOUT")
    public Uni<Response> send(@RestPath String sessionId, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam(TurnResponses.PREFER) List<String> prefer, byte[] body) {
        String id = SessionScope.requireId(sessionId);
        return admitted.meta(id).chain(meta -> {
            Language language = SessionScope.language(meta);
            String message = input.message(contentType, body, language);
            String key = input.idempotencyKey(idempotencyKey, language);
            return interview.send(id, language, message, key, TurnResponses.respondAsync(prefer))
                    .chain(outcome -> TurnResponses.answer(id, outcome, language, turn -> interview.answer(id, turn)));
        });
    }
}
