package dev.hera.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.hera.model.ConversationEntry;

class LogEntriesTest {

    private final AtomicInteger decoded = new AtomicInteger();
    private final Function<String, ConversationEntry> decoder = raw -> {
        decoded.incrementAndGet();
        return new ConversationEntry(ConversationEntry.USER, raw, Instant.EPOCH);
    };

    @Test
    void anEntryIsDecodedOnceAndEachStoredTextToItsOwnEntry() {
        LogEntries entries = new LogEntries();
        ConversationEntry first = entries.entry("{\"message\":\"a\"}", decoder);
        assertSame(first, entries.entry("{\"message\":\"a\"}", decoder));
        ConversationEntry other = entries.entry("{\"message\":\"b\"}", decoder);
        assertEquals("{\"message\":\"b\"}", other.message());
        assertEquals(2, decoded.get());
    }

    @Test
    void itKeepsNoMoreThanItsBound() {
        LogEntries entries = new LogEntries();
        String padding = "x".repeat(10_000);
        for (int i = 0; i < 1_000; i++) {
            String raw = padding + i;
            assertEquals(raw, entries.entry(raw, decoder).message());
        }
        assertTrue(entries.size() * 10_000L <= LogEntries.MAX_CHARS, "kept " + entries.size());
    }
}
