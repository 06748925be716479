package dev.hera.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.hera.testing.RedisCluster;
import dev.hera.testing.RedisServer;

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

    public HeraSystem(Map<String, String> extraEnvironment) {
        this(RedisServer.startOnFreePort(), null, extraEnvironment);
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
            environment.put("QUARKUS_REDIS_HOSTS", redis.uri());
        } else {
            // The services in cluster mode, every session's keys in one hash slot (session:{<id>}:<key>).
            environment.put("QUARKUS_REDIS_HOSTS", cluster.hosts());
            environment.put("QUARKUS_REDIS_CLIENT_TYPE", "cluster");
            environment.put("HERA_REDIS_KEY_FORM", "cluster");
        }
        environment.put("HERA_IMAGES_LOCAL_DIRECTORY", images.toString());
        environment.putAll(extraEnvironment);
    }

    /** The system on a Redis Cluster of three masters. */
    public static HeraSystem onCluster(Map<String, String> extraEnvironment) {
        return new HeraSystem(null, RedisCluster.start(3), extraEnvironment);
    }

    public HeraSystem start() {
        agent = new ServiceProcess("adk-agent", environment).start();
        api = new ServiceProcess("backend-api", environment).start();
        return this;
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

    /** Starts a fresh agent process (after {@link ServiceProcess#kill()}), with the same settings. */
    public ServiceProcess restartAgent() {
        agent = new ServiceProcess("adk-agent", environment).start();
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
        if (redis != null) {
            redis.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }
}
