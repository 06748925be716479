package dev.hera.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import dev.hera.model.ConversationEntry;

/**
 * Conversation entries decoded once: a session's logs only grow and an entry never changes once
 * written, so the same stored JSON always decodes to the same (immutable) entry, and a client
 * polling a session's status would otherwise decode its whole history again on every poll. Bounded
 * by the characters it keeps: past the bound it starts over.
 */
final class LogEntries {

    static final long MAX_CHARS = 2_000_000;

    private final Map<String, ConversationEntry> decoded = new ConcurrentHashMap<>();
    private final AtomicLong chars = new AtomicLong();

    /** The entry stored as {@code raw}, decoded by {@code decoder} the first time it is seen. */
    ConversationEntry entry(String raw, Function<String, ConversationEntry> decoder) {
        ConversationEntry known = decoded.get(raw);
        if (known != null) {
            return known;
        }
        ConversationEntry entry = decoder.apply(raw);
        if (chars.addAndGet(raw.length()) > MAX_CHARS) {
            decoded.clear();
            chars.set(raw.length());
        }
        decoded.put(raw, entry);
        return entry;
    }

    int size() {
        return decoded.size();
    }
}
