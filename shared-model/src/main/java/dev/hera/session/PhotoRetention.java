package dev.hera.session;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.hera.config.HeraConfig;
import dev.hera.image.ImageStore;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.mutiny.redis.client.Response;

/**
 * Photos leave with their session, also when it simply expires. Redis forgets an expired
 * session's keys by itself, but its images are in the image store: so every session gets an
 * entry in one sorted set, {@value #DEADLINES}, before its first image is written, scored by
 * when its keys expire. Any replica of either service sweeps the entries that are due, one at a
 * time under a lease: a session still alive (its expiry moved on with every write) is scored
 * again, a session that is gone has its images deleted and its entry removed. The entries stay
 * in Redis, so a session that expired while no service ran is swept by the first one to start.
 */
@ApplicationScoped
public class PhotoRetention {

    /** Sessions with (or once with) stored images, scored by when their keys expire (epoch ms). */
    public static final String DEADLINES = "hera:photo-deadlines";
    /** Held by the replica sweeping now. */
    static final String LEASE = "hera:photo-sweeper";

    private static final Logger LOG = Logger.getLogger(PhotoRetention.class);
    private static final int BATCH = 100;
    private static final LuaScript TAKE_LEASE = new LuaScript("""
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return 1
            end
            return 0
            """);

    private final ReactiveRedisDataSource redis;
    private final SessionKeys keys;
    private final ImageStore images;
    private final Clock clock;
    private final Duration ttl;
    private final Duration sweepEvery;
    private final String owner = UUID.randomUUID().toString();
    private volatile Cancellable sweeping;

    public PhotoRetention(ReactiveRedisDataSource redis, SessionKeys keys, ImageStore images, Clock clock,
            HeraConfig config) {
        this.redis = redis;
        this.keys = keys;
        this.images = images;
        this.clock = clock;
        this.ttl = config.session().ttl();
        this.sweepEvery = config.session().sweepEvery();
    }

    void start(@Observes StartupEvent event) {
        if (sweepEvery.isZero() || sweepEvery.isNegative()) {
            return;
        }
        sweeping = Multi.createFrom().ticks().every(sweepEvery)
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> sweep()
                        .onFailure().invoke(failure -> LOG.debugf("photo sweep skipped: %s", failure.toString()))
                        .onFailure().recoverWithItem(0))
                .subscribe().with(deleted -> { }, failure -> LOG.error("photo sweeping stopped", failure));
    }

    void stop(@Observes ShutdownEvent event) {
        Cancellable running = sweeping;
        if (running != null) {
            running.cancel();
        }
    }

    /** Records that the session has images to delete when it ends; called before an image is written. */
    public Uni<Void> watch(String sessionId) {
        return guard(redis.execute("ZADD", DEADLINES, String.valueOf(clock.millis() + ttl.toMillis()), sessionId))
                .replaceWithVoid();
    }

    /** Forgets the entry of a session erased on request (its images went with it). */
    public Uni<Void> forget(String sessionId) {
        return guard(redis.execute("ZREM", DEADLINES, sessionId)).replaceWithVoid();
    }

    /**
     * One pass over the due entries, if this replica holds the lease.
     *
     * @return how many images were deleted
     */
    public Uni<Integer> sweep() {
        long lease = Math.max(2 * sweepEvery.toMillis(), 5_000);
        return guard(TAKE_LEASE.run(redis, List.of(LEASE), List.of(owner, String.valueOf(lease))))
                .chain(taken -> taken.toInteger() == 1 ? sweepDue() : Uni.createFrom().item(0));
    }

    private Uni<Integer> sweepDue() {
        return guard(redis.execute("ZRANGE", DEADLINES, "-inf", String.valueOf(clock.millis()), "BYSCORE", "LIMIT", "0",
                String.valueOf(BATCH)))
                .map(PhotoRetention::ids)
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(this::settle)
                .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue));
    }

    /** A due session: scored again while it lives; its images deleted, then its entry, once it is gone. */
    private Uni<Integer> settle(String sessionId) {
        if (!SessionIds.isValid(sessionId)) {
            return forget(sessionId).replaceWith(0);
        }
        return guard(redis.execute("PTTL", keys.of(sessionId, SessionKey.META))).chain(pttl -> {
            long left = pttl.toLong();
            if (left == -2) {
                return images.deleteSession(sessionId)
                        .call(deleted -> forget(sessionId))
                        .invoke(deleted -> LOG.debugf("session %s expired: %d images deleted", sessionId, deleted));
            }
            long expires = clock.millis() + (left < 0 ? ttl.toMillis() : left);
            return guard(redis.execute("ZADD", DEADLINES, String.valueOf(expires), sessionId)).replaceWith(0);
        });
    }

    private static List<String> ids(Response reply) {
        List<String> ids = new ArrayList<>();
        if (reply != null) {
            reply.forEach(id -> ids.add(id.toString()));
        }
        return ids;
    }

    private static <T> Uni<T> guard(Uni<T> redisCall) {
        return redisCall.onFailure().transform(SessionStoreUnavailableException::new);
    }
}
