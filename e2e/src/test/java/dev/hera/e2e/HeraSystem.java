package dev.hera.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.hera.testing.ModelStub;
import dev.hera.testing.RedisCluster;
import dev.hera.session.RedisRole;
import dev.hera.testing.RedisServer;
import dev.hera.testing.RedisUsers;
import dev.hera.testing.S3Server;

/**
 * The whole system for an end-to-end test: a real Redis, adk-agent and backend-api as two
 * separate processes from their packaged jars, images in a temporary directory.
 */
public final class HeraSystem implements AutoCloseable {

    private final RedisServer redis;
    private final RedisCluster cluster;
    private final Path images;
    private final Map<String, String> environment = new HashMap<>();
    private ServiceProcess agent;
    private ServiceProcess api;
    private final List<ServiceProcess> agentReplicas = new ArrayList<>();
    private final List<ServiceProcess> apiReplicas = new ArrayList<>();
    /** The test servers handed to the system (a model stub, an S3 server), closed after the services. */
    private final List<Runnable> closers = new ArrayList<>();

    public HeraSystem(Map<String, String> extraEnvironment) {
        this(RedisServer.startOnFreePort(RedisUsers.serverArgs()), extraEnvironment);
    }

    /**
     * On a Redis the caller started (one with an append-only file, or TLS, say) with the services' ACL
     * users ({@link RedisUsers#serverArgs()}); it is closed with the system.
     */
    public HeraSystem(RedisServer redis, Map<String, String> extraEnvironment) {
        this(redis, null, extraEnvironment);
    }

