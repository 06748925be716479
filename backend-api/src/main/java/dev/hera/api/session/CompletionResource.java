package dev.hera.api.session;

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

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.api.turn.TurnGateway;
import dev.hera.api.turn.TurnResponses;
import dev.hera.api.web.ErrorResponses;
import dev.hera.api.web.JsonBodies;
import dev.hera.api.web.SessionScope;
import dev.hera.model.Language;
import dev.hera.session.SessionStore;
import dev.hera.work.TurnRequest;
import io.smallrye.mutiny.Uni;

/**
 * Ends the interview: refuses while required fields are missing (with readable labels), otherwise
 * asks the agent to prepare the family.
 */
@Path(SessionScope.SESSIONS_PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions")
public class CompletionResource {

    private static final String THANKS_JA = "収集が完了しました。ありがとうございました。";
    private static final String THANKS_EN = "Everything Hera needs has been collected. Thank you!";

    private final SessionStore sessions;
    private final TurnGateway turns;
    private final JsonBodies bodies;
    private final ObjectMapper json;

    public CompletionResource(SessionStore sessions, TurnGateway turns, JsonBodies bodies, ObjectMapper json) {
        this.sessions = sessions;
        this.turns = turns;
        this.bodies = bodies;
        this.json = json;
    }

    @POST
    @Path("/{sessionId}/complete")
    @Operation(summary = "Complete the interview and start preparing the family",
            description = "The body is ignored and may be empty. When the family is not ready before the turn "
                    + "deadline the answer is still 200, with family_ready false; the preparation continues.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "Complete; the family is being prepared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Completion.class)))
    @Extension(name = ErrorResponses.ERRORS, value = "PROFILE_INCOMPLETE INVALID_JSON UNSUPPORTED_MEDIA_TYPE "
            + "TURN_FAILED CONVERSATION_TOO_LONG")
    public Uni<Response> complete(@RestPath String sessionId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        String id = SessionScope.requireId(sessionId);
        return sessions.snapshot(id, ProfileView.KEYS).chain(snapshot -> {
            Language language = SessionScope.language(snapshot.meta());
            bodies.optionalObject(contentType, body, language); // nothing is read from it, but garbage is refused
            ProfileView view = ProfileView.of(snapshot);
            if (!view.complete()) {
                return Uni.createFrom().failure(IncompleteProfile.error(view, language));
            }
            return turns.submit(id, language, new TurnRequest.PrepareFamily(), null, true)
                    .map(outcome -> Response.ok(completion(view, language, outcome, id)).build());
        });
    }

    private static Completion completion(ProfileView view, Language language, TurnGateway.Outcome outcome,
            String sessionId) {
        boolean familyReady = TurnResponses.finished(outcome, language);
        String turnId = outcome.turn().turnId();
        return new Completion(language == Language.EN ? THANKS_EN : THANKS_JA, view.profile(), view.history(),
                view.categories(), view.missing(), true, familyReady, turnId, TurnResponses.pollUrl(sessionId, turnId));
    }
}
