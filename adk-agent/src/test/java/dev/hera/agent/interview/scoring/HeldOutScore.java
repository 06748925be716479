package dev.hera.agent.interview.scoring;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the offline engine on the held-out dialogues: facts right, violations (the partner's
 * or a child's name or trait given to the user), profiles complete at the last message, and the
 * engine's time per turn. A measurement, not a test: it asserts nothing and runs only on demand,
 * {@code -Dheldout=true} (see the README). It prints the table only, never a dialogue: rules are
 * tuned on the tuning sets ({@link TuningScore}), never on these. The second set was written by another
 * writer at round 11 of issue 19, after ten rounds had been measured on the first; the third (Japanese) and fourth
 * (English) at round 13, from a brief for a fair sample of first-day users rather than a set of traps. All are also played
 * with each message retyped in each {@link TypingStyle}, unless {@code -Dheldout.tables-only=true} (to compare the
 * turn times of two engines in alternating runs). All sets are warmed up, {@value #WARM_UP_PASSES} passes over them,
 * before the first is timed.
 */
@EnabledIfSystemProperty(named = "heldout", matches = "true")
class HeldOutScore {

    /** The held-out sets, each written by a helper who never saw the rules ({@code heldout/README.md}). */
    private static final List<String> SETS = List.of("/heldout/dialogues.json", "/heldout/dialogues-2.json",
            "/heldout/dialogues-3.json", "/heldout/dialogues-4.json");

    /** Passes over every set before the first is timed. */
    private static final int WARM_UP_PASSES = 3;

    @Test
    void scoreTheHeldOutSets() throws IOException {
        Map<String, DialogueSetScore> sets = new LinkedHashMap<>();
        for (String resource : SETS) {
            sets.put(resource, DialogueSetScore.of(resource));
        }
        // on two cores the JIT's compiler threads take a while to settle: sets timed right after one warm-up swung 50 %
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            sets.values().forEach(DialogueSetScore::warmUp);
        }
        for (String resource : SETS) {
            System.out.println("== " + resource);
            System.out.println(sets.get(resource).table());
            if (Boolean.getBoolean("heldout.tables-only")) {
                continue;
            }
            System.out.println("the same messages typed otherwise (facts right, violations, complete):");
            for (TypingStyle style : TypingStyle.values()) {
                System.out.println(DialogueSetScore.of(resource, false, style).factsLine());
            }
        }
    }
}
