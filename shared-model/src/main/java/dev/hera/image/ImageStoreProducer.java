package dev.hera.image;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import org.jboss.logging.Logger;

import dev.hera.config.HeraConfig;
import io.quarkus.runtime.StartupEvent;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Makes the {@link ImageStore} bean the one {@code hera.images.store} names: {@code local}
 * (the default) or {@code s3}.
 * <p>
 * The S3 client is injected as {@code Instance<S3Client>} and only looked up when the S3 store
 * is chosen, so a service that keeps images locally needs no S3 region or credentials. The
 * quarkus-amazon-s3 extension counts {@code Instance<S3Client>} injection points as uses of
 * the client, so the client bean still exists ({@code ImageStoreSelectionTest} proves it).
 */
@ApplicationScoped
public class ImageStoreProducer {

    private static final Logger LOG = Logger.getLogger(ImageStoreProducer.class);

    @Produces
    @ApplicationScoped
    ImageStore imageStore(HeraConfig config, Instance<S3Client> s3Clients) {
        return select(config.images(), s3Clients::get);
    }

    /**
     * Prepares the store at start-up (creates the directory, or the bucket when allowed) without
     * holding start-up back: when the backend is down, readiness says so and the first call that
     * reaches it prepares it.
     */
    void prepareAtStartUp(@Observes StartupEvent startup, ImageStore store) {
        store.ping().subscribe().with(
                ready -> LOG.debug("Image store is ready"),
                failure -> LOG.warnf("Image store is not ready yet: %s", failure.getMessage()));
    }

    static ImageStore select(HeraConfig.Images images, Supplier<S3Client> s3Client) {
        return switch (images.store()) {
            case LOCAL -> {
                LocalImageStore store = new LocalImageStore(images.localDirectory());
                LOG.infof("Images are kept in the local directory %s", store.directory());
                yield store;
            }
            case S3 -> {
                LOG.infof("Images are kept in the S3 bucket %s", images.bucket());
                yield new S3ImageStore(s3Client.get(), images.bucket(), images.createBucket());
            }
        };
    }
}
