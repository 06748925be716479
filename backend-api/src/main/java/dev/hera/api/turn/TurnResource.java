package dev.hera.api.turn;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import dev.hera.api.access.AdmittedSession;
import dev.hera.api.config.ApiConfig;
import dev.hera.api.error.ApiException;
import dev.hera.api.error.ErrorMapper;
import dev.hera.api.ratelimit.Clients;
import dev.hera.api.web.ErrorResponses;
import dev.hera.api.web.SessionScope;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;
import dev.hera.session.SessionIds;
import dev.hera.work.Turn;
import dev.hera.work.TurnEvents;
import dev.hera.work.TurnStatus;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.http.HttpServerRequest;

/** Turns after the fact: fetch one (after a 202), or follow a session's answers as they come. */
@Path(SessionScope.SESSIONS_PATH)
@Tag(name = "turns")
public class TurnResource {

    private final AdmittedSession admitted;
    private final TurnGateway turns;
    private final TurnEvents events;
    private final List<TurnAnswer> answers;
    private final EventStreams streams;
    private final Clients clients;
    private final Duration streamLifetime;

    public TurnResource(AdmittedSession admitted, TurnGateway turns, TurnEvents events, @Any Instance<TurnAnswer> answers,
            EventStreams streams, Clients clients, ApiConfig config) {
        this.admitted = admitted;
        this.turns = turns;
        this.events = events;
        this.answers = answers.stream().toList();
        this.streams = streams;
        this.clients = clients;
        this.streamLifetime = config.events().maxDuration();
    }

    @GET
    @Path("/{sessionId}/turns/{turnId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A turn handed to the agent", description = "After a 202: pending until answered; then the "
            + "same answer the request would have given (answer), or the error.")
    @APIResponse(responseCode = "200", description = "The turn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TurnView.class)))
    @Extension(name = ErrorResponses.ERRORS, value = "TURN_NOT_FOUND")
    public Uni<TurnView> turn(@RestPath String sessionId, @RestPath String turnId) {
        String id = SessionScope.requireId(sessionId);
        return admitted.meta(id).chain(meta -> {
            Language language = SessionScope.language(meta);
            if (!SessionIds.isValid(turnId)) {
                throw new ApiException(ErrorCode.TURN_NOT_FOUND, language);
            }
            return turns.find(id, turnId).chain(found -> found
                    .map(turn -> view(id, turn, language))
                    .orElseGet(() -> Uni.createFrom().failure(new ApiException(ErrorCode.TURN_NOT_FOUND, language))));
        });
    }

    @GET
    @Path("/{sessionId}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The session's answered turns as server-sent events",
            description = "Opens with the comment `: listening` once the stream follows the session (a client that waits "
                    + "for it before sending misses no answer); then one event per turn the agent answers from now on "
                    + "(replies to messages, portraits, ...), each shaped like GET /turns/{turn_id}. A stream ends after "
                    + "HERA_API_EVENTS_MAX_DURATION (30 minutes); a session and a client hold a few streams at once.")
    @APIResponse(responseCode = "200", description = "The stream of answered turns",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = TurnView.class)))
    @Extension(name = ErrorResponses.ERRORS, value = "TOO_MANY_STREAMS")
    public Multi<OutboundSseEvent> events(@RestPath String sessionId, @Context Sse sse, HttpServerRequest http) {
        String id = SessionScope.requireId(sessionId);
        // Refused before the stream starts, while the status can still be 429 (SessionAccess has
        // answered an unknown session with 404 already).
        Runnable close = streams.open(id, clients.of(http))
                .orElseThrow(() -> new ApiException(ErrorCode.TOO_MANY_STREAMS, ErrorMapper.preferred(
                        http.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
        return admitted.meta(id).call(meta -> events.ensureSubscribed())
                .onItem().transformToMulti(meta -> listening(sse, stream(id, SessionScope.language(meta))))
                .select().first(streamLifetime)
                .onTermination().invoke(close);
    }

    /**
     * The answers as events, after a comment sent once they are followed: the response's headers
     * go out before the stream is subscribed, so only the comment tells a client that nothing it
     * sends from then on can slip by.
     */
    private static Multi<OutboundSseEvent> listening(Sse sse, Multi<TurnView> answers) {
        return Multi.createFrom().emitter(emitter -> {
            Cancellable following = answers.subscribe().with(
                    view -> emitter.emit(sse.newEventBuilder().mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(TurnView.class, view).build()),
                    emitter::fail, emitter::complete);
            emitter.onTermination(following::cancel);
            emitter.emit(sse.newEventBuilder().comment("listening").build());
        });
    }

    private Multi<TurnView> stream(String sessionId, Language language) {
        return events.forSession(sessionId)
                .onItem().transformToUniAndConcatenate(event -> turns.find(sessionId, event.turnId()))
                .filter(found -> found.isPresent())
                .onItem().transformToUniAndConcatenate(found -> view(sessionId, found.get(), language));
    }

    private Uni<TurnView> view(String sessionId, Turn turn, Language language) {
        Uni<?> answer = turn.status() != TurnStatus.DONE ? Uni.createFrom().nullItem()
                : answers.stream().filter(owner -> owner.answers(turn.kind())).findFirst()
                        .<Uni<?>> map(owner -> owner.answer(sessionId, turn))
                        .orElseGet(() -> Uni.createFrom().item(turn.result()));
        return answer.map(body -> new TurnView(turn.turnId(), turn.kind(), turn.status(), body, turn.result(),
                turn.error(), turn.error() == null ? null : turn.error().message(language), turn.createdAt(),
                turn.completedAt()));
    }
}
