package dev.hera.agent.text;

import java.util.List;

/**
 * Deterministic choices from a seed, for every offline text: the same seed and salt always give
 * the same variant, with no shared random state (so writers stay thread-safe and a redelivered
 * turn says the same words). SplitMix64 spreads nearby seeds over the whole range.
 */
public final class Seeded {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeded() {
    }

    /** SplitMix64's finaliser: nearby inputs give unrelated outputs. */
    public static long scramble(long value) {
        long z = value + GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed combined with a salt (what is being chosen), scrambled. */
    public static long mix(long seed, long salt) {
        return scramble(seed ^ scramble(salt + GOLDEN_GAMMA));
    }

    /** An index in {@code [0, size)}. */
    public static int index(long seed, long salt, int size) {
        return (int) Math.floorMod(mix(seed, salt), (long) size);
    }

    public static <T> T one(List<T> options, long seed, long salt) {
        return options.get(index(seed, salt, options.size()));
    }

    /**
     * Rotation: {@code offset} steps after a seeded start. Consecutive offsets (turns, siblings)
     * never give the same variant of a list with two or more entries.
     */
    public static <T> T rotate(List<T> options, long seed, long salt, long offset) {
        int start = index(seed, salt, options.size());
        return options.get((int) Math.floorMod(start + offset, (long) options.size()));
    }

    /** True for about {@code percent} per cent of seeds. */
    public static boolean chance(long seed, long salt, int percent) {
        return index(seed, salt, 100) < percent;
    }
}
