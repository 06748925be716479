package dev.hera.work;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.config.HeraConfig;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionKeys;
import dev.hera.session.SessionNotFoundException;
import dev.hera.session.SessionStoreUnavailableException;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.quarkus.redis.datasource.stream.ClaimedMessages;
import io.quarkus.redis.datasource.stream.ReactiveStreamCommands;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.XAddArgs;
import io.quarkus.redis.datasource.stream.XReadGroupArgs;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * The work queue between backend-api and adk-agent, on Redis only.
 *
 * <p>A turn is stored in its session (key {@code turns}) and its id appended to the session's
 * {@code inbox}, atomically; then a wake-up naming the session is added to the stream
 * {@code hera:turns}, read by the agents' consumer group. An agent that reads a wake-up takes
 * the session's lease and answers the inbox's turns strictly in order, each committed together
 * with its changes to the session in one script that first checks the turn is still at the head
 * of the inbox: a redelivered wake-up finds nothing left to do, so a turn is applied once.
 * Wake-ups of a dead agent are reclaimed by another after {@code hera.work.reclaim-after}; a
 * turn whose wake-up was lost is answered with the session's next wake-up.
 */
@ApplicationScoped
public class WorkQueue {

    private static final Logger LOG = Logger.getLogger(WorkQueue.class);
    private static final String FIELD_SESSION = "session";
    /** The prefix of the {@code _meta} fields that count a session's turns of one kind, e.g. {@code turns_interview_message}. */
    static final String COUNTED = "turns_";

    private final ReactiveRedisDataSource redis;
    private final ReactiveStreamCommands<String, String, String> streams;
    private final ReactiveHashCommands<String, String, String> hashes;
    private final SessionKeys keys;
    private final ObjectMapper json;
    private final Clock clock;
    private final HeraConfig config;

    public WorkQueue(ReactiveRedisDataSource redis, SessionKeys keys, ObjectMapper json, Clock clock, HeraConfig config) {
        this.redis = redis;
        this.streams = redis.stream(String.class);
        this.hashes = redis.hash(String.class);
        this.keys = keys;
        this.json = json;
        this.clock = clock;
        this.config = config;
    }

    /** A turn as queued: new, or the earlier one with the same idempotency key. */
    public record Submitted(Turn turn, boolean created) {
    }

    // ---- the API's side ----

    /**
     * Queues a turn for an existing session, or returns the earlier turn queued with the same
     * idempotency key (then nothing is queued again; a still-pending one is woken once more).
     */
    public Uni<Submitted> submit(String sessionId, TurnRequest request, String idempotencyKey) {
        String turnId = java.util.UUID.randomUUID().toString();
        Turn turn = Turn.pending(turnId, sessionId, request, idempotencyKey, clock.instant(), TraceParent.current());
        int maxTurns = config.session().maxTurns();
        TurnKind kind = request.kind();
        // One round trip: the wake-up is added by the script where the stream may share its keys' server.
        boolean wakeInScript = config.redis().keyForm() == HeraConfig.KeyForm.PLAIN;
        List<String> sessionKeys = keys.all(sessionId);
        List<String> scriptKeys = sessionKeys;
        if (wakeInScript) {
            scriptKeys = new ArrayList<>(sessionKeys);
            scriptKeys.add(config.work().stream());
        }
        List<String> args = List.of(ttl(), now(), turnId, idempotencyKey == null ? "" : idempotencyKey, encode(turn),
                String.valueOf(maxTurns), COUNTED + kind.name().toLowerCase(Locale.ROOT),
                String.valueOf(limitOf(kind)), wakeInScript ? FIELD_SESSION : "", wakeInScript ? sessionId : "");
        return guard(WorkScripts.ENQUEUE.run(redis, scriptKeys, args)).chain(reply -> {
            if (reply == null) {
                return Uni.createFrom().failure(new SessionNotFoundException(sessionId));
            }
            if (reply.get(0).toInteger() == 2) {
                return Uni.createFrom().failure(new TurnLimitReachedException(sessionId, kind));
            }
            boolean created = reply.get(0).toInteger() == 1;
            Turn queued = decode(reply.get(1).toString());
            // A new turn was woken by the script (plain key form); an earlier one still pending is woken once more.
            Uni<Void> wake = (created && wakeInScript) || queued.isFinished() ? Uni.createFrom().voidItem() : wake(sessionId);
            return wake.replaceWith(new Submitted(queued, created));
        });
    }

