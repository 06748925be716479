package dev.hera.image;

import java.time.Duration;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.hera.config.HeraConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Readiness of the image store: UP when {@link ImageStore#ping()} succeeds, DOWN when the bucket
 * or directory cannot be used, so that Kubernetes sends no traffic to a replica that would
 * answer every image request with 503.
 */
@Readiness
@ApplicationScoped
public class ImageStoreHealthCheck implements AsyncHealthCheck {

    static final String NAME = "Image store";

    /** A probe must answer even when the store hangs; the SDK's own timeouts can be much longer. */
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(3);

    private final ImageStore store;
    private final String kind;

    public ImageStoreHealthCheck(ImageStore store, HeraConfig config) {
        this.store = store;
        this.kind = config.images().store().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return store.ping()
                .ifNoItem().after(PING_TIMEOUT).fail()
                .map(ignored -> HealthCheckResponse.named(NAME).withData("store", kind).up().build())
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(NAME)
                        .withData("store", kind)
                        // The type only: messages may carry endpoints or paths that a probe need not publish.
                        .withData("error", failure.getClass().getSimpleName())
                        .down().build());
    }
}
