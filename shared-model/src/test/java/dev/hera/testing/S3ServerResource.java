package dev.hera.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts an {@link S3Server} for a Quarkus test and points the Quarkiverse S3 client and the
 * image store at it: {@code hera.images.store=s3}, a test bucket created on start-up.
 * A test gets the server injected into a field of type {@link S3Server}.
 */
public class S3ServerResource implements QuarkusTestResourceLifecycleManager {

    /** The bucket the image store uses in tests. */
    public static final String BUCKET = "hera-images-test";

    private S3Server server;

    @Override
    public Map<String, String> start() {
        server = S3Server.startOnFreePort();
        Map<String, String> config = new HashMap<>(server.imageStoreConfig(BUCKET));
        config.put("quarkus.s3.devservices.enabled", "false");
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.MatchesType(S3Server.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
