package dev.hera.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.hera.config.HeraConfig;
import software.amazon.awssdk.services.s3.S3Client;

/** Which store the producer builds for {@code hera.images.store}, and when it asks for an S3 client. */
class ImageStoreProducerTest {

    @Test
    void theLocalStoreNeverAsksForAnS3Client() {
        ImageStore store = ImageStoreProducer.select(images(HeraConfig.StoreKind.LOCAL, Path.of("target/images-select")),
                () -> fail("the S3 client was looked up for the local store"));

        LocalImageStore local = assertInstanceOf(LocalImageStore.class, store);
        assertEquals(Path.of("target/images-select").toAbsolutePath(), local.directory());
    }

    @Test
    void theS3StoreUsesTheS3ClientAndTheConfiguredBucket() {
        AtomicInteger lookups = new AtomicInteger();
        ImageStore store = ImageStoreProducer.select(images(HeraConfig.StoreKind.S3, Path.of("unused")), () -> {
            lookups.incrementAndGet();
            return new UnusedS3Client();
        });

        assertEquals("bucket-from-config", assertInstanceOf(S3ImageStore.class, store).bucket());
        assertEquals(1, lookups.get());
    }

    /** Building the store makes no S3 call; every operation of this client would throw. */
    private static final class UnusedS3Client implements S3Client {
        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }
    }

    private static HeraConfig.Images images(HeraConfig.StoreKind kind, Path directory) {
        return new HeraConfig.Images() {
            @Override
            public HeraConfig.StoreKind store() {
                return kind;
            }

            @Override
            public Path localDirectory() {
                return directory;
            }

            @Override
            public String bucket() {
                return "bucket-from-config";
            }

            @Override
            public boolean createBucket() {
                return false;
            }

            @Override
            public long maxBytes() {
                return 1024;
            }

            @Override
            public Optional<String> publicBaseUrl() {
                return Optional.empty();
            }
        };
    }
}
