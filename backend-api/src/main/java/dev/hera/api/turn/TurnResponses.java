package dev.hera.api.turn;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;

import dev.hera.api.error.ApiException;
import dev.hera.api.web.SessionScope;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;
import dev.hera.work.Turn;
import dev.hera.work.TurnStatus;

/**
 * How the outcome of a submitted turn becomes an HTTP answer, the same way for every endpoint that
 * hands work to the agent: finished → 200 with the endpoint's body; still running at the deadline
 * → 202 with the turn id and where to poll when the client allowed it ({@code Prefer: respond-async}),
 * else 504 naming the turn; failed → the error the agent recorded.
 */
public final class TurnResponses {

    /** The request header (RFC 7240) with which a client allows an answer without the result. */
    public static final String PREFER = "Prefer";
    /** The preference that allows a 202. */
    static final String RESPOND_ASYNC = "respond-async";

    private TurnResponses() {
    }

    /** Whether the {@code Prefer} headers allow answering 202 before the result is known. */
    public static boolean respondAsync(List<String> prefer) {
        return prefer != null && prefer.stream().filter(Objects::nonNull)
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(preference -> preference.split(";", 2)[0].split("=", 2)[0].strip())
                .anyMatch(RESPOND_ASYNC::equalsIgnoreCase);
    }

    /**
     * Whether the turn finished successfully before the deadline.
     *
     * @throws ApiException when the turn failed ({@link #requireNotFailed})
     */
    public static boolean finished(TurnGateway.Outcome outcome, Language language) {
        requireNotFailed(outcome.turn(), language);
        return outcome.finishedInTime() && outcome.turn().status() == TurnStatus.DONE;
    }

    /**
     * The answer for an outcome: {@code 200 body(turn)} when it finished in time, else {@link #accepted 202}
     * when the client allowed it and a 504 failure when not.
     *
     * @throws ApiException when the turn failed ({@link #requireNotFailed})
     */
    public static Uni<Response> answer(String sessionId, TurnGateway.Outcome outcome, Language language,
            Function<Turn, Uni<?>> body) {
        if (!finished(outcome, language)) {
            return Uni.createFrom().item(() -> notYet(sessionId, outcome, language));
        }
        return body.apply(outcome.turn()).map(answer -> Response.ok(answer).build());
    }

    /** 202 with {@code {status: "accepted", turn_id, poll_url}} and the poll URL as {@code Location}. */
    public static Response accepted(String sessionId, Turn turn) {
        String pollUrl = pollUrl(sessionId, turn.turnId());
        return Response.accepted(new TurnAccepted("accepted", turn.turnId(), pollUrl)).header("Location", pollUrl)
                .header("Preference-Applied", RESPOND_ASYNC).build();
    }

    /** A turn still running at the deadline: 202 when the client allowed it, else a 504 that names the turn. */
    private static Response notYet(String sessionId, TurnGateway.Outcome outcome, Language language) {
        Turn turn = outcome.turn();
        if (outcome.respondAsync()) {
            return accepted(sessionId, turn);
        }
        throw new ApiException(ErrorCode.TURN_TIMEOUT, language,
                Map.of("turn_id", turn.turnId(), "poll_url", pollUrl(sessionId, turn.turnId())), Map.of());
    }

    /** {@code /api/sessions/<id>/turns/<turn_id>}, where a turn's result is fetched after a 202. */
    public static String pollUrl(String sessionId, String turnId) {
        return SessionScope.path(sessionId) + "/turns/" + turnId;
    }

    /**
     * Fails with the agent's error, in the given language, when the turn failed; a failed turn without a
     * recorded error is {@link ErrorCode#TURN_FAILED}. The error body names the turn.
     */
    public static void requireNotFailed(Turn turn, Language language) {
        if (turn.status() == TurnStatus.FAILED) {
            ErrorCode code = turn.error() == null ? ErrorCode.TURN_FAILED : turn.error();
            throw new ApiException(code, language, Map.of("turn_id", turn.turnId()), Map.of());
        }
    }
}
