package dev.hera.session;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Says in one log line, when a service starts, whether Redis answers at the configured address:
 * a person who started a service without Redis reads what is wrong and what to do, instead of
 * finding out from failed requests. The check does not hold up the start; sessions work as soon
 * as Redis answers.
 */
@ApplicationScoped
public class RedisAtStartup {

    private static final Logger LOG = Logger.getLogger(RedisAtStartup.class);
    private static final Duration WAIT = Duration.ofSeconds(3);

    private final ReactiveRedisDataSource redis;
    private final String address;

    public RedisAtStartup(ReactiveRedisDataSource redis, @ConfigProperty(name = "quarkus.redis.hosts") Optional<String> hosts) {
        this.redis = redis;
        this.address = hosts.map(RedisAtStartup::withoutCredentials).orElse("(not set)");
    }

    void check(@Observes StartupEvent event) {
        redis.execute("PING").ifNoItem().after(WAIT).fail().subscribe().with(
                answer -> LOG.infof("Redis answers at %s", address),
                failure -> LOG.errorf("Redis cannot be reached at %s (%s). Sessions can be neither read nor kept until it "
                        + "answers: start a redis-server there (bin/run and bin/dev do) or set QUARKUS_REDIS_HOSTS.",
                        address, failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()));
    }

    /** The address without a user name or password, which do not belong in logs. */
    static String withoutCredentials(String hosts) {
        return hosts.replaceAll("://[^@/,]*@", "://");
    }
}
