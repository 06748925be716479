package dev.hera.agent.interview;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.hera.model.Language;
import dev.hera.model.UserProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads one made-up message in each language through the offline engine while the agent starts,
 * so that the first person's first message does not pay for loading the engine's classes,
 * dictionaries and patterns (hundreds of milliseconds on a small machine).
 */
@ApplicationScoped
public class OfflineWarmUp {

    private static final Logger LOG = Logger.getLogger(OfflineWarmUp.class);

    private static final List<InterviewEngine.Input> SAMPLES = List.of(
            sample(Language.JA, "こんにちは。32歳の女性で、大阪に住んでいます。彼は優しくて、名前はけんたです。"),
            sample(Language.EN, "Hi, I'm Anna, 29, living in Leeds. My partner Tom is calm and kind."));

    void warmUp(@Observes StartupEvent event, OfflineInterviewEngine engine) {
        long started = System.nanoTime();
        for (InterviewEngine.Input sample : SAMPLES) {
            try {
                engine.compute(sample);
            } catch (RuntimeException e) {
                // A warm-up that fails must not stop the agent; the turn that meets the same fault fails alone.
                LOG.warnf(e, "warming the offline engine up failed (%s)", sample.language());
            }
        }
        LOG.debugf("offline engine warmed up in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static InterviewEngine.Input sample(Language language, String message) {
        return new InterviewEngine.Input(language, UserProfile.empty(), List.of(), null, message, 1, 0);
    }
}
