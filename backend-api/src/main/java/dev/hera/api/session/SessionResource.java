package dev.hera.api.session;

import java.net.URI;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import dev.hera.api.access.Callers;
import dev.hera.api.access.SessionTokens;
import dev.hera.api.config.ApiConfig;
import dev.hera.api.config.AuthMode;
import dev.hera.api.error.ApiException;
import dev.hera.api.web.ErrorResponses;
import dev.hera.api.web.JsonBodies;
import dev.hera.api.web.SessionScope;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;
import dev.hera.session.OwnedSessions;
import dev.hera.session.SessionErasure;
import dev.hera.session.SessionNotFoundException;
import dev.hera.session.SessionSnapshot;
import dev.hera.session.SessionStore;
import dev.hera.work.TurnRequest;
import dev.hera.work.WorkQueue;
import io.smallrye.mutiny.Uni;

/** Sessions: create one, read its status, forget it. */
@Path(SessionScope.SESSIONS_PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions", description = "Create, read, complete and forget sessions")
public class SessionResource {

    private final SessionStore sessions;
    private final SessionErasure erasure;
    private final JsonBodies bodies;
    private final WorkQueue queue;
    private final OwnedSessions owned;
    private final Callers callers;
    private final AuthMode auth;

    public SessionResource(SessionStore sessions, SessionErasure erasure, JsonBodies bodies, WorkQueue queue,
            OwnedSessions owned, Callers callers, ApiConfig config) {
        this.sessions = sessions;
        this.erasure = erasure;
        this.bodies = bodies;
        this.queue = queue;
        this.owned = owned;
        this.callers = callers;
        this.auth = config.auth();
    }

    @POST
    @Operation(summary = "Create a session",
            description = "The body is optional (an empty body with Content-Type application/json is fine); "
                    + "the locale defaults to ja. Answers 200 (as the reference frontend expects) with the new "
                    + "session's address in Location.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateSessionRequest.class)))
    @APIResponse(responseCode = "200", description = "Created",
            headers = @Header(name = "Location", description = "/api/sessions/<session_id>"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionCreated.class)))
    @Extension(name = ErrorResponses.ERRORS, value = "INVALID_JSON INVALID_FIELD INVALID_LOCALE "
            + "UNSUPPORTED_MEDIA_TYPE")
    public Uni<RestResponse<SessionCreated>> create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        // No session yet: errors speak the client's Accept-Language.
        Language locale = JsonBodies.text(bodies.optionalObject(contentType, body, null), "locale", null)
                .filter(text -> !text.isBlank())
                .map(text -> Language.parse(text).orElseThrow(() -> new ApiException(ErrorCode.INVALID_LOCALE)))
                .orElse(Language.DEFAULT);
        String token = auth == AuthMode.TOKEN ? SessionTokens.issue() : null;
        Uni<String> owner = switch (auth) {
            case TOKEN -> Uni.createFrom().item(SessionTokens.owner(token));
            case OIDC -> callers.owner(null);
            case NONE -> Uni.createFrom().nullItem();
        };
        // Hera greets a new session: the greeting is queued (not awaited) and leads the history.
        return owner.chain(by -> sessions.create(locale.code(), by)
                .call(meta -> auth == AuthMode.OIDC ? owned.add(by, meta) : Uni.createFrom().voidItem()))
                .call(meta -> queue.submit(meta.sessionId(), new TurnRequest.Greeting(), null))
                .map(meta -> RestResponse.ResponseBuilder
                        .ok(new SessionCreated(meta.sessionId(), meta.createdAt(), "created", meta.locale(), token))
                        .location(URI.create(SessionScope.path(meta.sessionId())))
                        .build());
    }

    @GET
    @Operation(summary = "The caller's sessions, newest first",
            description = "With HERA_API_AUTH=oidc: the sessions the token's subject created that still exist (at most "
                    + OwnedSessions.MAX_LISTED + "). In the other modes no one is known across sessions: 404.")
    @APIResponse(responseCode = "200", description = "The sessions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionList.class)))
    @Extension(name = ErrorResponses.ERRORS, value = "AUTHENTICATION_REQUIRED NOT_FOUND")
    public Uni<SessionList> list() {
        if (auth != AuthMode.OIDC) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
        return callers.owner(null).chain(owned::list).map(SessionList::of);
    }

    @GET
    @Path("/{sessionId}/status")
    @Operation(summary = "The session's profile, interview log and progress",
            description = "One read; nothing is written. information_progress uses the reference frontend's "
                    + "categories, field_progress lists each required field.")
    @APIResponse(responseCode = "200", description = "The status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionStatus.class)))
    public Uni<SessionStatus> status(@RestPath String sessionId) {
        String id = SessionScope.requireId(sessionId);
        return sessions.snapshot(id, ProfileView.KEYS).map(SessionResource::status);
    }

    @DELETE
    @Path("/{sessionId}")
    @Operation(summary = "Forget the session",
            description = "Removes every Redis key and every stored image of the session (face photos are personal data).")
    @APIResponse(responseCode = "200", description = "Forgotten",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionDeleted.class)))
    public Uni<SessionDeleted> delete(@RestPath String sessionId) {
        String id = SessionScope.requireId(sessionId);
        return erasure.erase(id).map(erased -> {
            // An expired session may have left images behind; removing them is worth a 200.
            if (!erased.existed() && erased.images() == 0) {
                throw new SessionNotFoundException(id);
            }
            return new SessionDeleted(id, true, erased.images());
        });
    }

    private static SessionStatus status(SessionSnapshot snapshot) {
        return SessionStatus.of(ProfileView.of(snapshot), SessionScope.language(snapshot.meta()).code(),
                snapshot.meta().phase() == null ? null : snapshot.meta().phase().wire());
    }
}
