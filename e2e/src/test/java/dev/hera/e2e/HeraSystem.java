package dev.hera.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.hera.testing.RedisServer;

/**
 * The whole system for an end-to-end test: a real Redis, adk-agent and backend-api as two
 * separate processes from their packaged jars, images in a temporary directory.
 */
public final class HeraSystem implements AutoCloseable {

    private final RedisServer redis;
    private final Path images;
    private final Map<String, String> environment = new HashMap<>();
    private ServiceProcess agent;
    private ServiceProcess api;

    public HeraSystem(Map<String, String> extraEnvironment) {
        redis = RedisServer.startOnFreePort();
        try {
            images = Files.createTempDirectory("hera-e2e-images-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        environment.put("QUARKUS_REDIS_HOSTS", redis.uri());
        environment.put("HERA_IMAGES_LOCAL_DIRECTORY", images.toString());
        environment.putAll(extraEnvironment);
    }

    public HeraSystem start() {
        agent = new ServiceProcess("adk-agent", environment).start();
        api = new ServiceProcess("backend-api", environment).start();
        return this;
    }

    public RedisServer redis() {
        return redis;
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
        redis.close();
    }
}
