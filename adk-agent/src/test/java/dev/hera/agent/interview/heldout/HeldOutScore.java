package dev.hera.agent.interview.heldout;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.agent.interview.InterviewEngine;
import dev.hera.agent.interview.OfflineInterviewEngine;
import dev.hera.model.ConversationEntry;
import dev.hera.model.Language;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileMerge;
import dev.hera.profile.ProfileRules;

/**
 * Measures the offline engine on the held-out dialogues: facts right, violations (the partner's
 * or a child's name or trait given to the user), profiles complete at the last message, and the
 * engine's time per turn. A measurement, not a test: it asserts nothing and runs only on demand,
 * {@code -Dheldout=true} (see the README). Never tune rules on what it prints per dialogue; the
 * table it prints is all that may be looked at.
 */
@EnabledIfSystemProperty(named = "heldout", matches = "true")
class HeldOutScore {

    /** Rounds over the whole set before timing, so the JIT has compiled the hot paths. */
    private static final int WARM_UP_ROUNDS = 3;
    /** Timed rounds: enough turns that the p99 is not one stray pause of a busy machine. */
    private static final int TIMED_ROUNDS = 5;

    private final OfflineInterviewEngine engine = new OfflineInterviewEngine();

    @Test
    void scoreTheHeldOutSet() throws IOException {
        List<HeldOutDialogue> dialogues = load();
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            dialogues.forEach(dialogue -> play(dialogue, new ArrayList<>()));
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n%-4s %14s %7s %10s %12s %8s %8s%n", "lang", "facts right", "%", "violations", "complete", "p50 ms", "p99 ms"));
        for (Language language : Language.values()) {
            table.append(row(language, dialogues.stream()
                    .filter(dialogue -> dialogue.language().equals(language.code())).toList()));
        }
        System.out.println(table);
        System.out.println(missedByKind(dialogues));
    }

    /** Facts missed, by kind of fact over the whole set (never per dialogue). */
    private String missedByKind(List<HeldOutDialogue> dialogues) {
        Map<String, int[]> byKind = new TreeMap<>();
        for (HeldOutDialogue dialogue : dialogues) {
            for (FactScore.Fact fact : FactScore.of(dialogue.facts(), play(dialogue, new ArrayList<>())).facts()) {
                int[] counts = byKind.computeIfAbsent(dialogue.language() + " " + fact.name(), kind -> new int[2]);
                counts[0] += fact.right() ? 0 : 1;
                counts[1]++;
            }
        }
        StringBuilder text = new StringBuilder("missed by kind of fact:\n");
        byKind.forEach((kind, counts) -> text.append(String.format(Locale.ROOT, "  %-26s %3d / %3d%n", kind, counts[0], counts[1])));
        return text.toString();
    }

    private String row(Language language, List<HeldOutDialogue> dialogues) {
        int right = 0;
        int total = 0;
        int violations = 0;
        int complete = 0;
        List<Long> turnNanos = new ArrayList<>();
        for (int round = 1; round < TIMED_ROUNDS; round++) {
            dialogues.forEach(dialogue -> play(dialogue, turnNanos));
        }
        for (HeldOutDialogue dialogue : dialogues) {
            UserProfile profile = play(dialogue, turnNanos);
            FactScore score = FactScore.of(dialogue.facts(), profile);
            right += (int) score.facts().stream().filter(FactScore.Fact::right).count();
            total += score.facts().size();
            violations += score.violations();
            complete += ProfileRules.isComplete(profile) ? 1 : 0;
        }
        long[] sorted = turnNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "%-4s %8d / %3d %6.1f%% %10d %7d / %2d %8.3f %8.3f%n", language.code(), right,
                total, 100.0 * right / Math.max(1, total), violations, complete, dialogues.size(),
                percentile(sorted, 50), percentile(sorted, 99));
    }

    /**
     * Plays the dialogue as the agent does: the history holds the user's messages and Hera's
     * questions (the dialogue's own question before a message, which the person answered; Hera's
     * reply otherwise), and each fragment is merged into the profile.
     */
    private UserProfile play(HeldOutDialogue dialogue, List<Long> turnNanos) {
        Language language = Language.parse(dialogue.language()).orElseThrow();
        UserProfile profile = UserProfile.empty();
        List<ConversationEntry> history = new ArrayList<>();
        String heraSaid = engine.greeting(language, 1);
        int turn = 1;
        for (HeldOutDialogue.Turn exchange : dialogue.turns()) {
            history.add(new ConversationEntry(ConversationEntry.HERA,
                    exchange.hera() != null ? exchange.hera() : heraSaid, Instant.EPOCH));
            var input = new InterviewEngine.Input(language, profile, List.copyOf(history), null, exchange.user(), turn,
                    turn * 7L);
            long start = System.nanoTime();
            InterviewEngine.Step step = engine.compute(input);
            turnNanos.add(System.nanoTime() - start);
            profile = ProfileMerge.merge(profile, step.fragment());
            history.add(new ConversationEntry(ConversationEntry.USER, exchange.user(), Instant.EPOCH));
            heraSaid = step.reply();
            turn++;
        }
        return profile;
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    private static List<HeldOutDialogue> load() throws IOException {
        try (InputStream in = HeldOutScore.class.getResourceAsStream("/heldout/dialogues.json")) {
            return Arrays.asList(new ObjectMapper().readValue(in, HeldOutDialogue[].class));
        }
    }
}
