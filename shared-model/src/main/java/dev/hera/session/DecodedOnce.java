package dev.hera.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What is read from stored JSON, worked out once per distinct stored text: a client polling a
 * session's status reads the same stored values again and again, and decoding them (and whatever is
 * derived from them) on every poll was most of a status read's own work. Keyed by the stored text
 * itself, so a changed value is never answered from an earlier reading. The values are shared between
 * requests: only immutable ones, or ones no caller changes, belong here. Bounded by the characters
 * it keeps: past the bound it starts over.
 *
 * @param <V> what a stored text is read as
 */
public final class DecodedOnce<V> {

    private final long maxChars;
    private final Map<String, V> decoded = new ConcurrentHashMap<>();
    private final AtomicLong chars = new AtomicLong();

    public DecodedOnce(long maxChars) {
        this.maxChars = maxChars;
    }

    /** What {@code stored} reads as, worked out by {@code decoder} the first time it is seen. */
    public V get(String stored, Function<String, V> decoder) {
        V known = decoded.get(stored);
        if (known != null) {
            return known;
        }
        V value = decoder.apply(stored);
        if (chars.addAndGet(stored.length()) > maxChars) {
            decoded.clear();
            chars.set(stored.length());
        }
        decoded.put(stored, value);
        return value;
    }

    int size() {
        return decoded.size();
    }
}
