package dev.hera.agent.interview;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.hera.model.Language;
import dev.hera.model.UserProfile;
import dev.hera.work.WarmUp;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads one made-up message in each language through the offline engine once the agent has
 * started, so that the first person's first message does not pay for loading the engine's classes,
 * dictionaries and patterns (hundreds of milliseconds on a small machine). In the background: the
 * agent is ready without waiting for it.
 */
@ApplicationScoped
public class OfflineWarmUp {

    private static final List<InterviewEngine.Input> SAMPLES = List.of(
            sample(Language.JA, "こんにちは。32歳の女性で、大阪に住んでいます。彼は優しくて、名前はけんたです。"),
            sample(Language.EN, "Hi, I'm Anna, 29, living in Leeds. My partner Tom is calm and kind."));

    void warmUp(@Observes StartupEvent event, OfflineInterviewEngine engine) {
        WarmUp.inBackground("the offline engine", () -> SAMPLES.forEach(engine::compute));
    }

    private static InterviewEngine.Input sample(Language language, String message) {
        return new InterviewEngine.Input(language, UserProfile.empty(), List.of(), null, message, 1, 0);
    }
}
