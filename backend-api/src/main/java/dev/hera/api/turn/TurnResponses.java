package dev.hera.api.turn;

import java.util.Map;
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
 * → 202 with the turn id and where to poll; failed → the error the agent recorded.
 */
public final class TurnResponses {

    private TurnResponses() {
    }

    /**
     * The answer for an outcome: {@code 200 body(turn)} when it finished in time, {@link #accepted 202}
     * when not.
     *
     * @throws ApiException when the turn failed ({@link #requireNotFailed})
     */
    public static Response answer(String sessionId, TurnGateway.Outcome outcome, Language language,
            Function<Turn, Object> body) {
        if (!finished(outcome, language)) {
            return accepted(sessionId, outcome.turn());
        }
        return Response.ok(body.apply(outcome.turn())).build();
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
     * Like {@link #answer}, for endpoints whose 200 body needs another read (the session after the turn).
     */
    public static Uni<Response> answerWith(String sessionId, TurnGateway.Outcome outcome, Language language,
            Function<Turn, Uni<?>> body) {
        if (!finished(outcome, language)) {
            return Uni.createFrom().item(accepted(sessionId, outcome.turn()));
        }
        return body.apply(outcome.turn()).map(answer -> Response.ok(answer).build());
    }

    /** 202 with {@code {status: "accepted", turn_id, poll_url}} and the poll URL as {@code Location}. */
    public static Response accepted(String sessionId, Turn turn) {
        String pollUrl = pollUrl(sessionId, turn.turnId());
        return Response.accepted(new TurnAccepted("accepted", turn.turnId(), pollUrl)).header("Location", pollUrl)
                .build();
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
