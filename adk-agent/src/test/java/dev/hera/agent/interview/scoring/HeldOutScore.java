package dev.hera.agent.interview.scoring;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the offline engine on the held-out dialogues: facts right, violations (the partner's
 * or a child's name or trait given to the user), profiles complete at the last message, and the
 * engine's time per turn. A measurement, not a test: it asserts nothing and runs only on demand,
 * {@code -Dheldout=true} (see the README). It prints the table only, never a dialogue: rules are
 * tuned on the tuning set ({@link TuningScore}), never on this one.
 */
@EnabledIfSystemProperty(named = "heldout", matches = "true")
class HeldOutScore {

    @Test
    void scoreTheHeldOutSet() throws IOException {
        DialogueSetScore set = DialogueSetScore.of("/heldout/dialogues.json");
        System.out.println(set.table());
    }
}
