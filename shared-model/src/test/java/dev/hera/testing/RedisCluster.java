package dev.hera.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real Redis Cluster of three masters on loopback ports ({@code redis-server --cluster-enabled
 * yes} three times, the 16,384 slots split between them, the nodes introduced to each other), for
 * tests of the services in cluster mode.
 */
public final class RedisCluster implements AutoCloseable {

    private static final int SLOTS = 16_384;
    /** Redis Cluster's bus listens on the client port + 10,000. */
    private static final int BUS_OFFSET = 10_000;

    private final List<RedisServer> nodes = new ArrayList<>();

    private RedisCluster() {
    }

    public static RedisCluster start(int masters) {
        RedisCluster cluster = new RedisCluster();
        try {
            for (int i = 0; i < masters; i++) {
                RedisServer node = new RedisServer(clusterPort(), List.of("--cluster-enabled", "yes",
                        "--cluster-node-timeout", "5000", "--appendonly", "no"));
                cluster.nodes.add(node);
                node.start();
            }
            cluster.assignSlots();
            cluster.awaitState(Duration.ofSeconds(30));
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The nodes' addresses, as {@code quarkus.redis.hosts} takes them. */
    public String hosts() {
        return nodes.stream().map(RedisServer::uri).collect(Collectors.joining(","));
    }

    public List<RedisServer> nodes() {
        return List.copyOf(nodes);
    }

    /** Every key matching {@code pattern} on any node. */
    public List<String> scanKeys(String pattern) {
        List<String> keys = new ArrayList<>();
        nodes.forEach(node -> keys.addAll(node.scanKeys(pattern)));
        return keys;
    }

    private void assignSlots() {
        int per = SLOTS / nodes.size();
        for (int i = 0; i < nodes.size(); i++) {
            int first = i * per;
            int last = i == nodes.size() - 1 ? SLOTS - 1 : first + per - 1;
            expectOk(nodes.get(i).command("CLUSTER", "ADDSLOTSRANGE", String.valueOf(first), String.valueOf(last)));
        }
        for (RedisServer other : nodes.subList(1, nodes.size())) {
            expectOk(nodes.get(0).command("CLUSTER", "MEET", "127.0.0.1", String.valueOf(other.port())));
        }
    }

    private void awaitState(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (nodes.stream().allMatch(node -> node.bulk("CLUSTER", "INFO").contains("cluster_state:ok"))) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException("Redis Cluster not ok in " + timeout + ": " + nodes.get(0).bulk("CLUSTER", "INFO"));
    }

    private static void expectOk(String reply) {
        if (!"+OK".equals(reply)) {
            throw new IllegalStateException("cluster setup failed: " + reply);
        }
    }

    /** A free port whose cluster bus port is free too. */
    private static int clusterPort() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = FreePorts.next();
            if (port + BUS_OFFSET <= 65_535 && FreePorts.isFree(port + BUS_OFFSET)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port pair for a cluster node");
    }

    @Override
    public void close() {
        nodes.forEach(RedisServer::close);
    }
}
