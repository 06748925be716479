package dev.hera.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.hera.model.ConversationEntry;

class DecodedOnceTest {

    private static final long MAX_CHARS = 2_000_000;

    private final AtomicInteger decoded = new AtomicInteger();
    private final Function<String, ConversationEntry> decoder = raw -> {
        decoded.incrementAndGet();
        return new ConversationEntry(ConversationEntry.USER, raw, Instant.EPOCH);
    };

    @Test
    void anEntryIsDecodedOnceAndEachStoredTextToItsOwnEntry() {
        DecodedOnce<ConversationEntry> entries = new DecodedOnce<>(MAX_CHARS);
        ConversationEntry first = entries.get("{\"message\":\"a\"}", decoder);
        assertSame(first, entries.get("{\"message\":\"a\"}", decoder));
        ConversationEntry other = entries.get("{\"message\":\"b\"}", decoder);
        assertEquals("{\"message\":\"b\"}", other.message());
        assertEquals(2, decoded.get());
    }

    @Test
    void itKeepsNoMoreThanItsBound() {
        DecodedOnce<ConversationEntry> entries = new DecodedOnce<>(MAX_CHARS);
        String padding = "x".repeat(10_000);
        for (int i = 0; i < 1_000; i++) {
            String raw = padding + i;
            assertEquals(raw, entries.get(raw, decoder).message());
        }
        assertTrue(entries.size() * 10_000L <= MAX_CHARS, "kept " + entries.size());
    }
}