    /** The most turns of this kind one session may queue; 0 when only the bound on all turns applies. */
    private int limitOf(TurnKind kind) {
        return switch (kind) {
            case INTERVIEW_MESSAGE -> config.session().maxInterviewMessages();
            case FAMILY_MESSAGE -> config.session().maxFamilyMessages();
            default -> 0;
        };
    }

    /** A turn of the session, if there is one with that id. */
    public Uni<Optional<Turn>> turn(String sessionId, String turnId) {
        return guard(hashes.hget(keys.of(sessionId, SessionKey.TURNS), turnId))
                .map(raw -> Optional.ofNullable(raw).map(this::decode));
    }

    /** Adds a wake-up for the session to the work stream. */
    public Uni<Void> wake(String sessionId) {
        return guard(streams.xadd(config.work().stream(), new XAddArgs(), Map.of(FIELD_SESSION, sessionId)))
                .replaceWithVoid();
    }

    /** Wake-ups in the work stream (not yet handled) and, of those, the ones read but not yet acknowledged. */
    public record Depth(long waiting, long pending) {
    }

    /** How deep the queue is right now (two cheap commands: XLEN and the XPENDING summary). */
    public Uni<Depth> depth() {
        return guard(streams.xlen(config.work().stream()))
                .chain(waiting -> guard(redis.execute("XPENDING", config.work().stream(), config.work().group()))
                        .map(summary -> new Depth(waiting, summary == null || summary.size() == 0 ? 0 : summary.get(0).toLong()))
                        .onFailure(f -> String.valueOf(f.getMessage()).contains("NOGROUP")).recoverWithItem(new Depth(waiting, 0)));
    }

    // ---- the agent's side ----

    /** Creates the consumer group (from the stream's start, so no earlier wake-up is missed) if missing. */
    public Uni<Void> ensureGroup() {
        return redis.execute("XGROUP", "CREATE", config.work().stream(), config.work().group(), "0", "MKSTREAM")
                .replaceWithVoid()
                .onFailure(f -> String.valueOf(f.getMessage()).contains("BUSYGROUP")).recoverWithNull()
                .onFailure().transform(SessionStoreUnavailableException::new);
    }

    /** New wake-ups for this consumer, waiting up to {@code block} for some to arrive. */
    public Uni<List<Wake>> read(String consumer, int count, Duration block) {
        XReadGroupArgs args = new XReadGroupArgs().count(count).block(block);
        return guard(streams.xreadgroup(config.work().group(), consumer, config.work().stream(), ">", args))
                .map(WorkQueue::wakes);
    }

    /** Wake-ups delivered to this consumer and not yet acknowledged, after the entry id {@code after} ("0": from the start). */
    public Uni<List<Wake>> readOwnPending(String consumer, String after, int count) {
        return guard(streams.xreadgroup(config.work().group(), consumer, config.work().stream(), after,
                new XReadGroupArgs().count(count)))
                .map(WorkQueue::wakes);
    }

    /** Takes over wake-ups that another consumer left unacknowledged for longer than {@code idle}. */
    public Uni<List<Wake>> reclaim(String consumer, Duration idle, int count) {
        return guard(streams.xautoclaim(config.work().stream(), config.work().group(), consumer,
                idle, "0-0", count))
                .map(ClaimedMessages::getMessages)
                .map(WorkQueue::wakes);
    }

