package dev.hera.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.config.HeraConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.sortedset.ReactiveSortedSetCommands;
import io.quarkus.redis.datasource.sortedset.ZRangeArgs;
import io.smallrye.mutiny.Uni;

/**
 * The sessions each owner created, for owners that are someone (an identity provider's subject):
 * a sorted set per owner, {@code hera:owner:<owner>:sessions}, scored by creation time, living as
 * long as the owner's newest session. Sessions that ended are dropped when the list is read.
 */
@ApplicationScoped
public class OwnedSessions {

    /** The most sessions a list shows, newest first. */
    public static final int MAX_LISTED = 100;

    private static final String PREFIX = "hera:owner:";

    private final ReactiveSortedSetCommands<String, String> zsets;
    private final ReactiveKeyCommands<String> keyCommands;
    private final SessionStore sessions;
    private final HeraConfig config;

    public OwnedSessions(ReactiveRedisDataSource redis, SessionStore sessions, HeraConfig config) {
        this.zsets = redis.sortedSet(String.class);
        this.keyCommands = redis.key();
        this.sessions = sessions;
        this.config = config;
    }

    /** The key of an owner's list. */
    public static String key(String owner) {
        return PREFIX + owner + ":sessions";
    }

    /** Adds a session its owner just created. */
    public Uni<Void> add(String owner, SessionMeta created) {
        String key = key(owner);
        // Microseconds: exact in a double, and apart for sessions created one after another.
        double score = created.createdAt().getEpochSecond() * 1_000_000.0 + created.createdAt().getNano() / 1_000;
        return SessionStore.guard(zsets.zadd(key, score, created.sessionId())
                .chain(() -> keyCommands.pexpire(key, config.session().ttl())))
                .replaceWithVoid();
    }

    /** The owner's sessions that still exist, newest first (at most {@link #MAX_LISTED}). */
    public Uni<List<SessionMeta>> list(String owner) {
        String key = key(owner);
        return SessionStore.guard(zsets.zrange(key, 0, MAX_LISTED - 1, new ZRangeArgs().rev())).chain(ids -> {
            if (ids.isEmpty()) {
                return Uni.createFrom().item(List.<SessionMeta> of());
            }
            List<Uni<Optional<SessionMeta>>> reads = ids.stream().map(id -> sessions.meta(id).map(Optional::of)
                    .onFailure(SessionNotFoundException.class).recoverWithItem(Optional.<SessionMeta> empty())).toList();
            return Uni.join().all(reads).andFailFast().chain(found -> {
                List<SessionMeta> living = new ArrayList<>();
                List<String> ended = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    if (found.get(i).isPresent()) {
                        living.add(found.get(i).get());
                    } else {
                        ended.add(ids.get(i));
                    }
                }
                Uni<Void> dropped = ended.isEmpty() ? Uni.createFrom().voidItem()
                        : SessionStore.guard(zsets.zrem(key, ended.toArray(String[]::new))).replaceWithVoid();
                return dropped.replaceWith(living);
            });
        });
    }
}
