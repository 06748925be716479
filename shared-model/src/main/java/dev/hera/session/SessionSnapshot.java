package dev.hera.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.model.ConversationEntry;

/**
 * Several keys of one session read together in one round trip, decoded on demand.
 * Keys that were not asked for, or are absent, read as empty.
 */
public final class SessionSnapshot {

    private final SessionMeta meta;
    private final Map<SessionKey, String> documents;
    private final Map<SessionKey, List<String>> logs;
    private final Map<SessionKey, Map<String, String>> hashes;
    private final ObjectMapper json;
    private final DecodedOnce<ConversationEntry> entries;

    SessionSnapshot(SessionMeta meta, Map<SessionKey, String> documents, Map<SessionKey, List<String>> logs,
            Map<SessionKey, Map<String, String>> hashes, ObjectMapper json, DecodedOnce<ConversationEntry> entries) {
        this.meta = meta;
        this.documents = documents;
        this.logs = logs;
        this.hashes = hashes;
        this.json = json;
        this.entries = entries;
    }

    public SessionMeta meta() {
        return meta;
    }

    public <T> Optional<T> document(SessionKey key, Class<T> type) {
        String raw = documents.get(key);
        return raw == null ? Optional.empty() : Optional.of(decode(raw, type));
    }

    /**
     * What a document is read as by {@code derive}, worked out once per distinct stored value and kept in
     * {@code readings} (see {@link DecodedOnce} for what may be kept there).
     */
    public <T, V> Optional<V> document(SessionKey key, Class<T> type, DecodedOnce<V> readings, Function<T, V> derive) {
        String raw = documents.get(key);
        return raw == null ? Optional.empty() : Optional.of(readings.get(raw, r -> derive.apply(decode(r, type))));
    }

    /** A conversation log's entries, oldest first (each stored entry decoded once per process). */
    public List<ConversationEntry> log(SessionKey key) {
        return logs.getOrDefault(key, List.of()).stream()
                .map(raw -> entries.get(raw, r -> decode(r, ConversationEntry.class)))
                .toList();
    }

    /** The plain strings of a queue key (e.g. the turn ids of the inbox). */
    public List<String> queue(SessionKey key) {
        return logs.getOrDefault(key, List.of());
    }

    public Map<String, String> hash(SessionKey key) {
        return hashes.getOrDefault(key, Map.of());
    }

    private <T> T decode(String raw, Class<T> type) {
        try {
            return json.readValue(raw, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored value is not a " + type.getSimpleName(), e);
        }
    }
}
