package dev.hera.agent.interview.scoring;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the offline engine on the tuning dialogues ({@code tuning/README.md}), like
 * {@link HeldOutScore}, and also prints each dialogue's missed facts with the profile the engine
 * built: the set is written to be read while tuning the rules. On demand, {@code -Dtuning=true}.
 */
@EnabledIfSystemProperty(named = "tuning", matches = "true")
class TuningScore {

    @Test
    void scoreTheTuningSet() throws IOException {
        DialogueSetScore set = DialogueSetScore.of("/tuning/dialogues.json");
        System.out.println(set.table());
        System.out.println(set.missedByKind());
        System.out.println(set.missesPerDialogue());
    }
}
