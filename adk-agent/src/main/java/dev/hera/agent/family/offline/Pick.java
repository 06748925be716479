package dev.hera.agent.family.offline;

import java.util.List;

/**
 * Deterministic choices from a seed: the same seed and salt always give the same variant, with
 * no shared random state (so the writers stay thread-safe). SplitMix64 spreads nearby seeds.
 */
final class Pick {

    private Pick() {
    }

    static long mix(long seed, long salt) {
        return splitMix(seed ^ splitMix(salt + 0x9E3779B97F4A7C15L));
    }

    static int index(long seed, long salt, int size) {
        return (int) Math.floorMod(mix(seed, salt), (long) size);
    }

    static <T> T one(List<T> options, long seed, long salt) {
        return options.get(index(seed, salt, options.size()));
    }

    /**
     * Rotation: {@code offset} steps after a seeded start. Consecutive offsets (turns, siblings)
     * never give the same variant of a list with two or more entries.
     */
    static <T> T rotate(List<T> options, long seed, long salt, long offset) {
        int start = index(seed, salt, options.size());
        return options.get((int) Math.floorMod(start + offset, (long) options.size()));
    }

    /** True for about {@code percent} per cent of seeds. */
    static boolean chance(long seed, long salt, int percent) {
        return index(seed, salt, 100) < percent;
    }

    private static long splitMix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
