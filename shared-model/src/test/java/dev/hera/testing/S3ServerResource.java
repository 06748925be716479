package dev.hera.testing;

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
        return Map.ofEntries(
                Map.entry("quarkus.s3.endpoint-override", server.endpoint().toString()),
                Map.entry("quarkus.s3.aws.region", "us-east-1"),
                Map.entry("quarkus.s3.aws.credentials.type", "static"),
                Map.entry("quarkus.s3.aws.credentials.static-provider.access-key-id", server.accessKey()),
                Map.entry("quarkus.s3.aws.credentials.static-provider.secret-access-key", server.secretKey()),
                Map.entry("quarkus.s3.path-style-access", "true"),
                Map.entry("quarkus.s3.sync-client.type", "url"),
                Map.entry("quarkus.s3.devservices.enabled", "false"),
                Map.entry("hera.images.store", "s3"),
                Map.entry("hera.images.bucket", BUCKET),
                Map.entry("hera.images.create-bucket", "true"));
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
