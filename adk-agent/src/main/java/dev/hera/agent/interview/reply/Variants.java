package dev.hera.agent.interview.reply;

import java.util.List;

import dev.hera.agent.text.Seeded;

/**
 * Seeded choice among phrasings. Each slot (a named place in a reply) gets its own starting
 * index from the session seed; the turn number then moves every slot on by one. So the same
 * seed and turn always give the same reply, and for an unchanged state two consecutive turns
 * never pick the same phrasing in any slot that has two or more.
 */
final class Variants {

    private final long seed;
    private final int turn;

    Variants(long seed, int turn) {
        this.seed = seed;
        this.turn = turn;
    }

    /** The option for {@code slot} at this seed and turn; {@code options} must not be empty. */
    <T> T pick(String slot, List<T> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("no options for slot " + slot);
        }
        int start = Math.floorMod(Seeded.scramble(seed ^ (slot.hashCode() * 0x9E3779B97F4A7C15L)), options.size());
        return options.get(Math.floorMod(start + turn, options.size()));
    }
}