    /** Acknowledges and removes a handled wake-up. */
    public Uni<Void> ack(Wake wake) {
        return guard(WorkScripts.ACK.run(redis, List.of(config.work().stream()), List.of(config.work().group(), wake.entryId())))
                .replaceWithVoid();
    }

    /** Takes or renews the session's lease for {@code owner} and returns the oldest unanswered turn. */
    public Uni<Claim> claimNext(String sessionId, String owner, Duration lease) {
        List<String> args = List.of(ttl(), now(), owner, String.valueOf(lease.toMillis()));
        return guard(WorkScripts.CLAIM_NEXT.run(redis, keys.all(sessionId), args)).map(reply -> {
            if (reply == null || reply.get(0).toInteger() == 0) {
                return new Claim(false, Optional.empty(), 0);
            }
            if (reply.size() < 3) {
                return new Claim(true, Optional.empty(), 0);
            }
            return new Claim(true, Optional.of(decode(reply.get(1).toString())), reply.get(2).toInteger());
        });
    }

    /** How committing an answer went. */
    public enum CommitResult {
        /** The answer and its changes are in the session, announced; more turns wait, and the lease is kept for them. */
        APPLIED,
        /** The answer and its changes are in the session, announced; no turn waits, and the lease is given up. */
        APPLIED_AND_RELEASED,
        /** Another agent holds the session's lease now; this answer was discarded. */
        LEASE_LOST,
        /** The turn was answered already (a redelivery); this answer was discarded. */
        ALREADY_ANSWERED
    }

    /**
     * Stores the answered turn and applies its changes, once, if {@code owner} still holds the lease;
     * announces it to every API instance (the announcement carries the turn) and gives the lease up
     * when no turn waits.
     */
    public Uni<CommitResult> commit(String owner, Turn answered, SessionChanges changes) {
        List<String> args = new ArrayList<>();
        args.add(ttl());
        args.add(now());
        args.add(owner);
        args.add(answered.turnId());
        args.add(encode(answered));
        args.add(config.work().eventsChannel());
        args.add(encode(new TurnEvent(answered.sessionId(), answered.turnId(), answered.status(), answered)));
        for (SessionChanges.Change change : changes.changes()) {
            change.addArguments(args, this::encode);
        }
        return guard(WorkScripts.COMMIT.run(redis, keys.all(answered.sessionId()), args)).map(reply -> {
            if (reply == null) {
                throw new SessionNotFoundException(answered.sessionId());
            }
            return switch (reply.toInteger()) {
                case 2 -> CommitResult.APPLIED_AND_RELEASED;
                case 1 -> CommitResult.APPLIED;
                case 0 -> CommitResult.LEASE_LOST;
                default -> CommitResult.ALREADY_ANSWERED;
            };
        });
    }

    /** Gives the session's lease up; answers how many turns still wait (a racing submit may have added one). */
    public Uni<Long> release(String sessionId, String owner) {
        return guard(WorkScripts.RELEASE.run(redis, keys.all(sessionId), List.of(ttl(), now(), owner)))
                .map(Response::toLong);
    }

    private static List<Wake> wakes(List<StreamMessage<String, String, String>> messages) {
        if (messages == null) {
            return List.of();
        }
        List<Wake> wakes = new ArrayList<>(messages.size());
        for (StreamMessage<String, String, String> message : messages) {
            String sessionId = message.payload() == null ? null : message.payload().get(FIELD_SESSION);
            wakes.add(new Wake(message.id(), sessionId));
        }
        return wakes;
    }

    private String ttl() {
        return String.valueOf(config.session().ttl().toMillis());
    }

    private String now() {
        return clock.instant().toString();
    }

    private String encode(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    private Turn decode(String raw) {
        try {
            return json.readValue(raw, Turn.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored turn is not a Turn", e);
        }
    }

    private static <T> Uni<T> guard(Uni<T> redisCall) {
        return redisCall.onFailure(f -> !(f instanceof SessionNotFoundException))
                .transform(SessionStoreUnavailableException::new);
    }
}
