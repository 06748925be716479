package dev.hera.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import dev.hera.config.HeraConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.redis.client.impl.types.ErrorType;

/**
 * Readiness of Redis as this service uses it: the server answers, accepts the service's
 * credentials, and grants every command of the service's {@link RedisRole} on Hera's keys and
 * channel. The commands are probed inside a transaction that is discarded, so nothing runs: Redis
 * checks the ACL when it queues a command, and answers {@code NOPERM} for one it would refuse
 * (pub/sub commands aside: see {@link RedisRole.Cmd#probed()}).
 * A change of state is logged once, in one line that says what to do.
 * <p>
 * On a Redis Cluster the client runs no transactions, so only the answer and the credentials are
 * checked there.
 */
@Readiness
@ApplicationScoped
public class RedisAccessCheck implements AsyncHealthCheck {

    static final String NAME = "Redis access";
    private static final Logger LOG = Logger.getLogger(RedisAccessCheck.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final String PROBE = "acl-probe";

    private final Redis redis;
    private final Optional<RedisRole> role;
    private final boolean cluster;
    private final String address;
    private final String sessionKey;
    private final String stream;
    private final String channel;
    /** The last outcome that was logged; {@code ""} for granted. */
    private final AtomicReference<String> logged = new AtomicReference<>();
    /** The probe under way, if any. */
    private final AtomicReference<Probe> probing = new AtomicReference<>();

    @Inject
    public RedisAccessCheck(Redis redis, HeraConfig config,
            @ConfigProperty(name = "quarkus.application.name") String application,
            @ConfigProperty(name = "quarkus.redis.client-type") Optional<String> clientType,
            @ConfigProperty(name = "quarkus.redis.hosts") Optional<String> hosts) {
        this(redis, RedisRole.of(application), clientType.filter("cluster"::equalsIgnoreCase).isPresent(),
                hosts.map(RedisAccessCheck::withoutCredentials).orElse("(not set)"),
                "session:" + PROBE, config.work().stream(), config.work().eventsChannel());
    }

    RedisAccessCheck(Redis redis, Optional<RedisRole> role, boolean cluster, String address, String sessionKey,
            String stream, String channel) {
        this.redis = redis;
        this.role = role;
        this.cluster = cluster;
        this.address = address;
        this.sessionKey = sessionKey;
        this.stream = stream;
        this.channel = channel;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().completionStage(this::probeToTheEnd).map(refused -> {
            report(refused.isEmpty() ? "" : "Redis at " + address + " refuses " + String.join(", ", refused)
                    + " to this service" + role.map(r -> " (a user with the rule of " + r.user() + " needs: "
                            + r.aclRule() + ")").orElse("") + "; grant them in Redis' ACL.");
            return refused.isEmpty() ? up() : down("refused", String.join(" ", refused));
        }).ifNoItem().after(TIMEOUT).fail().onFailure().recoverWithItem(failure -> {
            String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            report(message.startsWith("WRONGPASS") || message.startsWith("NOAUTH")
                    ? "Redis at " + address + " refuses this service's credentials (" + message + "): set the user "
                            + "and password in QUARKUS_REDIS_HOSTS (redis[s]://<user>:<password>@host:port) or "
                            + "QUARKUS_REDIS_PASSWORD."
                    : "Redis cannot be reached at " + address + " (" + message + "). Sessions can be neither read "
                            + "nor kept until it answers: start a redis-server there (bin/run and bin/dev do) or "
                            + "set QUARKUS_REDIS_HOSTS.");
            return down("error", message.startsWith("WRONGPASS") || message.startsWith("NOAUTH")
                    ? message : failure.getClass().getSimpleName());
        });
    }

    /**
     * Runs {@link #check()} in a subscription of its own, which a probe's timeout does not cancel: a
     * started transaction always ends with its DISCARD before the connection goes back to the pool
     * (else the pool's next user would find its commands queued in a transaction). Calls that come
     * while a probe is under way share its outcome instead of opening connections of their own.
     */
    private CompletableFuture<List<String>> probeToTheEnd() {
        Probe running = probing.get();
        if (running != null && !running.outcome().isDone() && System.nanoTime() - running.started() < TIMEOUT.toNanos()) {
            // A probe under way (the one at start, or another call's) answers this call too; one that
            // outlived the timeout does not, so a hung connection never keeps readiness down.
            return running.outcome().copy();
        }
        Probe probe = new Probe(new CompletableFuture<>(), System.nanoTime());
        probing.set(probe);
        check().subscribe().with(probe.outcome()::complete, probe.outcome()::completeExceptionally);
        return probe.outcome().copy();
    }

    private record Probe(CompletableFuture<List<String>> outcome, long started) {
    }

    /** The commands of this service's role that Redis refuses (empty: all granted). */
    Uni<List<String>> check() {
        if (cluster || role.isEmpty()) {
            return redis.send(Request.cmd(Command.PING)).replaceWith(List.of());
        }
        return redis.connect().chain(connection -> probe(connection)
                .eventually(() -> connection.close()));
    }

    private Uni<List<String>> probe(RedisConnection connection) {
        List<String> refused = new ArrayList<>();
        // Without the transaction the probes would run: nothing more is sent when MULTI is refused.
        return send(connection, RedisRole.Cmd.MULTI, List.of("multi"), refused).chain(() -> {
            if (!refused.isEmpty()) {
                return Uni.createFrom().item(refused);
            }
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (RedisRole.Cmd command : role.orElseThrow().commands()) {
                if (command.probed()) {
                    List<String> words = command.probe(sessionKey, "hera:" + PROBE, stream, channel);
                    chain = chain.chain(() -> send(connection, command, words, refused));
                }
            }
            return chain.chain(() -> send(connection, RedisRole.Cmd.DISCARD, List.of("discard"), refused))
                    .replaceWith(refused);
        });
    }

    /**
     * Sends one command; {@code NOPERM} adds it to {@code refused}. Other error replies (a command
     * Redis does not queue in a transaction, say) are not the ACL's and are passed over; a broken
     * connection fails the probe.
     */
    private static Uni<Void> send(RedisConnection connection, RedisRole.Cmd command, List<String> words,
            List<String> refused) {
        Request request = Request.cmd(Command.create(words.get(0)));
        words.subList(1, words.size()).forEach(request::arg);
        return connection.send(request).replaceWithVoid()
                .onFailure(ErrorType.class).recoverWithUni(error -> {
                    if (error.getMessage() != null && error.getMessage().startsWith("NOPERM")) {
                        refused.add(command.toString());
                    }
                    return Uni.createFrom().voidItem();
                });
    }

    private void report(String outcome) {
        String before = logged.getAndSet(outcome);
        if (outcome.equals(before)) {
            return;
        }
        if (outcome.isEmpty()) {
            LOG.infof("Redis answers at %s%s", address, role.map(r -> cluster ? ""
                    : " and grants this service every command it uses").orElse(""));
        } else {
            LOG.error(outcome);
        }
    }

    /** Runs the check once at start, so that its line is in the log before the first probe. */
    void atStart(@Observes StartupEvent event) {
        call().subscribe().with(ignored -> { }, ignored -> { });
    }

    private HealthCheckResponse up() {
        return HealthCheckResponse.named(NAME).withData("address", address).up().build();
    }

    private HealthCheckResponse down(String key, String value) {
        return HealthCheckResponse.named(NAME).withData("address", address).withData(key, value).down().build();
    }

    /** The address without a user name or password, which do not belong in logs. */
    static String withoutCredentials(String hosts) {
        return hosts.replaceAll("://[^@/,]*@", "://");
    }
}
