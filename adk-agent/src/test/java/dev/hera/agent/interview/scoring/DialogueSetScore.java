package dev.hera.agent.interview.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.agent.interview.InterviewEngine;
import dev.hera.agent.interview.OfflineInterviewEngine;
import dev.hera.model.ConversationEntry;
import dev.hera.model.Language;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileField;
import dev.hera.profile.ProfileMerge;
import dev.hera.profile.ProfileRules;

/**
 * Plays a set of scored dialogues (the held-out set or the tuning set, one format) through the
 * offline engine and measures it: facts right, violations (the partner's or a child's name or
 * trait given to the user), profiles complete at the last message, the engine's time per turn.
 */
final class DialogueSetScore {

    /** Rounds over the whole set before timing, so the JIT has compiled the hot paths. */
    private static final int WARM_UP_ROUNDS = 3;
    /** Timed rounds: enough turns that the p99 is not one stray pause of a busy machine. */
    private static final int TIMED_ROUNDS = 5;

    private final OfflineInterviewEngine engine = new OfflineInterviewEngine();
    private final List<InterviewDialogue> dialogues;
    private final boolean herasOwnQuestions;
    private final TypingStyle style;

    private DialogueSetScore(List<InterviewDialogue> dialogues, boolean herasOwnQuestions, TypingStyle style) {
        this.dialogues = dialogues;
        this.herasOwnQuestions = herasOwnQuestions;
        this.style = style;
    }

    /** The set in a test resource, e.g. {@code /heldout/dialogues.json}. */
    static DialogueSetScore of(String resource) throws IOException {
        return of(resource, false, TypingStyle.AS_WRITTEN);
    }

    /**
     * The set, played with the questions its dialogues give before a message or, when
     * {@code herasOwnQuestions}, with none of them: every message then follows Hera's own reply, as
     * half the held-out set's messages do, where the writer gave no question; each message typed in the
     * given style.
     */
    static DialogueSetScore of(String resource, boolean herasOwnQuestions, TypingStyle style) throws IOException {
        try (InputStream in = DialogueSetScore.class.getResourceAsStream(resource)) {
            return new DialogueSetScore(Arrays.asList(new ObjectMapper().readValue(in, InterviewDialogue[].class)),
                    herasOwnQuestions, style);
        }
    }