    private HeraSystem(RedisServer redis, RedisCluster cluster, Map<String, String> extraEnvironment) {
        this.redis = redis;
        this.cluster = cluster;
        try {
            images = Files.createTempDirectory("hera-e2e-images-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (cluster == null) {
            // Each service as its own ACL user, as deployed (set per service in environment(module)).
            redis.tlsCertificate().ifPresent(certificate -> {
                environment.put("QUARKUS_REDIS_TLS_CONFIGURATION_NAME", "redis");
                environment.put("QUARKUS_TLS_REDIS_TRUST_STORE_PEM_CERTS", certificate.toString());
            });
        } else {
            // The services in cluster mode, every session's keys in one hash slot (session:{<id>}:<key>).
            environment.put("QUARKUS_REDIS_HOSTS", cluster.hosts());
            environment.put("QUARKUS_REDIS_CLIENT_TYPE", "cluster");
            environment.put("HERA_REDIS_KEY_FORM", "cluster");
        }
        environment.put("HERA_IMAGES_LOCAL_DIRECTORY", images.toString());
        // As from a Secret: every API process of the system signs image links with the same key.
        environment.put("HERA_API_LINKS_KEYS", "e2e-" + UUID.randomUUID() + UUID.randomUUID());
        environment.putAll(extraEnvironment);
    }

    /**
     * The environment of one service: the system's, and on a single Redis the address with the
     * service's own ACL user (unless the test set an address).
     */
    private Map<String, String> environment(String module) {
        Map<String, String> own = new HashMap<>(environment);
        if (redis != null && !environment.containsKey("QUARKUS_REDIS_HOSTS")) {
            RedisRole role = RedisRole.of(module).orElseThrow();
            own.put("QUARKUS_REDIS_HOSTS", RedisUsers.uri(redis.tlsCertificate().isPresent() ? redis.tlsUri() : redis.uri(), role));
        }
        return own;
    }

    /**
     * What Redis refused the services in this system's life (its ACL log): empty when each service's
     * user is granted everything it sent, pub/sub and the commands of scripts included.
     */
    public List<?> refusedByRedis() {
        return redis == null ? List.of() : (List<?>) redis.reply("ACL", "LOG");
    }

    /** The system on a Redis Cluster of three masters. */
    public static HeraSystem onCluster(Map<String, String> extraEnvironment) {
        return new HeraSystem(null, RedisCluster.start(3), extraEnvironment);
    }

    public HeraSystem start() {
        return starting(() -> {
            agent = new ServiceProcess("adk-agent", environment("adk-agent")).start();
            api = new ServiceProcess("backend-api", environment("backend-api")).start();
        });
    }

    /** Runs {@code start}; when it fails, stops whatever the system had started (Redis included) before failing. */
    private HeraSystem starting(Runnable start) {
        try {
            start.run();
        } catch (RuntimeException failed) {
            close();
            throw failed;
        }
        return this;
    }

    /** Starts backend-api alone, as when no agent runs yet; {@link #restartAgent()} starts one later. */
    public HeraSystem startWithoutAgent() {
        return starting(() -> api = new ServiceProcess("backend-api", environment("backend-api")).start());
    }

    /**
     * Keeps images in this S3 server instead of a local directory; call it before starting. The server
     * is closed with the system.
     */
    public HeraSystem withImagesIn(S3Server s3, String bucket) {
        s3.imageStoreConfig(bucket).forEach((property, value) -> environment.put(environmentName(property), value));
        closers.add(s3::close);
        return this;
    }

    /**
     * Has the agent think with this stub language model (OpenAI's wire format); call it before starting.
     * The stub is closed with the system.
     */
    public HeraSystem withModel(ModelStub model) {
        environment.put("HERA_AGENT_MODEL_PROVIDER", "openai");
        environment.put("HERA_AGENT_MODEL_BASE_URL", model.openAiBaseUrl());
        environment.put("HERA_AGENT_MODEL_API_KEY", "stub-key");
        closers.add(model::close);
        return this;
    }

    /**
     * Starts one more agent process with the same settings on the same Redis, under its own name in
     * the consumer group and on its own port; it is closed with the system.
     */
    public ServiceProcess startAgentReplica(String consumerName) {
        Map<String, String> replicaEnvironment = environment("adk-agent");
        replicaEnvironment.put("HERA_AGENT_CONSUMER_NAME", consumerName);
        ServiceProcess replica = new ServiceProcess("adk-agent", replicaEnvironment).start();
        agentReplicas.add(replica);
        return replica;
    }

    /** Starts one more backend-api process with the same settings, on its own port; it is closed with the system. */
    public ServiceProcess startApiReplica() {
        ServiceProcess replica = new ServiceProcess("backend-api", environment("backend-api")).start();
        apiReplicas.add(replica);
        return replica;
    }

    /** The single Redis server (not for a system on a cluster). */
    public RedisServer redis() {
        if (redis == null) {
            throw new IllegalStateException("this system runs on a Redis Cluster");
        }
        return redis;
    }

    /** The Redis name of a session key, in the key form this system's services use. */
    public String key(String sessionId, String name) {
        return cluster != null ? "session:{" + sessionId + "}:" + name : "session:" + sessionId + ":" + name;
    }

    /** The key's time to live in milliseconds (-2: no such key), asked of the node that holds it. */
    public long ttlMillis(String key) {
        for (RedisServer node : cluster != null ? cluster.nodes() : List.of(redis)) {
            String reply = node.command("PTTL", key);
            if (reply.startsWith(":")) {
                return Long.parseLong(reply.substring(1));
            }
        }
        throw new IllegalStateException("no node answers for " + key);
    }

    /** The names of the session's image files in the local image directory (empty once it is forgotten). */
    public List<String> imageFiles(String sessionId) {
        Path photos = images.resolve("sessions").resolve(sessionId).resolve("photos");
        if (!Files.isDirectory(photos)) {
            return List.of();
        }
        try (var files = Files.list(photos)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key of the session, in either key form ({@code session:<id>:<key>} or {@code session:{<id>}:<key>}), on any node. */
    public List<String> sessionKeys(String sessionId) {
        String pattern = "session:*" + sessionId + "*";
        return cluster != null ? cluster.scanKeys(pattern) : redis.scanKeys(pattern);
    }

    public ServiceProcess agent() {
        return agent;
    }

    public ServiceProcess api() {
        return api;
    }

    /** Starts a fresh backend-api process (after {@link ServiceProcess#kill()}), with the same settings. */
    public ServiceProcess restartApi() {
        api = new ServiceProcess("backend-api", environment("backend-api")).start();
        return api;
    }

    /** Starts a fresh agent process (after {@link ServiceProcess#kill()}), with the same settings. */
    public ServiceProcess restartAgent() {
        agent = new ServiceProcess("adk-agent", environment("adk-agent")).start();
        return agent;
    }

    @Override
    public void close() {
        if (api != null) {
            api.close();
        }
        if (agent != null) {
            agent.close();
        }
        agentReplicas.forEach(ServiceProcess::close);
        apiReplicas.forEach(ServiceProcess::close);
        if (redis != null) {
            redis.close();
        }
        if (cluster != null) {
            cluster.close();
        }
        closers.forEach(Runnable::run);
    }

    /** The environment variable a service reads a property from: {@code quarkus.s3.aws.region} → {@code QUARKUS_S3_AWS_REGION}. */
    private static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
