package dev.hera.image;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketCannedACL;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

import io.smallrye.mutiny.Uni;

/**
 * Keeps images as objects of one S3 bucket ({@code hera.images.bucket}), under the keys of
 * {@link ImageKeys}, through the S3 client configured by the {@code quarkus.s3.*} properties.
 * <p>
 * The client is the blocking one, so every call runs on the worker pool. With
 * {@code hera.images.create-bucket} the bucket is created when it is missing, at start-up
 * (see {@link ImageStoreProducer}) or, if S3 was not reachable then, by the first call that
 * reaches it.
 */
public final class S3ImageStore implements ImageStore {

    private static final Logger LOG = Logger.getLogger(S3ImageStore.class);

    /** The most keys one ListObjectsV2 page or one DeleteObjects request may carry. */
    static final int MAX_KEYS_PER_REQUEST = 1000;

    private final S3Client s3;
    private final String bucket;
    private final boolean createBucket;
    private final int keysPerRequest;
    private volatile boolean bucketKnownToExist;

    public S3ImageStore(S3Client s3, String bucket, boolean createBucket) {
        this(s3, bucket, createBucket, MAX_KEYS_PER_REQUEST);
    }

    /** With fewer keys per request, so that tests can reach paging and batching with a few images. */
    S3ImageStore(S3Client s3, String bucket, boolean createBucket, int keysPerRequest) {
        if (keysPerRequest < 1 || keysPerRequest > MAX_KEYS_PER_REQUEST) {
            throw new IllegalArgumentException("keys per request must be 1.." + MAX_KEYS_PER_REQUEST);
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.createBucket = createBucket;
        this.keysPerRequest = keysPerRequest;
    }

    /** The bucket the images are kept in. */
    public String bucket() {
        return bucket;
    }

    @Override
    public Uni<StoredObject> put(String sessionId, ImageName name, byte[] bytes) {
        return onWorker("put", () -> {
            if (bytes == null) {
                throw new IllegalArgumentException("image bytes are required");
            }
            String key = ImageKeys.objectKey(sessionId, name);
            ensureBucket();
            s3.putObject(request -> request.bucket(bucket).key(key)
                    .contentType(name.contentType())
                    .contentLength((long) bytes.length),
                    RequestBody.fromBytes(bytes));
            return new StoredObject(name, key, name.contentType(), bytes.length, Sha256.hex(bytes));
        });
    }

    @Override
    public Uni<Optional<byte[]>> get(String sessionId, ImageName name) {
        return onWorker("get", () -> {
            String key = ImageKeys.objectKey(sessionId, name);
            ensureBucket();
            try {
                return Optional.of(s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray());
            } catch (NoSuchKeyException absent) {
                return Optional.empty();
            }
        });
    }

    @Override
    public Uni<List<ImageName>> list(String sessionId) {
        return onWorker("list", () -> {
            String prefix = ImageKeys.photosPrefix(sessionId);
            ensureBucket();
            return keysUnder(prefix).stream()
                    .map(key -> ImageKeys.imageNameOf(sessionId, key))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(ImageName::fileName))
                    .toList();
        });
    }

    @Override
    public Uni<Boolean> delete(String sessionId, ImageName name) {
        return onWorker("delete", () -> {
            String key = ImageKeys.objectKey(sessionId, name);
            ensureBucket();
            if (keysUnder(key).stream().noneMatch(key::equals)) {
                return false;
            }
            s3.deleteObject(request -> request.bucket(bucket).key(key));
            return true;
        });
    }

    @Override
    public Uni<Integer> deleteSession(String sessionId) {
        return onWorker("delete session", () -> {
            String prefix = ImageKeys.sessionPrefix(sessionId);
            ensureBucket();
            // All keys first, then the deletes: paging while deleting would shift the pages.
            List<String> keys = keysUnder(prefix);
            int removed = 0;
            for (int from = 0; from < keys.size(); from += keysPerRequest) {
                removed += deleteBatch(keys.subList(from, Math.min(keys.size(), from + keysPerRequest)));
            }
            return removed;
        });
    }

    @Override
    public Uni<Void> ping() {
        return onWorker("reach its bucket", () -> {
            ensureBucket();
            // Proves reachability, credentials and the bucket even when the bucket was seen earlier.
            s3.headBucket(request -> request.bucket(bucket));
            return null;
        });
    }

    private List<String> keysUnder(String prefix) {
        List<String> keys = new ArrayList<>();
        s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix).maxKeys(keysPerRequest))
                .contents()
                .forEach(object -> keys.add(object.key()));
        return keys;
    }

    private int deleteBatch(List<String> keys) {
        List<ObjectIdentifier> identifiers = keys.stream()
                .map(key -> ObjectIdentifier.builder().key(key).build())
                .toList();
        DeleteObjectsResponse response = s3.deleteObjects(request -> request.bucket(bucket)
                .delete(Delete.builder().objects(identifiers).quiet(true).build()));
        if (response.hasErrors() && !response.errors().isEmpty()) {
            // Some objects of the session are still there: the caller must not report it forgotten.
            throw new ImageStoreUnavailableException("S3 image store could not delete "
                    + response.errors().size() + " of " + keys.size() + " objects (first error: "
                    + response.errors().get(0).code() + ")");
        }
        return keys.size();
    }

    /** Creates the bucket once, when allowed and missing; a no-op after the first success. */
    private void ensureBucket() {
        if (!createBucket || bucketKnownToExist) {
            return;
        }
        synchronized (this) {
            if (bucketKnownToExist) {
                return;
            }
            if (!bucketExists()) {
                try {
                    s3.createBucket(request -> request.bucket(bucket).acl(BucketCannedACL.PRIVATE));
                    LOG.infof("Created the S3 bucket %s for images", bucket);
                    encryptByDefault();
                } catch (BucketAlreadyOwnedByYouException createdByAnotherReplica) {
                    // Several replicas may start together; one of them wins, which is all we need.
                }
            }
            bucketKnownToExist = true;
        }
    }

    /** Faces at rest: the bucket Hera creates encrypts every object (SSE-S3) where the store supports it. */
    private void encryptByDefault() {
        try {
            s3.putBucketEncryption(request -> request.bucket(bucket).serverSideEncryptionConfiguration(config -> config
                    .rules(rule -> rule.applyServerSideEncryptionByDefault(by -> by.sseAlgorithm(ServerSideEncryption.AES256)))));
        } catch (S3Exception unsupported) {
            LOG.warnf("The S3 store refused default encryption for the bucket %s (%s): set encryption at rest on the "
                    + "store itself", bucket, unsupported.awsErrorDetails() == null ? unsupported.statusCode()
                            : unsupported.awsErrorDetails().errorCode());
        }
    }

    private boolean bucketExists() {
        try {
            s3.headBucket(request -> request.bucket(bucket));
            return true;
        } catch (NoSuchBucketException missing) {
            return false;
        } catch (S3Exception e) {
            // HeadBucket has no body, so some servers answer a bare 404 without the error code.
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Runs an S3 call on the worker pool; SDK failures (the SDK's own retries and the API call
     * timeout included) become {@link ImageStoreUnavailableException}.
     */
    private <T> Uni<T> onWorker(String operation, Supplier<T> call) {
        return WorkerPool.call(() -> {
            try {
                return call.get();
            } catch (SdkException e) {
                throw new ImageStoreUnavailableException("S3 image store failed to " + operation
                        + " (bucket " + bucket + ")", e);
            }
        });
    }
}
