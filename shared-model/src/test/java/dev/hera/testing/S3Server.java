package dev.hera.testing;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3-compatible server in-process: S3Proxy on a free loopback port, keeping objects in
 * memory, with credentials made up for this run. It speaks the S3 wire protocol with AWS
 * signature checking, so clients under test go through their real HTTP and signing code.
 * <p>
 * {@link #stop()} simulates an outage; {@link #start()} brings the server back on the same port
 * with the same objects.
 */
public final class S3Server implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI endpoint;
    private final String accessKey;
    private final String secretKey;
    // S3Proxy 4 has its own blob stores (no jclouds any more); this one lives in memory (Jimfs).
    private final BlobStore blobStore = new TransientNio2BlobStore();
    private S3Proxy proxy;

    public S3Server(int port) {
        this(port, "test-" + randomHex(8), randomHex(20));
    }

    /** A server with the given credentials (a store other processes are configured for). */
    public S3Server(int port, String accessKey, String secretKey) {
        this.endpoint = URI.create("http://127.0.0.1:" + port);
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    public static S3Server startOnFreePort() {
        S3Server server = new S3Server(FreePorts.next());
        server.start();
        return server;
    }

    public URI endpoint() {
        return endpoint;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** Starts (or restarts after {@link #stop()}) the server; objects kept before survive. */
    public synchronized void start() {
        if (proxy != null) {
            return;
        }
        S3Proxy started = S3Proxy.builder()
                .blobStore(blobStore)
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .build();
        try {
            started.start();
            awaitState(started, "STARTED");
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start on " + endpoint, e);
        }
        proxy = started;
    }

    /** Stops answering at once, like an S3 outage; the objects are kept for {@link #start()}. */
    public synchronized void stop() {
        if (proxy == null) {
            return;
        }
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop", e);
        }
        proxy = null;
    }

    public synchronized boolean isRunning() {
        return proxy != null;
    }

    @Override
    public void close() {
        stop();
        blobStore.close();
    }

    /**
     * The configuration that points a service's S3 client (Quarkiverse {@code quarkus.s3.*}) and its
     * image store at this server, keeping images in {@code bucket}, created at start-up when missing.
     */
    public Map<String, String> imageStoreConfig(String bucket) {
        return Map.of(
                "quarkus.s3.endpoint-override", endpoint.toString(),
                "quarkus.s3.aws.region", "us-east-1",
                "quarkus.s3.aws.credentials.type", "static",
                "quarkus.s3.aws.credentials.static-provider.access-key-id", accessKey,
                "quarkus.s3.aws.credentials.static-provider.secret-access-key", secretKey,
                "quarkus.s3.path-style-access", "true",
                "hera.images.store", "s3",
                "hera.images.bucket", bucket,
                "hera.images.create-bucket", "true");
    }

    /** Whether the bucket exists, looked up in the server's storage, past any client. */
    public boolean bucketExists(String bucket) {
        return blobStore.containerExists(bucket);
    }

    /** The keys under a prefix, looked up in the server's storage, past any client. */
    public List<String> keys(String bucket, String prefix) {
        return blobStore.list(ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build())
                .contents().stream().map(S3Object::key).sorted().toList();
    }

    /** The content type the server recorded for an object, if the object exists. */
    public Optional<String> contentType(String bucket, String key) {
        return Optional.ofNullable(blobStore.blobMetadataIfPresent(bucket, key)).map(HeadObjectResponse::contentType);
    }

    /** An object's bytes, read from the server's storage past any client, if the object exists. */
    public Optional<byte[]> object(String bucket, String key) {
        if (!blobStore.blobExists(bucket, key)) {
            return Optional.empty();
        }
        try (var content = blobStore.getBlob(bucket, key)) {
            return Optional.of(content.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void awaitState(S3Proxy proxy, String state) throws InterruptedException {
        for (int i = 0; i < 500 && !state.equals(proxy.getState()); i++) {
            Thread.sleep(10);
        }
        if (!state.equals(proxy.getState())) {
            throw new IllegalStateException("S3Proxy is " + proxy.getState() + ", not " + state);
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
