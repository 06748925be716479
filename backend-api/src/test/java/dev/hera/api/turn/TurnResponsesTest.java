package dev.hera.api.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import dev.hera.api.error.ApiException;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;
import dev.hera.work.Turn;
import dev.hera.work.TurnKind;
import dev.hera.work.TurnRequest;
import dev.hera.work.TurnResult;
import dev.hera.work.TurnStatus;
import io.smallrye.mutiny.Uni;

/** How a turn's outcome becomes an answer, for every endpoint that hands work to the agent. */
class TurnResponsesTest {

    private static final String SESSION = "0b6c1a52-7d35-4a7e-9d1b-5a3f4c2e1d00";
    private static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void aTurnFinishedInTimeAnswers200WithTheEndpointsBody() {
        var result = new TurnResult.Portraits("/x", List.of(), new TurnResult.PortraitMeta("partner", "test", "黒髪", null));
        Turn done = pending().done(result, AT);
        Response response = TurnResponses.answer(SESSION, new TurnGateway.Outcome(done, true, false), Language.JA,
                turn -> Uni.createFrom().item(Map.of("seen", turn.result(TurnResult.Portraits.class))))
                .await().indefinitely();
        assertEquals(200, response.getStatus());
        assertEquals(Map.of("seen", result), response.getEntity());
        assertTrue(TurnResponses.finished(new TurnGateway.Outcome(done, true, false), Language.JA));
    }

    @Test
    void aTurnStillRunningAnswers202WithWhereToPollWhenTheClientAllowedIt() {
        Response response = TurnResponses.answer(SESSION, new TurnGateway.Outcome(pending(), false, true), Language.JA,
                turn -> {
                    throw new AssertionError("no body for an unfinished turn");
                }).await().indefinitely();
        assertEquals(202, response.getStatus());
        String poll = "/api/sessions/" + SESSION + "/turns/t-1";
        assertEquals(new TurnAccepted("accepted", "t-1", poll), response.getEntity());
        assertEquals(poll, response.getHeaderString("Location"));
        assertEquals("respond-async", response.getHeaderString("Preference-Applied"));
        assertFalse(TurnResponses.finished(new TurnGateway.Outcome(pending(), false, true), Language.JA));
    }

    @Test
    void aTurnStillRunningIsA504NamingTheTurnWhenTheClientWaitsForTheAnswer() {
        ApiException error = assertThrows(ApiException.class, () -> TurnResponses.answer(SESSION,
                new TurnGateway.Outcome(pending(), false, false), Language.EN, turn -> Uni.createFrom().item("never"))
                .await().indefinitely());
        assertSame(ErrorCode.TURN_TIMEOUT, error.code());
        assertEquals(504, error.code().status());
        assertEquals(Map.of("turn_id", "t-1", "poll_url", "/api/sessions/" + SESSION + "/turns/t-1"), error.details());
    }

    @Test
    void onlyTheRespondAsyncPreferenceAllowsA202() {
        assertTrue(TurnResponses.respondAsync(List.of("respond-async")));
        assertTrue(TurnResponses.respondAsync(List.of("Respond-Async; foo=bar")));
        assertTrue(TurnResponses.respondAsync(List.of("wait=10, respond-async")));
        assertTrue(TurnResponses.respondAsync(List.of("return=minimal", "respond-async")));
        assertFalse(TurnResponses.respondAsync(List.of("respond-asynchronously", "wait=10")));
        assertFalse(TurnResponses.respondAsync(List.of("")));
        assertFalse(TurnResponses.respondAsync(List.of()));
        assertFalse(TurnResponses.respondAsync(null));
    }

    @Test
    void aFailedTurnBecomesTheAgentsErrorInTheSessionsLanguage() {
        Turn failed = pending().failed(ErrorCode.PARTNER_DESCRIPTION_MISSING, AT);
        ApiException error = assertThrows(ApiException.class, () -> TurnResponses.answer(SESSION,
                new TurnGateway.Outcome(failed, true, false), Language.EN, turn -> Uni.createFrom().item("never"))
                .await().indefinitely());
        assertSame(ErrorCode.PARTNER_DESCRIPTION_MISSING, error.code());
        assertEquals(Language.EN, error.language().orElseThrow());
        assertEquals("t-1", error.details().get("turn_id"));

        Turn failedWithoutReason = new Turn("t-2", SESSION, TurnKind.CHILD_PORTRAITS, null, null, TurnStatus.FAILED,
                null, null, AT, AT, null);
        ApiException generic = assertThrows(ApiException.class,
                () -> TurnResponses.finished(new TurnGateway.Outcome(failedWithoutReason, true, false), Language.JA));
        assertSame(ErrorCode.TURN_FAILED, generic.code());
    }

    private static Turn pending() {
        return Turn.pending("t-1", SESSION, new TurnRequest.PartnerPortrait(), null, AT, null);
    }
}
