package dev.hera.api.family;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import dev.hera.api.web.ErrorBody;
import dev.hera.api.web.SessionScope;
import dev.hera.model.ConversationEntry;
import dev.hera.model.FamilyPlan;
import dev.hera.model.FamilyState;
import dev.hera.model.Persona;
import dev.hera.model.TripInfo;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionSnapshot;
import dev.hera.session.SessionStore;
import io.smallrye.mutiny.Uni;

/**
 * The family conversation as stored: one snapshot read, never a write, and 404 for a session that
 * does not exist (the reference created one here).
 */
@Path(SessionScope.SESSIONS_PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "family", description = "The future family")
public class FamilyStatusResource {

    private final SessionStore sessions;

    public FamilyStatusResource(SessionStore sessions) {
        this.sessions = sessions;
    }

    @GET
    @Path("/{sessionId}/family/status")
    @Operation(summary = "The family chat, the trip discussed, and the plan once agreed",
            description = "One read; nothing is written, and an unknown session stays unknown.")
    @APIResponse(responseCode = "200", description = "The family status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FamilyStatus.class)))
    @APIResponse(responseCode = "400", description = "INVALID_SESSION_ID",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "SESSION_NOT_FOUND",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorBody.class)))
    public Uni<FamilyStatus> status(@RestPath String sessionId) {
        String id = SessionScope.requireId(sessionId);
        return sessions.snapshot(id, KEYS).map(FamilyStatusResource::status);
    }

    /** The keys a snapshot must hold for {@link #status}. */
    static final SessionKey[] KEYS = { SessionKey.FAMILY_CONVERSATION, SessionKey.FAMILY_TRIP_INFO,
            SessionKey.FAMILY_STATE, SessionKey.FAMILY_PLAN, SessionKey.PERSONAS };

    static FamilyStatus status(SessionSnapshot snapshot) {
        Optional<FamilyPlan> plan = snapshot.document(SessionKey.FAMILY_PLAN, FamilyPlan.class);
        boolean complete = plan.isPresent() || snapshot.document(SessionKey.FAMILY_STATE, FamilyState.class)
                .map(FamilyState::complete).orElse(false);
        return new FamilyStatus(
                snapshot.log(SessionKey.FAMILY_CONVERSATION, ConversationEntry.class),
                snapshot.document(SessionKey.FAMILY_TRIP_INFO, TripInfo.class).orElseGet(() -> new TripInfo(null, null)),
                complete,
                plan.orElse(null),
                snapshot.document(SessionKey.PERSONAS, Persona[].class).map(List::of).orElseGet(List::of));
    }
}
