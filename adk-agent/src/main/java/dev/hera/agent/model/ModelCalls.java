package dev.hera.agent.model;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import dev.langchain4j.exception.HttpException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

import dev.hera.agent.config.ModelProvider;

/** What every model call shares: its timeout, its retries, its failures as {@link ModelFailure}s, its count. */
final class ModelCalls {

    private static final Logger LOG = Logger.getLogger(ModelCalls.class);

    private ModelCalls() {
    }

    /** The call bounded by {@code timeout}, retried {@code retries} times when worth it; failures become {@link ModelFailure}s. */
    static <T> Uni<T> bounded(Uni<T> call, Duration timeout, int retries) {
        return call.ifNoItem().after(timeout).failWith(TimeoutException::new)
                .onFailure(ModelCalls::worthRetrying).retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2))
                .atMost(retries)
                .onFailure().transform(ModelCalls::failure);
    }

    /** Counts the call by outcome and logs why a failed one falls back (never prompts or answers: they hold what people said). */
    static void count(MeterRegistry metrics, ModelProvider provider, String task, Throwable failure) {
        String outcome = failure == null ? "answered"
                : failure instanceof ModelFailure known ? known.kind().name().toLowerCase(Locale.ROOT) : "failed";
        if (failure != null) {
            LOG.warnf("%s model call for %s fell back to the offline engine: %s", provider.id(), task, failure.getMessage());
        }
        Counter.builder("hera.model.calls")
                .description("Model calls by outcome; any outcome but answered means the offline engine answered")
                .tag("provider", provider.id()).tag("task", task).tag("outcome", outcome)
                .register(metrics).increment();
    }

    /** An error status from the provider, also when a client wraps it in another exception. */
    static HttpException httpFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http) {
                return http;
            }
        }
        return null;
    }

    /** Worth another try: the provider was slow, unreachable, rate-limiting or failing inside. */
    private static boolean worthRetrying(Throwable failure) {
        HttpException http = httpFailure(failure);
        if (http != null) {
            return http.statusCode() == 408 || http.statusCode() == 429 || http.statusCode() >= 500;
        }
        return !(failure instanceof ModelFailure);
    }

    private static ModelFailure failure(Throwable failure) {
        if (failure instanceof ModelFailure known) {
            return known;
        }
        if (failure instanceof TimeoutException) {
            return new ModelFailure(ModelFailure.Kind.TIMEOUT, "no answer in time");
        }
        HttpException http = httpFailure(failure);
        String why = http != null ? "status " + http.statusCode() : failure.getClass().getSimpleName();
        return new ModelFailure(ModelFailure.Kind.UNAVAILABLE, why);
    }
}
