package dev.hera.work;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.config.HeraConfig;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.mutiny.redis.client.Command;
import java.time.Duration;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The agents' announcements of answered turns, as seen by one API instance: one subscription to
 * the events channel per process, fanned out to the requests waiting here and to the event
 * streams of sessions. Announcements can be missed (a reconnect); waiters also poll.
 */
@ApplicationScoped
public class TurnEvents {

    private static final Logger LOG = Logger.getLogger(TurnEvents.class);

    private final Redis client;
    private final ObjectMapper json;
    private final String channel;
    private final BroadcastProcessor<TurnEvent> hub = BroadcastProcessor.create();
    private final Map<String, Set<Waiter>> waitersBySession = new ConcurrentHashMap<>();
    private final AtomicReference<Uni<Void>> subscription = new AtomicReference<>();

    public TurnEvents(Redis client, ObjectMapper json, HeraConfig config) {
        this.client = client;
        this.json = json;
        this.channel = config.work().eventsChannel();
    }

    /**
     * Subscribes to the channel once per process, on a connection of its own; a failed attempt,
     * or a lost connection, is retried on the next call. Completes within a second either way:
     * waiters also poll, so nobody waits on the subscription.
     */
    public Uni<Void> ensureSubscribed() {
        Uni<Void> current = subscription.get();
        if (current != null) {
            return current;
        }
        Uni<Void> attempt = client.connect()
                .chain(connection -> {
                    connection.handler(this::onPush);
                    connection.exceptionHandler(failure -> lost(connection));
                    connection.endHandler(() -> lost(connection));
                    return connection.send(Request.cmd(Command.SUBSCRIBE).arg(channel));
                })
                .replaceWithVoid()
                .ifNoItem().after(Duration.ofSeconds(5)).failWith(() -> new java.util.concurrent.TimeoutException("SUBSCRIBE"))
                .onFailure().invoke(f -> {
                    subscription.set(null);
                    LOG.debugf("subscription to %s failed; waiters poll meanwhile", channel);
                })
                .memoize().indefinitely();
        Uni<Void> winner = subscription.compareAndSet(null, attempt) ? attempt : subscription.get();
        return winner == null ? Uni.createFrom().voidItem()
                : winner.ifNoItem().after(Duration.ofSeconds(1)).recoverWithItem((Void) null).onFailure().recoverWithNull();
    }

    private void lost(RedisConnection connection) {
        subscription.set(null);
        connection.close();
    }

    private void onPush(Response push) {
        // RESP3 push or RESP2 array: ["message", channel, payload]
        if (push != null && push.size() == 3 && "message".equalsIgnoreCase(push.get(0).toString())) {
            onMessage(push.get(2).toString());
        }
    }

    /** Every announcement for one session, from now on (for the session's event stream). */
    public Multi<TurnEvent> forSession(String sessionId) {
        return hub.filter(event -> sessionId.equals(event.sessionId()));
    }

    /**
     * Starts listening for the session's announcements before its turn is queued, so that a fast
     * answer cannot slip by; {@link Waiter#expect} then names the turn to wait for.
     */
    public Waiter listen(String sessionId) {
        Waiter waiter = new Waiter(sessionId);
        waitersBySession.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(waiter);
        return waiter;
    }

    private void onMessage(String message) {
        TurnEvent event;
        try {
            event = json.readValue(message, TurnEvent.class);
        } catch (JsonProcessingException e) {
            LOG.debug("ignored a malformed turn announcement");
            return;
        }
        Set<Waiter> waiters = waitersBySession.get(event.sessionId());
        if (waiters != null) {
            waiters.forEach(waiter -> waiter.offer(event));
        }
        hub.onNext(event);
    }

    /** One request waiting for its turn's announcement. Close it when done waiting. */
    public final class Waiter implements AutoCloseable {

        private final String sessionId;
        private final Set<String> announcedEarly = ConcurrentHashMap.newKeySet();
        private final java.util.concurrent.CompletableFuture<TurnEvent> announced = new java.util.concurrent.CompletableFuture<>();
        private String turnId;

        private Waiter(String sessionId) {
            this.sessionId = sessionId;
        }

        /** Names the turn to wait for; completes at once if it was announced already. */
        public synchronized Uni<TurnEvent> expect(String expectedTurnId) {
            turnId = expectedTurnId;
            if (announcedEarly.contains(expectedTurnId)) {
                announced.complete(new TurnEvent(sessionId, expectedTurnId, null, null));
            }
            return Uni.createFrom().completionStage(announced);
        }

        private synchronized void offer(TurnEvent event) {
            if (turnId == null) {
                announcedEarly.add(event.turnId());
            } else if (turnId.equals(event.turnId())) {
                announced.complete(event);
            }
        }

        @Override
        public void close() {
            waitersBySession.computeIfPresent(sessionId, (id, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            });
        }
    }
}
