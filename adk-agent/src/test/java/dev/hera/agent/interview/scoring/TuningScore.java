package dev.hera.agent.interview.scoring;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the offline engine on the tuning dialogues, each set on its own ({@code tuning/README.md}), like
 * {@link HeldOutScore}, and also prints each dialogue's missed facts with the profile the engine
 * built: the set is written to be read while tuning the rules. On demand, {@code -Dtuning=true}; with
 * {@code -Dtuning.own-questions=true} every message follows Hera's own reply instead of the question the
 * dialogue gives; with {@code -Dtuning.style=CASUAL} (any {@link TypingStyle}) every message is retyped in that
 * style first.
 */
@EnabledIfSystemProperty(named = "tuning", matches = "true")
class TuningScore {

    /** The tuning sets, each written by a different helper from a brief ({@code tuning/README.md}). */
    private static final List<String> SETS = List.of("/tuning/dialogues.json", "/tuning/dialogues-2.json",
            "/tuning/dialogues-3.json", "/tuning/dialogues-4.json", "/tuning/dialogues-5.json",
            "/tuning/dialogues-6.json", "/tuning/dialogues-7.json", "/tuning/dialogues-8.json",
            "/tuning/dialogues-9.json", "/tuning/dialogues-10.json", "/tuning/dialogues-11.json",
            "/tuning/dialogues-12.json", "/tuning/dialogues-13.json");

    @Test
    void scoreTheTuningSets() throws IOException {
        for (String resource : SETS) {
            DialogueSetScore set = DialogueSetScore.of(resource, Boolean.getBoolean("tuning.own-questions"),
                    TypingStyle.valueOf(System.getProperty("tuning.style", TypingStyle.AS_WRITTEN.name())));
            System.out.println("== " + resource);
            System.out.println(set.table());
            System.out.println(set.missedByKind());
            System.out.println(set.missesPerDialogue());
        }
    }
}
