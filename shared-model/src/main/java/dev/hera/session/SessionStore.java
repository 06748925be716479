package dev.hera.session;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.config.HeraConfig;
import dev.hera.model.ConversationEntry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.quarkus.redis.datasource.keys.KeyScanArgs;
import io.quarkus.redis.datasource.keys.RedisKeyNotFoundException;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.list.ReactiveListCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * The reactive store of session state in Redis, the only channel between the two services.
 *
 * <p>Every write is one Lua script that checks the session exists, changes one key and
 * refreshes the TTL of all keys of the session, atomically. Logs are Redis lists, so appends
 * never lose an entry; documents changed by read-modify-write go through
 * {@link #update compare-and-set} with retries, so concurrent updates never lose a field.
 */
@ApplicationScoped
public class SessionStore {

    private final ReactiveRedisDataSource redis;
    private final ReactiveKeyCommands<String> keyCommands;
    private final ReactiveValueCommands<String, String> values;
    private final ReactiveListCommands<String, String> lists;
    private final ReactiveHashCommands<String, String, String> hashes;
    private final SessionKeys keys;
    private final ObjectMapper json;
    /** Conversation entries never change once written, and a decoded entry is immutable. */
    private final DecodedOnce<ConversationEntry> entries = new DecodedOnce<>(2_000_000);
    private final Clock clock;
    private final HeraConfig.Session settings;

    public SessionStore(ReactiveRedisDataSource redis, SessionKeys keys, ObjectMapper json, Clock clock,
            HeraConfig config) {
        this.redis = redis;
        this.keyCommands = redis.key();
        this.values = redis.value(String.class);
        this.lists = redis.list(String.class);
        this.hashes = redis.hash(String.class);
        this.keys = keys;
        this.json = json;
        this.clock = clock;
        this.settings = config.session();
    }

    /** Creates a new session with a fresh id; only {@code _meta} exists until the first write. */
    /** A new session in the interview phase that anyone may use (no owner). */
    public Uni<SessionMeta> create(String locale) {
        return create(locale, null);
    }

    /**
     * A new session in the interview phase.
     *
     * @param owner how its owner will be recognised ({@link SessionMeta#owner()}), or null when anyone may use it
     */
    public Uni<SessionMeta> create(String locale, String owner) {
        String id = SessionIds.newId();
        String now = now();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(SessionMeta.CREATED_AT, now);
        fields.put(SessionMeta.UPDATED_AT, now);
        fields.put(SessionMeta.LOCALE, locale);
        fields.put(SessionMeta.PHASE, Phase.INTERVIEW.wire());
        if (owner != null) {
            fields.put(SessionMeta.OWNER, owner);
        }
        List<String> args = new ArrayList<>(List.of(ttlMillis(), now));
        fields.forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        return guard(SessionScripts.CREATE.run(redis, List.of(keys.of(id, SessionKey.META)), args))
                .map(created -> {
                    if (created.toInteger() != 1) {
                        throw new IllegalStateException("session id collision");
                    }
                    return SessionMeta.fromHash(id, fields);
                });
    }

    public Uni<Boolean> exists(String sessionId) {
        return guard(keyCommands.exists(keys.of(sessionId, SessionKey.META)));
    }

    /** The session's metadata; fails with {@link SessionNotFoundException} when it does not exist. */
    public Uni<SessionMeta> meta(String sessionId) {
        return readHash(sessionId, SessionKey.META).map(hash -> {
            if (hash.isEmpty()) {
                throw new SessionNotFoundException(sessionId);
            }
            return SessionMeta.fromHash(sessionId, hash);
        });
    }

    /** One document key, empty when absent. A single {@code GET}; existence of the session is not checked. */
    public <T> Uni<Optional<T>> readDocument(String sessionId, SessionKey key, Class<T> type) {
        expectKind(key, SessionKey.Kind.DOCUMENT);
        return guard(values.get(keys.of(sessionId, key))).map(raw -> Optional.ofNullable(raw).map(r -> decode(r, type)));
    }

    /** Every entry of a log key, oldest first. */
    public <T> Uni<List<T>> readLog(String sessionId, SessionKey key, Class<T> type) {
        expectKind(key, SessionKey.Kind.LOG);
        return guard(lists.lrange(keys.of(sessionId, key), 0, -1))
                .map(raws -> raws.stream().map(raw -> decode(raw, type)).toList());
    }

    /** Every field of a hash key. */
    public Uni<Map<String, String>> readHash(String sessionId, SessionKey key) {
        expectKind(key, SessionKey.Kind.HASH);
        return guard(hashes.hgetall(keys.of(sessionId, key))
                .onFailure(RedisKeyNotFoundException.class).recoverWithItem(Map.of()));
    }

    /**
     * Reads {@code _meta} and the given keys in one round trip (one script call).
     * Fails with {@link SessionNotFoundException} when the session does not exist.
     */
    public Uni<SessionSnapshot> snapshot(String sessionId, SessionKey... wanted) {
        List<SessionKey> order = new ArrayList<>();
        order.add(SessionKey.META);
        Arrays.stream(wanted).filter(k -> k != SessionKey.META).distinct().forEach(order::add);
        List<String> scriptKeys = order.stream().map(k -> keys.of(sessionId, k)).toList();
        List<String> kinds = order.stream().map(SessionStore::kindCode).toList();
        return guard(SessionScripts.SNAPSHOT.run(redis, scriptKeys, kinds)).map(reply -> {
            if (reply == null) {
                throw new SessionNotFoundException(sessionId);
            }
            Map<SessionKey, String> documents = new EnumMap<>(SessionKey.class);
            Map<SessionKey, List<String>> logs = new EnumMap<>(SessionKey.class);
            Map<SessionKey, Map<String, String>> hashMaps = new EnumMap<>(SessionKey.class);
            for (int i = 0; i < order.size(); i++) {
                SessionKey key = order.get(i);
                Response value = reply.get(i);
                switch (key.kind()) {
                    case HASH -> hashMaps.put(key, pairs(value));
                    case LOG, QUEUE -> logs.put(key, strings(value));
                    case DOCUMENT -> {
                        if (value.size() > 0) {
                            documents.put(key, value.get(0).toString());
                        }
                    }
                }
            }
            SessionMeta meta = SessionMeta.fromHash(sessionId, hashMaps.get(SessionKey.META));
            return new SessionSnapshot(meta, documents, logs, hashMaps, json, entries);
        });
    }

    /** Replaces a document key. */
    public Uni<Void> writeDocument(String sessionId, SessionKey key, Object document) {
        expectKind(key, SessionKey.Kind.DOCUMENT);
        return write(sessionId, SessionScripts.SET_DOCUMENT, key, List.of(encode(document))).replaceWithVoid();
    }

    /** Appends entries to a log key atomically; returns the new length of the log. */
    public Uni<Long> append(String sessionId, SessionKey key, List<?> entries) {
        expectKind(key, SessionKey.Kind.LOG);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("nothing to append");
        }
        return write(sessionId, SessionScripts.APPEND, key, entries.stream().map(this::encode).toList())
                .map(Response::toLong);
    }

    /** Sets fields of a hash key (e.g. one image of {@code photos}, or the phase in {@code _meta}). */
    public Uni<Void> putFields(String sessionId, SessionKey key, Map<String, String> fields) {
        expectKind(key, SessionKey.Kind.HASH);
        List<String> args = new ArrayList<>();
        fields.forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        return write(sessionId, SessionScripts.HASH_SET, key, args).replaceWithVoid();
    }

    /** Removes fields of a hash key. */
    public Uni<Void> removeFields(String sessionId, SessionKey key, List<String> fields) {
        expectKind(key, SessionKey.Kind.HASH);
        return write(sessionId, SessionScripts.HASH_DELETE, key, fields).replaceWithVoid();
    }

    /**
     * Guarded read-modify-write of a document: reads it (or {@code initial} when absent), applies
     * {@code change}, and stores the result only if nobody wrote the key in between; otherwise
     * reads again and retries, so no concurrent update is lost. {@code change} may run several
     * times and must be free of side effects. Emits the stored value.
     */
    public <T> Uni<T> update(String sessionId, SessionKey key, Class<T> type, Supplier<T> initial,
            UnaryOperator<T> change) {
        expectKind(key, SessionKey.Kind.DOCUMENT);
        return attemptUpdate(sessionId, key, type, initial, change, 1);
    }

    private <T> Uni<T> attemptUpdate(String sessionId, SessionKey key, Class<T> type, Supplier<T> initial,
            UnaryOperator<T> change, int attempt) {
        return guard(values.get(keys.of(sessionId, key))).chain(current -> {
            T base = current == null ? initial.get() : decode(current, type);
            T changed = change.apply(base);
            List<String> args = List.of(current == null ? "0" : "1", current == null ? "" : current, encode(changed));
            return write(sessionId, SessionScripts.COMPARE_AND_SET, key, args).chain(won -> {
                if (won.toInteger() == 1) {
                    return Uni.createFrom().item(changed);
                }
                if (attempt >= settings.maxUpdateAttempts()) {
                    return Uni.createFrom().failure(new ConcurrentUpdateException(sessionId, key, attempt));
                }
                // A short random pause spreads the retries of many writers racing for one key.
                Duration pause = Duration.ofMillis(ThreadLocalRandom.current().nextLong(1, 2L + Math.min(attempt, 20)));
                return Uni.createFrom().voidItem().onItem().delayIt().by(pause)
                        .chain(() -> attemptUpdate(sessionId, key, type, initial, change, attempt + 1));
            });
        });
    }

    /** Removes every key of the session; true when the session existed. */
    public Uni<Boolean> delete(String sessionId) {
        return guard(keyCommands.exists(keys.of(sessionId, SessionKey.META))).chain(existed -> guard(
                keyCommands.del(keys.all(sessionId).toArray(String[]::new))).replaceWith(existed));
    }

    /** The ids of all sessions, found with {@code SCAN} (never {@code KEYS}). */
    public Multi<String> list() {
        return keyCommands.scan(new KeyScanArgs().match(keys.metaPattern()).count(500)).toMulti()
                .onFailure().transform(SessionStoreUnavailableException::new)
                .map(keys::sessionIdOfMetaKey)
                .filter(Optional::isPresent)
                .map(Optional::get);
    }

    /** Remaining time to live of every key of the session, in milliseconds (-2 absent, -1 none). */
    public Uni<Map<SessionKey, Long>> ttls(String sessionId) {
        List<Uni<Long>> each = Arrays.stream(SessionKey.values())
                .map(key -> keyCommands.pttl(keys.of(sessionId, key))
                        .onFailure(RedisKeyNotFoundException.class).recoverWithItem(-2L))
                .toList();
        return guard(Uni.join().all(each).andFailFast()).map(list -> {
            Map<SessionKey, Long> ttls = new LinkedHashMap<>();
            for (SessionKey key : SessionKey.values()) {
                ttls.put(key, list.get(key.ordinal()));
            }
            return ttls;
        });
    }

    private Uni<Response> write(String sessionId, LuaScript script, SessionKey key, List<String> rest) {
        List<String> args = new ArrayList<>(3 + rest.size());
        args.add(ttlMillis());
        args.add(now());
        args.add(String.valueOf(key.scriptIndex()));
        args.addAll(rest);
        return guard(script.run(redis, keys.all(sessionId), args)).map(reply -> {
            if (reply == null) {
                throw new SessionNotFoundException(sessionId);
            }
            return reply;
        });
    }

    /** A Redis call whose failure (other than a missing session) reads as the store being unavailable. */
    static <T> Uni<T> guard(Uni<T> redisCall) {
        return redisCall.onFailure(failure -> !(failure instanceof SessionNotFoundException))
                .transform(SessionStoreUnavailableException::new);
    }

    private String ttlMillis() {
        return String.valueOf(settings.ttl().toMillis());
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

    private <T> T decode(String raw, Class<T> type) {
        try {
            return json.readValue(raw, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored value is not a " + type.getSimpleName(), e);
        }
    }

    private static void expectKind(SessionKey key, SessionKey.Kind kind) {
        if (key.kind() != kind) {
            throw new IllegalArgumentException(key.keyName() + " is a " + key.kind() + ", not a " + kind);
        }
    }

    private static String kindCode(SessionKey key) {
        return switch (key.kind()) {
            case HASH -> "h";
            case LOG, QUEUE -> "l";
            case DOCUMENT -> "d";
        };
    }

    private static List<String> strings(Response array) {
        List<String> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(array.get(i).toString());
        }
        return out;
    }

    private static Map<String, String> pairs(Response flat) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            out.put(flat.get(i).toString(), flat.get(i + 1).toString());
        }
        return out;
    }
}