    /**
     * Plays the set {@value #WARM_UP_ROUNDS} times untimed, so the JIT has compiled its hot paths. Several sets
     * measured in one run are each warmed up before any is timed: the first is not timed colder than the last.
     */
    void warmUp() {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            dialogues.forEach(dialogue -> play(dialogue, new ArrayList<>()));
        }
    }

    /** Per language: facts right, violations, complete profiles and p50/p99 turn time (after a warm-up). */
    String table() {
        warmUp();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n%-4s %14s %7s %16s %7s %10s %14s %10s %8s %8s%n", "lang", "facts right", "%", "+numerals,places", "%",
                "violations", "complete¹", "of all", "p50 ms", "p99 ms"));
        for (Language language : Language.values()) {
            List<InterviewDialogue> inLanguage = dialogues.stream()
                    .filter(dialogue -> dialogue.language().equals(language.code())).toList();
            if (!inLanguage.isEmpty()) { // sets 4 and 5 are in one language each
                table.append(row(language, inLanguage));
            }
        }
        return table.append("¹ of the dialogues that state every required fact\n").toString();
    }

    /**
     * Per language, one line: facts right, violations and complete profiles, untimed (to compare typing
     * styles, whose turn times {@link #table} shows for the written messages).
     */
    String factsLine() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s", style));
        for (Language language : Language.values()) {
            int right = 0;
            int total = 0;
            int violations = 0;
            int complete = 0;
            int stating = 0;
            for (InterviewDialogue dialogue : dialogues) {
                if (dialogue.language().equals(language.code())) {
                    UserProfile profile = play(dialogue, new ArrayList<>());
                    FactScore score = FactScore.of(dialogue.facts(), profile);
                    right += (int) score.facts().stream().filter(FactScore.Fact::right).count();
                    total += score.facts().size();
                    violations += score.violations();
                    if (dialogue.facts().statesEveryRequiredFact()) {
                        stating++;
                        complete += ProfileRules.isComplete(profile) ? 1 : 0;
                    }
                }
            }
            if (total > 0) {
                line.append(String.format(Locale.ROOT, "  %s %4d / %4d %5.1f%%, %d viol., %2d / %2d complete", language.code(),
                        right, total, 100.0 * right / total, violations, complete, stating));
            }
        }
        return line.toString();
    }

    /** Facts missed, by kind of fact over the whole set (never per dialogue). */
    String missedByKind() {
        Map<String, int[]> byKind = new TreeMap<>();
        for (InterviewDialogue dialogue : dialogues) {
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

    /**
     * Each dialogue's missed facts and violations with what the engine stored: for the tuning set
     * only, whose dialogues may be read.
     */
    String missesPerDialogue() {
        StringBuilder text = new StringBuilder("missed per dialogue:\n");
        for (InterviewDialogue dialogue : dialogues) {
            UserProfile profile = play(dialogue, new ArrayList<>());
            FactScore score = FactScore.of(dialogue.facts(), profile);
            List<FactScore.Fact> missed = score.facts().stream().filter(fact -> !fact.right()).toList();
            List<ProfileField> missing = ProfileRules.missingFields(profile);
            if (!missed.isEmpty() || score.violations() > 0 || !missing.isEmpty()) {
                text.append(String.format(Locale.ROOT, "%s: %d missed, %d violations%s%n", dialogue.id(), missed.size(),
                        score.violations(), missing.isEmpty() ? "" : ", incomplete: " + missing));
                missed.forEach(fact -> text.append("    ").append(fact.name()).append(": ").append(fact.detail()).append('\n'));
            }
        }
        return text.toString();
    }

    private String row(Language language, List<InterviewDialogue> subset) {
        int right = 0;
        int rightReading = 0;
        int total = 0;
        int violations = 0;
        int complete = 0;
        int stating = 0;
        int completeStating = 0;
        List<Long> turnNanos = new ArrayList<>();
        for (int round = 1; round < TIMED_ROUNDS; round++) {
            subset.forEach(dialogue -> play(dialogue, turnNanos));
        }
        for (InterviewDialogue dialogue : subset) {
            UserProfile profile = play(dialogue, turnNanos);
            FactScore score = FactScore.of(dialogue.facts(), profile, FactScore.Reading.AS_FIRST_MEASURED);
            right += (int) score.facts().stream().filter(FactScore.Fact::right).count();
            rightReading += (int) FactScore.of(dialogue.facts(), profile).facts().stream().filter(FactScore.Fact::right).count();
            total += score.facts().size();
            violations += score.violations();
            boolean isComplete = ProfileRules.isComplete(profile);
            complete += isComplete ? 1 : 0;
            if (dialogue.facts().statesEveryRequiredFact()) {
                stating++;
                completeStating += isComplete ? 1 : 0;
            }
        }
        long[] sorted = turnNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "%-4s %8d / %3d %6.1f%% %10d / %3d %6.1f%% %10d %9d / %2d %5d / %2d %8.3f %8.3f%n", language.code(),
                right, total, 100.0 * right / Math.max(1, total), rightReading, total, 100.0 * rightReading / Math.max(1, total),
                violations, completeStating, stating, complete, subset.size(),
                percentile(sorted, 50), percentile(sorted, 99));
    }

    /**
     * Plays the dialogue as the agent does: the history holds the user's messages and Hera's
     * questions (the dialogue's own question before a message, which the person answered; Hera's
     * reply otherwise), and each fragment is merged into the profile.
     */
    private UserProfile play(InterviewDialogue dialogue, List<Long> turnNanos) {
        Language language = Language.parse(dialogue.language()).orElseThrow();
        UserProfile profile = UserProfile.empty();
        List<ConversationEntry> history = new ArrayList<>();
        String heraSaid = engine.greeting(language, 1);
        int turn = 1;
        for (InterviewDialogue.Turn exchange : dialogue.turns()) {
            history.add(new ConversationEntry(ConversationEntry.HERA,
                    exchange.hera() != null && !herasOwnQuestions ? exchange.hera() : heraSaid, Instant.EPOCH));
            String message = style.restyle(exchange.user());
            var input = new InterviewEngine.Input(language, profile, List.copyOf(history), null, message, turn,
                    turn * 7L);
            long start = System.nanoTime();
            InterviewEngine.Step step = engine.compute(input);
            turnNanos.add(System.nanoTime() - start);
            profile = ProfileMerge.merge(profile, step.fragment());
            history.add(new ConversationEntry(ConversationEntry.USER, message, Instant.EPOCH));
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
}
